import { isAppError, type AppErrorCode } from '@/lib/errors';

// The one map from what went wrong to what the browser is told, for pages and file routes alike.
// Another tenant's record is "not found", never "forbidden": its existence is not disclosed.
const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  FORBIDDEN: 404,
  CONFLICT: 409,
  VALIDATION: 400,
  RATE_LIMITED: 429,
};

// PostgreSQL errors that only bad input can cause (an invalid byte sequence, a value out of range,
// an invalid date): the input was wrong, not the server.
const BAD_INPUT_SQLSTATES = new Set(['22021', '22003', '22008', '22007', '22P02', '22001', '54000']);

export function statusOf(error: unknown): number {
  if (isAppError(error)) return STATUS[error.code];
  if (isBadInputDatabaseError(error)) return 404;
  return 500;
}

export function isBadInputDatabaseError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // Prisma wraps the driver's error; walk the causes looking for a SQLSTATE or Prisma's P2007 (data validation).
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const record = current as { code?: unknown; cause?: unknown; originalCode?: unknown; meta?: { code?: unknown } };
    for (const code of [record.code, record.originalCode, record.meta?.code]) {
      if (typeof code === 'string' && (BAD_INPUT_SQLSTATES.has(code) || code === 'P2007' || code === 'P2023')) return true;
    }
    current = record.cause;
  }
  return false;
}

import { isAppError, type AppErrorCode } from '@/lib/errors';

// The one map from what went wrong to what the browser is told, for pages and file routes alike.
// Another tenant's record is "not found", never "forbidden": its existence is not disclosed.
const STATUS: Record<AppErrorCode, number> = {
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

// Prisma wraps the driver's error (with adapter-pg the SQLSTATE sits a few levels down, as `code` or
// `originalCode`); look through the error's own fields for one of the bad-input codes.
export function isBadInputDatabaseError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): boolean => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 6) return false;
    seen.add(value);
    for (const [key, field] of Object.entries(value as Record<string, unknown>).concat([['cause', (value as { cause?: unknown }).cause]])) {
      if ((key === 'code' || key === 'originalCode') && typeof field === 'string' && (BAD_INPUT_SQLSTATES.has(field) || field === 'P2007' || field === 'P2023'))
        return true;
      if (typeof field === 'object' && visit(field, depth + 1)) return true;
    }
    return false;
  };
  return visit(error, 0);
}

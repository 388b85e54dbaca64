// Where the next page of an audit log starts: the last row's time and id, so rows that share a
// timestamp at a page boundary are neither skipped nor repeated. Anything malformed, or outside
// the years PostgreSQL's timestamps and the app can hold sensibly, is ignored (first page).
export type AuditCursor = { createdAt: Date; id: string };

const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

export function formatAuditCursor(row: AuditCursor): string {
  return `${row.createdAt.toISOString()}_${row.id}`;
}

export function parseAuditCursor(value: unknown): AuditCursor | undefined {
  if (typeof value !== 'string' || value.length > 120) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z)_([a-z0-9]{1,64})$/i.exec(value);
  if (!match) return undefined;
  const createdAt = new Date(match[1]!);
  const time = createdAt.getTime();
  if (Number.isNaN(time) || time < EARLIEST || time >= LATEST) return undefined;
  return { createdAt, id: match[2]! };
}

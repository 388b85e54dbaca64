// Prisma reports a unique-constraint failure as P2002; through the pg driver adapter the
// constraint's fields are in meta.target or meta.driverAdapterError.cause.constraint.fields.
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (typeof error !== 'object' || error === null || (error as { code?: string }).code !== 'P2002') return false;
  if (!field) return true;
  const meta = (error as { meta?: Record<string, unknown> }).meta ?? {};
  const text = JSON.stringify(meta);
  return text.includes(field);
}

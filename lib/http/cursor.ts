// A malformed cursor in the URL is ignored rather than turned into an error page.
export function parseCursor(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

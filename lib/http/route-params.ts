import 'server-only';
import { notFound } from '@/lib/errors';

// Every dynamic segment is checked here before it reaches a query: ids are cuids (letters and
// digits), anything else is "not found" rather than a database error. Malformed percent-encoding
// never gets this far: proxy.ts answers it with 400.
const ID = /^[a-z0-9]{1,64}$/i;
const SLUG = /^[a-z0-9-]{1,80}$/;

export function idParam(value: unknown, what = 'That page'): string {
  if (typeof value !== 'string' || !ID.test(value)) throw notFound(what);
  return value;
}

export function slugParam(value: unknown, what = 'That page'): string {
  if (typeof value !== 'string' || !SLUG.test(value)) throw notFound(what);
  return value;
}

// Positive whole numbers that fit PostgreSQL's int4 (version numbers in paths).
export function positiveIntParam(value: unknown, what = 'That page'): number {
  if (typeof value !== 'string' || !/^[1-9][0-9]{0,9}$/.test(value)) throw notFound(what);
  const number = Number(value);
  if (number > 2_147_483_647) throw notFound(what);
  return number;
}

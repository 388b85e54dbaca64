import type { GiasRecord } from './read-gias-file';

const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// The first time a trust imports, its GIAS code is not known yet: a trust named exactly as in
// Waypoint (ignoring case and punctuation) is almost certainly it. The preview says which trust
// was matched and lets the admin pick another or list URNs instead.
export function guessTrustCode(records: GiasRecord[], trustName: string): string | null {
  const wanted = normalise(trustName);
  if (!wanted) return null;
  for (const record of records) {
    if (record.trustCode && normalise(record.trustName) === wanted) return record.trustCode;
  }
  return null;
}

import { describe, expect, it } from 'vitest';
import { grantStatus } from '@/lib/advisers/grant-status';
import { GrantAdviserSchema } from '@/lib/advisers/schemas';
import { endOfLondonDay, formatIsoDate, lastLondonDay, londonToday } from '@/lib/dates/format';

const at = (iso: string) => new Date(iso);
const DAY_MS = 24 * 60 * 60 * 1000;
const isoIn = (days: number) => new Date(Date.parse(`${londonToday()}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

describe('an adviser’s grant', () => {
  const grant = { startsAt: at('2026-12-01T09:00:00Z'), endsAt: at('2027-04-01T00:00:00+01:00'), revokedAt: null };

  it('is live from its start until its end, exclusive', () => {
    expect(grantStatus(grant, at('2026-12-01T08:59:59Z'))).toBe('scheduled');
    expect(grantStatus(grant, at('2026-12-01T09:00:00Z'))).toBe('live');
    expect(grantStatus(grant, at('2027-03-31T22:59:59Z'))).toBe('live');
    expect(grantStatus(grant, at('2027-03-31T23:00:00Z'))).toBe('ended');
  });

  it('stops the moment it is revoked, even before its end', () => {
    const revoked = { ...grant, revokedAt: at('2027-01-10T10:00:00Z') };
    expect(grantStatus(revoked, at('2027-01-10T09:59:59Z'))).toBe('live');
    expect(grantStatus(revoked, at('2027-01-10T10:00:00Z'))).toBe('revoked');
  });
});

describe('the last day of access', () => {
  it('lasts to midnight in London, in winter and in summer', () => {
    expect(endOfLondonDay('2027-01-31').toISOString()).toBe('2027-02-01T00:00:00.000Z');
    expect(endOfLondonDay('2027-06-30').toISOString()).toBe('2027-06-30T23:00:00.000Z');
    // The night the clocks go forward (28 March 2027) and back (31 October 2027).
    expect(endOfLondonDay('2027-03-28').toISOString()).toBe('2027-03-28T23:00:00.000Z');
    expect(endOfLondonDay('2027-10-31').toISOString()).toBe('2027-11-01T00:00:00.000Z');
    for (const day of ['2027-01-31', '2027-06-30', '2027-03-27', '2027-10-30']) expect(formatIsoDate(lastLondonDay(endOfLondonDay(day)))).toBe(day);
  });

  const form = (endsOn: string) => ({ tenant: 'school:abc123', email: 'Adviser@Example.org', name: 'Sam Adviser', access: 'READ', endsOn });

  it('is today or later, up to a year ahead', () => {
    expect(GrantAdviserSchema.safeParse(form(isoIn(0))).success).toBe(true);
    expect(GrantAdviserSchema.safeParse(form(isoIn(365))).success).toBe(true);
    const past = GrantAdviserSchema.safeParse(form(isoIn(-1)));
    expect(past.success || past.error.issues[0]?.message).toBe('The last day of access must be today or later');
    const far = GrantAdviserSchema.safeParse(form(isoIn(400)));
    expect(far.success || far.error.issues[0]?.message).toMatch(/up to a year/);
    const impossible = GrantAdviserSchema.safeParse(form('2027-02-30'));
    expect(impossible.success || impossible.error.issues[0]?.message).toMatch(/real date/);
  });

  it('needs an access level and reads the email address in lower case', () => {
    const parsed = GrantAdviserSchema.safeParse({ ...form(isoIn(30)), access: 'ADMIN' });
    expect(parsed.success).toBe(false);
    const ok = GrantAdviserSchema.parse(form(isoIn(30)));
    expect(ok.email).toBe('adviser@example.org');
    expect(ok.purpose).toBe('');
  });
});

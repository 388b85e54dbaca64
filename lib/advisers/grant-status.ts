// Pure rules for an adviser's grant, shared by the data layer's WHERE clauses and the pages.
import type { AdviserAccess } from '@/lib/auth/permissions';

export type GrantStatus = 'scheduled' | 'live' | 'ended' | 'revoked';

export type GrantPeriod = { startsAt: Date; endsAt: Date; revokedAt: Date | null };

// A grant opens at startsAt and closes at endsAt (exclusive) or when revoked, whichever is first.
export function grantStatus(grant: GrantPeriod, now = new Date()): GrantStatus {
  if (grant.revokedAt && grant.revokedAt <= now) return 'revoked';
  if (grant.endsAt <= now) return 'ended';
  if (grant.startsAt > now) return 'scheduled';
  return 'live';
}

// The same rule as a Prisma filter, so that a query never finds a tenant through a closed grant.
export function livePeriodWhere(now = new Date()) {
  return { revokedAt: null, startsAt: { lte: now }, endsAt: { gt: now } };
}

export const GRANT_STATUS_LABEL: Record<GrantStatus, string> = {
  scheduled: 'Starts later',
  live: 'Active',
  ended: 'Ended',
  revoked: 'Revoked',
};

export const ADVISER_ROLE_LABEL: Record<AdviserAccess, string> = {
  READ: 'Adviser (read only)',
  CONTRIBUTE: 'Adviser (contributes)',
};

// Grants are for a fixed period: at most a year at a time, renewable.
export const MAX_GRANT_DAYS = 366;

import 'server-only';
import { ADVISER_ROLE_LABEL, livePeriodWhere } from '@/lib/advisers/grant-status';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { formatDate, lastLondonDay } from '@/lib/dates/format';
import { prisma } from '@/lib/db/prisma';
import type { Actor } from './actor';

export type TenantChoice = { kind: 'trust' | 'school'; id: string; name: string; roleLabel: string; href: string; context: string | null; adviser: boolean };

// The places this person can go, for the header's switcher and the home page: where they are a
// member, then where an adviser's grant lets them in (until it ends).
export async function listMyTenants(actor: Actor): Promise<TenantChoice[]> {
  const [memberships, grants] = await Promise.all([
    prisma.membership.findMany({
      where: {
        userId: actor.userId,
        OR: [{ trust: { is: { archivedAt: null } } }, { school: { is: { archivedAt: null } } }],
      },
      include: {
        trust: { select: { id: true, name: true } },
        school: { select: { id: true, name: true, trust: { select: { name: true } } } },
      },
    }),
    prisma.adviserGrant.findMany({
      where: {
        adviserId: actor.userId,
        ...livePeriodWhere(),
        OR: [{ trust: { is: { archivedAt: null } } }, { school: { is: { archivedAt: null } } }],
      },
      include: {
        trust: { select: { id: true, name: true } },
        school: { select: { id: true, name: true, trust: { select: { name: true } } } },
      },
    }),
  ]);
  const member = memberships.map((m): TenantChoice | null => {
    if (m.trust) {
      return { kind: 'trust', id: m.trust.id, name: m.trust.name, roleLabel: ROLE_LABEL[m.role], href: `/trusts/${m.trust.id}`, context: null, adviser: false };
    }
    if (m.school) {
      return {
        kind: 'school',
        id: m.school.id,
        name: m.school.name,
        roleLabel: ROLE_LABEL[m.role],
        // A governor's one task is the strategy: their home is its published version.
        href: m.role === 'GOVERNOR' ? `/schools/${m.school.id}/strategy` : `/schools/${m.school.id}`,
        context: m.school.trust?.name ?? null,
        adviser: false,
      };
    }
    return null;
  });
  const advised = grants.map((g): TenantChoice | null => {
    const roleLabel = `${ADVISER_ROLE_LABEL[g.access]} until ${formatDate(lastLondonDay(g.endsAt))}`;
    if (g.trust) return { kind: 'trust', id: g.trust.id, name: g.trust.name, roleLabel, href: `/trusts/${g.trust.id}`, context: null, adviser: true };
    if (g.school) {
      return {
        kind: 'school',
        id: g.school.id,
        name: g.school.name,
        roleLabel,
        href: `/schools/${g.school.id}`,
        context: g.school.trust?.name ?? null,
        adviser: true,
      };
    }
    return null;
  });
  const seen = new Set<string>();
  return [...member, ...advised]
    .filter((choice): choice is TenantChoice => choice !== null)
    .sort((a, b) => Number(a.adviser) - Number(b.adviser) || (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'trust' ? -1 : 1))
    .filter((choice) => {
      // A member who is also an adviser somewhere goes there as a member.
      const key = `${choice.kind}:${choice.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

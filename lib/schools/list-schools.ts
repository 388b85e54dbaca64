import 'server-only';
import { prisma } from '@/lib/db/prisma';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';

// Two queries whatever the trust's size. Member counts come from their own grouped query: Prisma's
// relation _count groups the whole Membership table before joining (prisma/orm#23669).
export async function listTrustSchools(actor: Actor, trustId: string, options: { archived?: boolean } = {}) {
  const schools = await prisma.school.findMany({
    where: {
      AND: [{ trustId }, { archivedAt: options.archived ? { not: null } : null }, schoolWhere(actor, 'school:read')],
    },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, urn: true, phase: true, type: true, localAuthority: true, archivedAt: true },
  });
  if (schools.length === 0) return [];
  const counts = await prisma.membership.groupBy({
    by: ['schoolId'],
    where: { schoolId: { in: schools.map((s) => s.id) } },
    _count: { _all: true },
  });
  const memberCounts = new Map(counts.map((c) => [c.schoolId, c._count._all]));
  return schools.map((school) => ({ ...school, memberCount: memberCounts.get(school.id) ?? 0 }));
}

// For the platform admin's directory of schools that belong to no trust.
export async function listStandaloneSchools(actor: Actor) {
  return prisma.school.findMany({
    where: { AND: [{ trustId: null }, schoolWhere(actor, 'school:read')] },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, urn: true, phase: true, localAuthority: true, archivedAt: true },
  });
}

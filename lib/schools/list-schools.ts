import 'server-only';
import { prisma } from '@/lib/db/prisma';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';

export async function listTrustSchools(actor: Actor, trustId: string, options: { archived?: boolean } = {}) {
  return prisma.school.findMany({
    where: {
      AND: [{ trustId }, { archivedAt: options.archived ? { not: null } : null }, schoolWhere(actor, 'school:read')],
    },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      urn: true,
      phase: true,
      type: true,
      localAuthority: true,
      archivedAt: true,
      _count: { select: { memberships: true } },
    },
  });
}

// For the platform admin's directory of schools that belong to no trust.
export async function listStandaloneSchools(actor: Actor) {
  return prisma.school.findMany({
    where: { AND: [{ trustId: null }, schoolWhere(actor, 'school:read')] },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, urn: true, phase: true, localAuthority: true, archivedAt: true },
  });
}

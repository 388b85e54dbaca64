import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { forbidden } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';

export function assertPlatformAdmin(actor: Actor) {
  if (!actor.isPlatformAdmin) throw forbidden('Only platform administrators can do that.');
}

// Every trust with its school count, and every standalone school: two queries at any scale.
export async function listPlatformDirectory(actor: Actor) {
  assertPlatformAdmin(actor);
  const [trusts, standaloneSchools] = await Promise.all([
    prisma.trust.findMany({
      orderBy: { name: 'asc' },
      select: {
        id: true,
        name: true,
        archivedAt: true,
        _count: { select: { schools: { where: { archivedAt: null } }, memberships: true } },
      },
    }),
    prisma.school.findMany({
      where: { trustId: null },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, urn: true, phase: true, localAuthority: true, archivedAt: true },
    }),
  ]);
  return { trusts, standaloneSchools };
}

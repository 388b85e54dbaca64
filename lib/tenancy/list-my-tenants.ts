import 'server-only';
import { ROLE_LABEL, type Role } from '@/lib/auth/roles';
import { prisma } from '@/lib/db/prisma';
import type { Actor } from './actor';

export type TenantChoice = { kind: 'trust' | 'school'; id: string; name: string; role: Role; roleLabel: string; href: string; context: string | null };

// The places this person can go, for the header's switcher and the home page.
export async function listMyTenants(actor: Actor): Promise<TenantChoice[]> {
  const memberships = await prisma.membership.findMany({
    where: {
      userId: actor.userId,
      OR: [{ trust: { is: { archivedAt: null } } }, { school: { is: { archivedAt: null } } }],
    },
    include: {
      trust: { select: { id: true, name: true } },
      school: { select: { id: true, name: true, trust: { select: { name: true } } } },
    },
  });
  return memberships
    .map((m): TenantChoice | null => {
      if (m.trust) {
        return { kind: 'trust', id: m.trust.id, name: m.trust.name, role: m.role, roleLabel: ROLE_LABEL[m.role], href: `/trusts/${m.trust.id}`, context: null };
      }
      if (m.school) {
        return {
          kind: 'school',
          id: m.school.id,
          name: m.school.name,
          role: m.role,
          roleLabel: ROLE_LABEL[m.role],
          // A governor's one task is the strategy: their home is its published version.
          href: m.role === 'GOVERNOR' ? `/schools/${m.school.id}/strategy` : `/schools/${m.school.id}`,
          context: m.school.trust?.name ?? null,
        };
      }
      return null;
    })
    .filter((choice): choice is TenantChoice => choice !== null)
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'trust' ? -1 : 1));
}

import 'server-only';
import { ACTIONS, roleCan, type Action } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db/prisma';
import type { Actor, TenantRef } from './actor';

// What the page may offer (links, buttons). Only a hint to the UI: the data layer checks again.
export async function getCapabilities(actor: Actor, tenant: TenantRef, schoolTrustId?: string | null): Promise<Set<Action>> {
  if (actor.isPlatformAdmin) return new Set(ACTIONS);
  const memberships = await prisma.membership.findMany({
    where: {
      userId: actor.userId,
      OR:
        tenant.kind === 'trust'
          ? [{ trustId: tenant.id }]
          : [{ schoolId: tenant.id }, ...(schoolTrustId ? [{ trustId: schoolTrustId }] : [])],
    },
    select: { role: true },
  });
  return new Set(ACTIONS.filter((action) => memberships.some((m) => roleCan(m.role, action))));
}

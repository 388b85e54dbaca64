import 'server-only';
import { cache } from 'react';
import { CAPABILITIES, allowedWhenArchived, roleCan, type Capability } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db/prisma';
import type { Actor, TenantRef } from './actor';

// What the page may offer (links, buttons). Only a hint to the UI: the data layer checks again,
// with the same rules, so the page never offers what the server would refuse.
export async function getCapabilities(actor: Actor, tenant: TenantRef & { archived?: boolean }, schoolTrustId?: string | null): Promise<Set<Capability>> {
  const usable = CAPABILITIES.filter((capability) => !tenant.archived || allowedWhenArchived(capability));
  if (actor.isPlatformAdmin) return new Set(usable);
  const roles = await rolesHeld(actor.userId, tenant.kind, tenant.id, schoolTrustId ?? null);
  return new Set(usable.filter((capability) => roles.some((role) => roleCan(role, capability))));
}

// Once per request for the same tenant: layouts and pages both ask (keys are primitives so that
// React's cache can match them).
const rolesHeld = cache(async (userId: string, kind: TenantRef['kind'], tenantId: string, schoolTrustId: string | null) => {
  const memberships = await prisma.membership.findMany({
    where: {
      userId,
      OR: kind === 'trust' ? [{ trustId: tenantId }] : [{ schoolId: tenantId }, ...(schoolTrustId ? [{ trustId: schoolTrustId }] : [])],
    },
    select: { role: true },
  });
  return memberships.map((m) => m.role);
});

import 'server-only';
import { cache } from 'react';
import { livePeriodWhere } from '@/lib/advisers/grant-status';
import { adviserCan, CAPABILITIES, allowedWhenArchived, roleCan, rolesAllowedTo, type AdviserAccess, type Capability } from '@/lib/auth/permissions';
import { SCHOOL_ROLES } from '@/lib/auth/roles';
import { prisma } from '@/lib/db/prisma';
import type { Actor, TenantRef } from './actor';

// What the page may offer (links, buttons). Only a hint to the UI: the data layer checks again,
// with the same rules, so the page never offers what the server would refuse.
export async function getCapabilities(actor: Actor, tenant: TenantRef & { archived?: boolean }, schoolTrustId?: string | null): Promise<Set<Capability>> {
  const usable = CAPABILITIES.filter((capability) => !tenant.archived || allowedWhenArchived(capability));
  if (actor.isPlatformAdmin) return new Set(usable);
  const { held } = await accessHeld(actor.userId, tenant.kind, tenant.id, schoolTrustId ?? null);
  return new Set(usable.filter((capability) => held.has(capability)));
}

// Whether this person is here only through an adviser's grant (no membership of the tenant or
// its trust): what they read is then written to the tenant's audit log.
export async function isHereAsAdviser(actor: Actor, tenant: TenantRef, schoolTrustId?: string | null): Promise<boolean> {
  if (actor.isPlatformAdmin) return false;
  // The same cache key as getCapabilities (a trust has no "school's trust"), so no second read.
  const { member, adviser } = await accessHeld(actor.userId, tenant.kind, tenant.id, tenant.kind === 'trust' ? null : (schoolTrustId ?? null));
  return adviser && !member;
}

// Once per request for the same tenant: layouts and pages both ask (keys are primitives so that
// React's cache can match them). Roles come from memberships, access from live adviser grants.
const accessHeld = cache(async (userId: string, kind: TenantRef['kind'], tenantId: string, schoolTrustId: string | null) => {
  const tenants = kind === 'trust' ? [{ trustId: tenantId }] : [{ schoolId: tenantId }, ...(schoolTrustId ? [{ trustId: schoolTrustId }] : [])];
  const [memberships, grants] = await Promise.all([
    prisma.membership.findMany({ where: { userId, OR: tenants }, select: { role: true } }),
    prisma.adviserGrant.findMany({ where: { adviserId: userId, OR: tenants, ...livePeriodWhere() }, select: { access: true, schoolId: true } }),
  ]);
  // A grant to one school gives only what a school can give: never its trust's pages.
  const grantGives = (grant: { access: AdviserAccess; schoolId: string | null }, capability: Capability) =>
    adviserCan(grant.access, capability) && (grant.schoolId === null || rolesAllowedTo(capability, SCHOOL_ROLES).length > 0);
  const held = new Set<Capability>(
    CAPABILITIES.filter((capability) => memberships.some((m) => roleCan(m.role, capability)) || grants.some((g) => grantGives(g, capability))),
  );
  return { held, member: memberships.length > 0, adviser: grants.length > 0 };
});

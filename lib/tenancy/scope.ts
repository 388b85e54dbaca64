import 'server-only';
import { livePeriodWhere } from '@/lib/advisers/grant-status';
import { SCHOOL_ROLES, TRUST_ROLES } from '@/lib/auth/roles';
import { accessesAllowedTo, allowedWhenArchived, rolesAllowedTo, type Capability } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import { assertActor, type Actor } from './actor';

// Tenant checks live inside each query's WHERE clause: a record outside the actor's reach
// simply is not found, and membership is read at query time, never from a cached list. So does
// the archived rule: anything but reading (and restoring) finds no archived school or trust.
// An outside adviser reaches a tenant the same way, through a grant that is live at query time:
// the moment it ends or is revoked, every query stops finding the tenant.

const NOTHING = { id: { in: [] as string[] } };

export function trustWhere(actor: Actor, capability: Capability): Prisma.TrustWhereInput {
  assertActor(actor);
  const active: Prisma.TrustWhereInput = allowedWhenArchived(capability) ? {} : { archivedAt: null };
  if (actor.isPlatformAdmin) return active;
  const paths = trustPaths(actor, capability);
  return paths.length > 0 ? { ...active, OR: paths } : NOTHING;
}

function trustPaths(actor: Actor, capability: Capability): Prisma.TrustWhereInput[] {
  const roles = rolesAllowedTo(capability, TRUST_ROLES);
  const grant = liveGrantWhere(actor, capability);
  return [
    ...(roles.length > 0 ? [{ memberships: { some: { userId: actor.userId, role: { in: roles } } } }] : []),
    // An archived trust is closed to its advisers, even for reading.
    ...(grant ? [{ archivedAt: null, adviserGrants: { some: grant } }] : []),
  ];
}

// An adviser's grant that allows this capability and is live now: started, not ended, not revoked.
export function liveGrantWhere(actor: Actor, capability: Capability, now = new Date()): Prisma.AdviserGrantWhereInput | null {
  const accesses = accessesAllowedTo(capability);
  if (accesses.length === 0) return null;
  return { adviserId: actor.userId, access: { in: accesses }, ...livePeriodWhere(now) };
}

export function schoolWhere(actor: Actor, capability: Capability): Prisma.SchoolWhereInput {
  assertActor(actor);
  if (!allowedWhenArchived(capability)) return { AND: [{ archivedAt: null }, schoolReach(actor, capability)] };
  return schoolReach(actor, capability);
}

function schoolReach(actor: Actor, capability: Capability): Prisma.SchoolWhereInput {
  if (actor.isPlatformAdmin) return {};
  const schoolRoles = rolesAllowedTo(capability, SCHOOL_ROLES);
  const paths: Prisma.SchoolWhereInput[] = [];
  if (schoolRoles.length > 0) {
    paths.push({ memberships: { some: { userId: actor.userId, role: { in: schoolRoles } } } });
  }
  const grant = liveGrantWhere(actor, capability);
  // An archived school is closed to advisers, even for reading: members keep its record.
  if (grant) paths.push({ archivedAt: null, adviserGrants: { some: grant } });
  // A trust's members reach its schools, and so do its advisers while neither is archived.
  const trustRoles = rolesAllowedTo(capability, TRUST_ROLES);
  if (trustRoles.length > 0) paths.push({ trust: { is: { memberships: { some: { userId: actor.userId, role: { in: trustRoles } } } } } });
  if (grant) paths.push({ archivedAt: null, trust: { is: { archivedAt: null, adviserGrants: { some: grant } } } });
  return paths.length > 0 ? { OR: paths } : NOTHING;
}

// Rows that belong to a trust or a school (memberships, invitations, audit events).
export function tenantRowWhere(
  actor: Actor,
  capability: Capability,
): { OR: [{ trust: { is: Prisma.TrustWhereInput } }, { school: { is: Prisma.SchoolWhereInput } }] } {
  return { OR: [{ trust: { is: trustWhere(actor, capability) } }, { school: { is: schoolWhere(actor, capability) } }] };
}

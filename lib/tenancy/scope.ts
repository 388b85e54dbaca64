import 'server-only';
import { SCHOOL_ROLES, TRUST_ROLES } from '@/lib/auth/roles';
import { allowedWhenArchived, rolesAllowedTo, type Capability } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import { assertActor, type Actor } from './actor';

// Tenant checks live inside each query's WHERE clause: a record outside the actor's reach
// simply is not found, and membership is read at query time, never from a cached list. So does
// the archived rule: anything but reading (and restoring) finds no archived school or trust.

const NOTHING = { id: { in: [] as string[] } };

export function trustWhere(actor: Actor, capability: Capability): Prisma.TrustWhereInput {
  assertActor(actor);
  const active: Prisma.TrustWhereInput = allowedWhenArchived(capability) ? {} : { archivedAt: null };
  if (actor.isPlatformAdmin) return active;
  const roles = rolesAllowedTo(capability, TRUST_ROLES);
  if (roles.length === 0) return NOTHING;
  return { ...active, memberships: { some: { userId: actor.userId, role: { in: roles } } } };
}

export function schoolWhere(actor: Actor, capability: Capability): Prisma.SchoolWhereInput {
  assertActor(actor);
  if (!allowedWhenArchived(capability)) return { AND: [{ archivedAt: null }, schoolReach(actor, capability)] };
  return schoolReach(actor, capability);
}

function schoolReach(actor: Actor, capability: Capability): Prisma.SchoolWhereInput {
  if (actor.isPlatformAdmin) return {};
  const schoolRoles = rolesAllowedTo(capability, SCHOOL_ROLES);
  const trustRoles = rolesAllowedTo(capability, TRUST_ROLES);
  const paths: Prisma.SchoolWhereInput[] = [];
  if (schoolRoles.length > 0) {
    paths.push({ memberships: { some: { userId: actor.userId, role: { in: schoolRoles } } } });
  }
  if (trustRoles.length > 0) {
    paths.push({ trust: { is: { memberships: { some: { userId: actor.userId, role: { in: trustRoles } } } } } });
  }
  return paths.length > 0 ? { OR: paths } : NOTHING;
}

// Rows that belong to a trust or a school (memberships, invitations, audit events).
export function tenantRowWhere(
  actor: Actor,
  capability: Capability,
): { OR: [{ trust: { is: Prisma.TrustWhereInput } }, { school: { is: Prisma.SchoolWhereInput } }] } {
  return { OR: [{ trust: { is: trustWhere(actor, capability) } }, { school: { is: schoolWhere(actor, capability) } }] };
}

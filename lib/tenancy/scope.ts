import 'server-only';
import { SCHOOL_ROLES, TRUST_ROLES } from '@/lib/auth/roles';
import { allowedWhenArchived, rolesAllowedTo, type Action } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import { assertActor, type Actor } from './actor';

// Tenant checks live inside each query's WHERE clause: a record outside the actor's reach
// simply is not found, and membership is read at query time, never from a cached list. So does
// the archived rule: anything but reading (and restoring) finds no archived school or trust.

const NOTHING = { id: { in: [] as string[] } };

export function trustWhere(actor: Actor, action: Action): Prisma.TrustWhereInput {
  assertActor(actor);
  const active: Prisma.TrustWhereInput = allowedWhenArchived(action) ? {} : { archivedAt: null };
  if (actor.isPlatformAdmin) return active;
  const roles = rolesAllowedTo(action, TRUST_ROLES);
  if (roles.length === 0) return NOTHING;
  return { ...active, memberships: { some: { userId: actor.userId, role: { in: roles } } } };
}

export function schoolWhere(actor: Actor, action: Action): Prisma.SchoolWhereInput {
  assertActor(actor);
  if (!allowedWhenArchived(action)) return { AND: [{ archivedAt: null }, schoolReach(actor, action)] };
  return schoolReach(actor, action);
}

function schoolReach(actor: Actor, action: Action): Prisma.SchoolWhereInput {
  if (actor.isPlatformAdmin) return {};
  const schoolRoles = rolesAllowedTo(action, SCHOOL_ROLES);
  const trustRoles = rolesAllowedTo(action, TRUST_ROLES);
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
  action: Action,
): { OR: [{ trust: { is: Prisma.TrustWhereInput } }, { school: { is: Prisma.SchoolWhereInput } }] } {
  return { OR: [{ trust: { is: trustWhere(actor, action) } }, { school: { is: schoolWhere(actor, action) } }] };
}

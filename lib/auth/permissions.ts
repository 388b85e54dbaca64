import { ROLES, type Role } from './roles';

// Everything a person can do in a tenant. A trust role applies to the trust and all its schools;
// a school role applies to that school only. Platform admins may do everything.
export const ACTIONS = [
  'trust:read',
  'trust:update',
  'school:read',
  'school:create',
  'school:update',
  // The URN ties a school to its GIAS record and is unique nationally: only trusts (and the
  // platform) set it, so a school cannot take another's.
  'school:change-urn',
  'school:archive',
  'member:read',
  'member:invite',
  'member:change-role',
  'member:remove',
  'audit:read',
  'assessment:read',
  'assessment:read-completed',
  'assessment:edit',
  'assessment:submit',
  'action:edit',
  'strategy:edit',
  'strategy:read-published',
] as const;
export type Action = (typeof ACTIONS)[number];

const MEMBER_ADMIN: Action[] = ['member:read', 'member:invite', 'member:change-role', 'member:remove', 'audit:read'];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  TRUST_ADMIN: [
    'trust:read',
    'trust:update',
    'school:read',
    'school:create',
    'school:update',
    'school:change-urn',
    'school:archive',
    ...MEMBER_ADMIN,
    'assessment:read',
    'assessment:read-completed',
    'strategy:read-published',
  ],
  TRUST_VIEWER: ['trust:read', 'school:read', 'assessment:read', 'assessment:read-completed', 'strategy:read-published'],
  SCHOOL_LEADER: [
    'school:read',
    'school:update',
    ...MEMBER_ADMIN,
    'assessment:read',
    'assessment:read-completed',
    'assessment:edit',
    'assessment:submit',
    'action:edit',
    'strategy:edit',
    'strategy:read-published',
  ],
  SCHOOL_CONTRIBUTOR: ['school:read', 'assessment:read', 'assessment:read-completed', 'assessment:edit'],
  // Governors see completed cycles and the published strategy, never drafts.
  GOVERNOR: ['school:read', 'assessment:read-completed', 'strategy:read-published'],
};

// An archived school or trust is read-only: these are all it still allows (restoring it included).
// The rule is applied once, in lib/tenancy/scope.ts and lib/tenancy/capabilities.ts.
const ALLOWED_WHEN_ARCHIVED: ReadonlySet<Action> = new Set<Action>([
  'trust:read',
  'school:read',
  'school:archive',
  'member:read',
  'audit:read',
  'assessment:read',
  'assessment:read-completed',
  'strategy:read-published',
]);

export function allowedWhenArchived(action: Action): boolean {
  return ALLOWED_WHEN_ARCHIVED.has(action);
}

export function roleCan(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}

export function rolesAllowedTo(action: Action, among: readonly Role[] = ROLES): Role[] {
  return among.filter((role) => roleCan(role, action));
}

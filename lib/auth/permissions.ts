import { ROLES, type Role } from './roles';

// Everything a person can do in a tenant (a capability; server actions and audit events are other things). A trust role applies to the trust and all its schools;
// a school role applies to that school only. Platform admins may do everything.
export const CAPABILITIES = [
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
  'plan:edit',
  'strategy:edit',
  // Publishing fixes a version for governors: the school's own leaders do it, never an adviser.
  'strategy:publish',
  'strategy:read-published',
  // Registers (contracts and kit): a school's are edited by its leaders and contributors, a
  // trust's (what it buys centrally) by its admins; everyone who can see the school reads both.
  'register:read',
  'register:edit',
  'register:edit-trust',
  // Evidence (files, links, notes) and training records: added by a school's leaders and
  // contributors, read by its trust; governors read only the items the school shares with them.
  'evidence:read',
  'evidence:read-shared',
  'evidence:edit',
  // Letting an outside adviser in for a fixed period, and seeing what advisers did.
  'adviser:grant',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const MEMBER_ADMIN: Capability[] = ['member:read', 'member:invite', 'member:change-role', 'member:remove', 'audit:read'];

export const PERMISSIONS: Record<Role, readonly Capability[]> = {
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
    'register:read',
    'register:edit-trust',
    'evidence:read',
    'adviser:grant',
  ],
  TRUST_VIEWER: ['trust:read', 'school:read', 'assessment:read', 'assessment:read-completed', 'strategy:read-published', 'register:read', 'evidence:read'],
  SCHOOL_LEADER: [
    'school:read',
    'school:update',
    ...MEMBER_ADMIN,
    'assessment:read',
    'assessment:read-completed',
    'assessment:edit',
    'assessment:submit',
    'plan:edit',
    'strategy:edit',
    'strategy:publish',
    'strategy:read-published',
    'register:read',
    'register:edit',
    'evidence:read',
    'evidence:edit',
    'adviser:grant',
  ],
  SCHOOL_CONTRIBUTOR: [
    'school:read',
    'assessment:read',
    'assessment:read-completed',
    'assessment:edit',
    'register:read',
    'register:edit',
    'evidence:read',
    'evidence:edit',
  ],
  // Governors see completed cycles and the published strategy, never drafts.
  GOVERNOR: ['school:read', 'assessment:read-completed', 'strategy:read-published', 'register:read', 'evidence:read-shared'],
};

// What an outside adviser's grant allows, in the organisation that granted it (a trust's grant
// reaches its schools, as trust roles do). Read-only advisers see what trust viewers see, drafts
// included; contributors also answer the assessment and draft the strategy. Never people, never
// the plan's ownership, never publishing: those stay with the school.
export const ADVISER_ACCESSES = ['READ', 'CONTRIBUTE'] as const;
export type AdviserAccess = (typeof ADVISER_ACCESSES)[number];

const ADVISER_READ: Capability[] = [
  'trust:read',
  'school:read',
  'assessment:read',
  'assessment:read-completed',
  'strategy:read-published',
  'register:read',
  'evidence:read',
];

export const ADVISER_PERMISSIONS: Record<AdviserAccess, readonly Capability[]> = {
  READ: ADVISER_READ,
  CONTRIBUTE: [...ADVISER_READ, 'assessment:edit', 'strategy:edit'],
};

export const ADVISER_ACCESS_LABEL: Record<AdviserAccess, string> = { READ: 'Read only', CONTRIBUTE: 'Contribute' };

export function adviserCan(access: AdviserAccess, capability: Capability): boolean {
  return ADVISER_PERMISSIONS[access].includes(capability);
}

export function accessesAllowedTo(capability: Capability): AdviserAccess[] {
  return ADVISER_ACCESSES.filter((access) => adviserCan(access, capability));
}

// An archived school or trust is read-only: these are all it still allows (restoring it included).
// The rule is applied once, in lib/tenancy/scope.ts and lib/tenancy/capabilities.ts.
const ALLOWED_WHEN_ARCHIVED: ReadonlySet<Capability> = new Set<Capability>([
  'trust:read',
  'school:read',
  'school:archive',
  'member:read',
  'audit:read',
  'assessment:read',
  'assessment:read-completed',
  'strategy:read-published',
  'register:read',
  'evidence:read',
  'evidence:read-shared',
]);

export function allowedWhenArchived(capability: Capability): boolean {
  return ALLOWED_WHEN_ARCHIVED.has(capability);
}

export function roleCan(role: Role, capability: Capability): boolean {
  return PERMISSIONS[role].includes(capability);
}

export function rolesAllowedTo(capability: Capability, among: readonly Role[] = ROLES): Role[] {
  return among.filter((role) => roleCan(role, capability));
}

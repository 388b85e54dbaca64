import { describe, expect, it } from 'vitest';
import {
  accessesAllowedTo,
  ADVISER_PERMISSIONS,
  adviserCan,
  CAPABILITIES,
  PERMISSIONS,
  roleCan,
  rolesAllowedTo,
  type Capability,
} from '@/lib/auth/permissions';
import { ADMIN_ROLE, ROLES, ROLE_SCOPE, roleFitsTenant, rolesForTenant, type Role } from '@/lib/auth/roles';

// The whole capability map, written out: a change to PERMISSIONS must change this table too.
const EXPECTED: Record<Capability, Role[]> = {
  'trust:read': ['TRUST_ADMIN', 'TRUST_VIEWER'],
  'trust:update': ['TRUST_ADMIN'],
  'school:read': ['TRUST_ADMIN', 'TRUST_VIEWER', 'SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR', 'GOVERNOR'],
  'school:create': ['TRUST_ADMIN'],
  'school:update': ['TRUST_ADMIN', 'SCHOOL_LEADER'],
  'school:change-urn': ['TRUST_ADMIN'],
  'school:archive': ['TRUST_ADMIN'],
  'member:read': ['TRUST_ADMIN', 'SCHOOL_LEADER'],
  'member:invite': ['TRUST_ADMIN', 'SCHOOL_LEADER'],
  'member:change-role': ['TRUST_ADMIN', 'SCHOOL_LEADER'],
  'member:remove': ['TRUST_ADMIN', 'SCHOOL_LEADER'],
  'audit:read': ['TRUST_ADMIN', 'SCHOOL_LEADER'],
  'assessment:read': ['TRUST_ADMIN', 'TRUST_VIEWER', 'SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR'],
  'assessment:read-completed': ['TRUST_ADMIN', 'TRUST_VIEWER', 'SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR', 'GOVERNOR'],
  'assessment:edit': ['SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR'],
  'assessment:submit': ['SCHOOL_LEADER'],
  'plan:edit': ['SCHOOL_LEADER'],
  'strategy:edit': ['SCHOOL_LEADER'],
  'strategy:publish': ['SCHOOL_LEADER'],
  'strategy:read-published': ['TRUST_ADMIN', 'TRUST_VIEWER', 'SCHOOL_LEADER', 'GOVERNOR'],
  'register:read': ['TRUST_ADMIN', 'TRUST_VIEWER', 'SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR', 'GOVERNOR'],
  'register:edit': ['SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR'],
  'register:edit-trust': ['TRUST_ADMIN'],
  'evidence:read': ['TRUST_ADMIN', 'TRUST_VIEWER', 'SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR'],
  'evidence:read-shared': ['GOVERNOR'],
  'evidence:edit': ['SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR'],
  'adviser:grant': ['TRUST_ADMIN', 'SCHOOL_LEADER'],
};

describe('capability table', () => {
  const cases = ROLES.flatMap((role) => CAPABILITIES.map((action) => [role, action] as const));

  it.each(cases)('%s may %s only if the table says so', (role, action) => {
    expect(roleCan(role, action)).toBe(EXPECTED[action].includes(role));
  });

  it('lists every action in the expected table', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...CAPABILITIES].sort());
  });

  it('never grants an action that is not declared', () => {
    for (const role of ROLES) for (const action of PERMISSIONS[role]) expect(CAPABILITIES).toContain(action);
  });

  it('keeps governors to reading the school, its published strategy, its registers and shared evidence', () => {
    expect(PERMISSIONS.GOVERNOR).toEqual(['school:read', 'assessment:read-completed', 'strategy:read-published', 'register:read', 'evidence:read-shared']);
    expect(roleCan('GOVERNOR', 'assessment:read')).toBe(false);
  });

  it('gives trust viewers no write action', () => {
    const writes = PERMISSIONS.TRUST_VIEWER.filter((action) => !/:read(-|$)/.test(action));
    expect(writes).toEqual([]);
  });

  it('finds the roles allowed to an action within a scope', () => {
    expect(rolesAllowedTo('member:invite', rolesForTenant('school'))).toEqual(['SCHOOL_LEADER']);
    expect(rolesAllowedTo('school:create', rolesForTenant('school'))).toEqual([]);
    expect(rolesAllowedTo('trust:read', rolesForTenant('trust'))).toEqual(['TRUST_ADMIN', 'TRUST_VIEWER']);
  });
});

describe('role scopes', () => {
  it('puts trust roles in trusts and school roles in schools', () => {
    expect(roleFitsTenant('TRUST_ADMIN', 'trust')).toBe(true);
    expect(roleFitsTenant('TRUST_ADMIN', 'school')).toBe(false);
    expect(roleFitsTenant('GOVERNOR', 'school')).toBe(true);
    expect(roleFitsTenant('GOVERNOR', 'trust')).toBe(false);
  });

  it('makes each tenant’s admin role able to manage its members', () => {
    for (const kind of ['trust', 'school'] as const) {
      const admin = ADMIN_ROLE[kind];
      expect(ROLE_SCOPE[admin]).toBe(kind);
      expect(roleCan(admin, 'member:invite')).toBe(true);
      expect(roleCan(admin, 'member:remove')).toBe(true);
    }
  });
});

describe('adviser access', () => {
  it('lets read-only advisers read, drafts included, and change nothing', () => {
    const writes = ADVISER_PERMISSIONS.READ.filter((capability) => !/:read(-|$)/.test(capability));
    expect(writes).toEqual([]);
    expect(adviserCan('READ', 'assessment:read')).toBe(true);
    expect(adviserCan('READ', 'evidence:read')).toBe(true);
  });

  it('lets contributing advisers answer the assessment and draft the strategy, and no more', () => {
    const extra = ADVISER_PERMISSIONS.CONTRIBUTE.filter((capability) => !ADVISER_PERMISSIONS.READ.includes(capability));
    expect(extra.sort()).toEqual(['assessment:edit', 'strategy:edit']);
  });

  it('never lets an adviser manage people, read the audit log, complete a cycle, publish or grant access', () => {
    for (const access of ['READ', 'CONTRIBUTE'] as const) {
      for (const capability of ['member:read', 'member:invite', 'audit:read', 'assessment:submit', 'strategy:publish', 'adviser:grant', 'plan:edit'] as const) {
        expect(adviserCan(access, capability)).toBe(false);
      }
    }
  });

  it('finds the accesses allowed to a capability', () => {
    expect(accessesAllowedTo('school:read')).toEqual(['READ', 'CONTRIBUTE']);
    expect(accessesAllowedTo('strategy:edit')).toEqual(['CONTRIBUTE']);
    expect(accessesAllowedTo('member:invite')).toEqual([]);
  });
});

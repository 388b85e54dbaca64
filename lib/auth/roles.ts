// Pure role facts: safe to import from client components.
export const ROLES = ['TRUST_ADMIN', 'TRUST_VIEWER', 'SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR', 'GOVERNOR'] as const;
export type Role = (typeof ROLES)[number];

export type TenantKind = 'trust' | 'school';

export const TRUST_ROLES = ['TRUST_ADMIN', 'TRUST_VIEWER'] as const satisfies readonly Role[];
export const SCHOOL_ROLES = ['SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR', 'GOVERNOR'] as const satisfies readonly Role[];

export const ROLE_SCOPE: Record<Role, TenantKind> = {
  TRUST_ADMIN: 'trust',
  TRUST_VIEWER: 'trust',
  SCHOOL_LEADER: 'school',
  SCHOOL_CONTRIBUTOR: 'school',
  GOVERNOR: 'school',
};

// The role that administers a tenant; every tenant keeps at least one.
export const ADMIN_ROLE: Record<TenantKind, Role> = { trust: 'TRUST_ADMIN', school: 'SCHOOL_LEADER' };

export const ROLE_LABEL: Record<Role, string> = {
  TRUST_ADMIN: 'Trust admin',
  TRUST_VIEWER: 'Trust viewer',
  SCHOOL_LEADER: 'School leader',
  SCHOOL_CONTRIBUTOR: 'School contributor',
  GOVERNOR: 'Governor',
};

export function rolesForTenant(kind: TenantKind): readonly Role[] {
  return kind === 'trust' ? TRUST_ROLES : SCHOOL_ROLES;
}

export function roleFitsTenant(role: Role, kind: TenantKind): boolean {
  return ROLE_SCOPE[role] === kind;
}

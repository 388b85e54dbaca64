import 'server-only';
import { invitationState } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import type { Actor, TenantRef } from '@/lib/tenancy/actor';
import { schoolWhere, trustWhere } from '@/lib/tenancy/scope';

// Members and open invitations of one tenant, in two queries whatever its size. A trust's list
// also holds the open invitations to its schools (a trust admin invites heads from here, and they
// must not seem to vanish), each named with its school.
export async function listMembers(actor: Actor, tenant: TenantRef) {
  const tenantColumn = tenant.kind === 'trust' ? { trustId: tenant.id } : { schoolId: tenant.id };
  const trustScope = { trust: { is: { AND: [{ id: tenant.id }, trustWhere(actor, 'member:read')] } } };
  const tenantScope = tenant.kind === 'trust' ? trustScope : { school: { is: { AND: [{ id: tenant.id }, schoolWhere(actor, 'member:read')] } } };
  const invitationScope =
    tenant.kind === 'trust'
      ? { OR: [{ trustId: tenant.id, ...trustScope }, { school: { is: { trustId: tenant.id, ...trustScope } } }] }
      : { ...tenantColumn, ...tenantScope };

  const [memberships, invitations] = await Promise.all([
    prisma.membership.findMany({
      where: { ...tenantColumn, ...tenantScope },
      include: { user: { select: { id: true, name: true, email: true, lastSignInAt: true } } },
      orderBy: [{ role: 'asc' }, { user: { name: 'asc' } }],
    }),
    prisma.invitation.findMany({
      where: { ...invitationScope, acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: 'desc' },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        expiresAt: true,
        createdAt: true,
        acceptedAt: true,
        revokedAt: true,
        school: { select: { name: true } },
      },
    }),
  ]);
  if (memberships.length === 0 && invitations.length === 0) {
    // Empty lists and "not allowed" must not look alike to the page: check reach explicitly.
    const reachable =
      tenant.kind === 'trust'
        ? await prisma.trust.count({ where: { AND: [{ id: tenant.id }, trustWhere(actor, 'member:read')] } })
        : await prisma.school.count({ where: { AND: [{ id: tenant.id }, schoolWhere(actor, 'member:read')] } });
    if (reachable === 0) throw notFound('That page');
  }
  return {
    memberships,
    invitations: invitations.map(({ school, ...invitation }) => ({
      ...invitation,
      schoolName: tenant.kind === 'trust' ? (school?.name ?? null) : null,
      state: invitationState(invitation),
    })),
  };
}

export type MemberList = Awaited<ReturnType<typeof listMembers>>;

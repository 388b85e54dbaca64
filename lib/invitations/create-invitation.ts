import 'server-only';
import { roleFitsTenant, ROLE_LABEL } from '@/lib/auth/roles';
import { prisma } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { InviteMemberSchema } from '@/lib/members/schemas';
import type { Actor } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import type { z } from 'zod';
import { deliverInvitation } from './invitation-link';
import { insertInvitation } from './insert-invitation';

export async function createInvitation(actor: Actor, input: z.output<typeof InviteMemberSchema>) {
  if (!roleFitsTenant(input.role, input.tenant.kind)) {
    const where = input.tenant.kind === 'trust' ? 'the trust' : 'a school';
    throw new AppError('VALIDATION', 'Check the role', {
      role: [`${ROLE_LABEL[input.role]} is not a role in ${where}`],
    });
  }
  const issued = await prisma.$transaction(async (tx) => {
    const tenant = await resolveTenant(tx, actor, input.tenant, 'member:invite');
    const tenantColumn = tenant.kind === 'trust' ? { trustId: tenant.id } : { schoolId: tenant.id };
    const existing = await tx.membership.findFirst({
      where: { ...tenantColumn, user: { is: { email: input.email } } },
      select: { id: true },
    });
    if (existing) {
      throw new AppError('CONFLICT', `${input.email} is already a member of ${tenant.name}`, {
        email: [`${input.email} is already a member of ${tenant.name}. Change their role in the list instead.`],
      });
    }
    return { ...(await insertInvitation(tx, actor, { ...input, tenant, auditTrustId: tenant.trustId })), tenantName: tenant.name };
  });
  return {
    ...issued,
    delivery: await deliverInvitation(
      { id: issued.invitationId, email: issued.email, role: input.role, tenantName: issued.tenantName, expiresAt: issued.expiresAt },
      issued.token,
      actor,
    ),
  };
}

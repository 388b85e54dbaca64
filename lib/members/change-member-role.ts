import 'server-only';
import { auditScopeOf, recordAuditEvent } from '@/lib/audit/record-audit-event';
import { ROLE_LABEL, ROLE_SCOPE, type Role } from '@/lib/auth/roles';
import { prisma } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { tenantRowWhere } from '@/lib/tenancy/scope';
import { assertKeepsAnAdmin } from './admin-guard';

export async function changeMemberRole(actor: Actor, membershipId: string, role: Role) {
  return prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { AND: [{ id: membershipId }, tenantRowWhere(actor, 'member:change-role')] },
      include: { school: { select: { trustId: true } }, user: { select: { email: true } } },
    });
    if (!membership) throw notFound('That member');
    const kind = membership.trustId ? 'trust' : 'school';
    if (ROLE_SCOPE[role] !== kind) {
      throw new AppError('VALIDATION', 'Check the role', {
        role: [`${ROLE_LABEL[role]} is not a role in ${kind === 'trust' ? 'a trust' : 'a school'}`],
      });
    }
    if (membership.role === role) return membership;
    await assertKeepsAnAdmin(tx, membership, role);
    const updated = await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await recordAuditEvent(tx, actor, {
      event: 'member.role_changed',
      ...auditScopeOf(membership),
      targetType: 'Membership',
      targetId: membership.id,
      before: { userId: membership.userId, email: membership.user.email, role: membership.role },
      after: { userId: membership.userId, email: membership.user.email, role },
    });
    return updated;
  });
}

import 'server-only';
import { auditScopeOf, recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { tenantRowWhere } from '@/lib/tenancy/scope';
import { assertKeepsAnAdmin } from './admin-guard';

export async function getMembership(actor: Actor, membershipId: string) {
  const membership = await prisma.membership.findFirst({
    where: { AND: [{ id: membershipId }, tenantRowWhere(actor, 'member:remove')] },
    include: {
      user: { select: { name: true, email: true } },
      trust: { select: { id: true, name: true } },
      school: { select: { id: true, name: true } },
    },
  });
  if (!membership) throw notFound('That member');
  return membership;
}

export async function removeMember(actor: Actor, membershipId: string) {
  return prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { AND: [{ id: membershipId }, tenantRowWhere(actor, 'member:remove')] },
      include: { school: { select: { trustId: true } }, user: { select: { email: true } } },
    });
    if (!membership) throw notFound('That member');
    await assertKeepsAnAdmin(tx, membership, null);
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAuditEvent(tx, actor, {
      event: 'member.removed',
      ...auditScopeOf(membership),
      targetType: 'Membership',
      targetId: membership.id,
      before: { email: membership.user.email, role: membership.role },
    });
    return { trustId: membership.trustId, schoolId: membership.schoolId };
  });
}

import 'server-only';
import { auditScopeOf, recordAuditEvent } from '@/lib/audit/record-audit-event';
import { INVITATION_TTL_MS, generateInvitationToken } from '@/lib/auth/tokens';
import { prisma, type Tx } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { tenantRowWhere } from '@/lib/tenancy/scope';
import { deliverInvitation } from './invitation-link';

async function findManageableInvitation(tx: Tx, actor: Actor, invitationId: string) {
  const invitation = await tx.invitation.findFirst({
    where: { AND: [{ id: invitationId }, tenantRowWhere(actor, 'member:invite')] },
    include: { school: { select: { trustId: true } } },
  });
  if (!invitation) throw notFound('That invitation');
  if (invitation.acceptedAt) throw new AppError('CONFLICT', 'That invitation has already been accepted.');
  return invitation;
}

export async function revokeInvitation(actor: Actor, invitationId: string) {
  await prisma.$transaction(async (tx) => {
    const invitation = await findManageableInvitation(tx, actor, invitationId);
    if (invitation.revokedAt) return;
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, actor, {
      action: 'invitation.revoked',
      ...auditScopeOf(invitation),
      targetType: 'Invitation',
      targetId: invitation.id,
      before: { email: invitation.email, role: invitation.role },
    });
  });
}

// A re-sent invitation gets a new link and a new 7-day window; the old link stops working.
export async function resendInvitation(actor: Actor, invitationId: string) {
  const { token, email } = await prisma.$transaction(async (tx) => {
    const invitation = await findManageableInvitation(tx, actor, invitationId);
    const { token, tokenHash } = generateInvitationToken();
    await tx.invitation.update({
      where: { id: invitation.id },
      data: { tokenHash, revokedAt: null, expiresAt: new Date(Date.now() + INVITATION_TTL_MS), createdAt: new Date() },
    });
    await recordAuditEvent(tx, actor, {
      action: 'invitation.resent',
      ...auditScopeOf(invitation),
      targetType: 'Invitation',
      targetId: invitation.id,
      after: { email: invitation.email, role: invitation.role },
    });
    return { token, email: invitation.email };
  });
  return { email, link: deliverInvitation(email, token) };
}

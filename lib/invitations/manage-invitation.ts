import 'server-only';
import { auditScopeOf, recordAuditEvent } from '@/lib/audit/record-audit-event';
import { INVITATION_TTL_MS, generateLinkToken } from '@/lib/auth/tokens';
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
      event: 'invitation.revoked',
      ...auditScopeOf(invitation),
      targetType: 'Invitation',
      targetId: invitation.id,
      before: { email: invitation.email, role: invitation.role },
    });
  });
}

export const REVOKED_NOT_RESENT = 'That invitation was withdrawn, so it cannot be sent again. Invite the person afresh instead.';

// A re-sent invitation gets a new link and a new 7-day window; the old link stops working. A
// withdrawn one stays withdrawn: bringing it back could undo a later decision (a newer
// invitation with another role, or a removal).
export async function resendInvitation(actor: Actor, invitationId: string) {
  const { token, email, role, tenantName } = await prisma.$transaction(async (tx) => {
    const invitation = await findManageableInvitation(tx, actor, invitationId);
    if (invitation.revokedAt) throw new AppError('CONFLICT', REVOKED_NOT_RESENT);
    const member = await tx.membership.count({
      where: { user: { is: { email: invitation.email } }, ...(invitation.trustId ? { trustId: invitation.trustId } : { schoolId: invitation.schoolId }) },
    });
    if (member > 0) throw new AppError('CONFLICT', `${invitation.email} is already a member. Change their role in the list instead.`);
    const { token, tokenHash } = generateLinkToken();
    const renewed = await tx.invitation.updateMany({
      where: { id: invitation.id, revokedAt: null, acceptedAt: null },
      data: { tokenHash, expiresAt: new Date(Date.now() + INVITATION_TTL_MS), createdAt: new Date() },
    });
    if (renewed.count !== 1) throw new AppError('CONFLICT', REVOKED_NOT_RESENT);
    await recordAuditEvent(tx, actor, {
      event: 'invitation.resent',
      ...auditScopeOf(invitation),
      targetType: 'Invitation',
      targetId: invitation.id,
      after: { email: invitation.email, role: invitation.role },
    });
    const tenantName = (
      invitation.trustId
        ? await tx.trust.findUniqueOrThrow({ where: { id: invitation.trustId }, select: { name: true } })
        : await tx.school.findUniqueOrThrow({ where: { id: invitation.schoolId! }, select: { name: true } })
    ).name;
    return { token, email: invitation.email, role: invitation.role, tenantName };
  });
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  return { email, token, delivery: await deliverInvitation({ id: invitationId, email, role, tenantName, expiresAt }, token, actor) };
}

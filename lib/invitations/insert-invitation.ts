import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { INVITATION_TTL_MS, generateLinkToken } from '@/lib/auth/tokens';
import type { Role } from '@/lib/auth/roles';
import type { Tx } from '@/lib/db/prisma';
import type { Actor, TenantRef } from '@/lib/tenancy/actor';

export type IssuedInvitation = { invitationId: string; token: string; email: string; expiresAt: Date };

// Issues a fresh invitation inside the caller's transaction, after the caller has checked rights.
// Any earlier pending invitation of the same person to the same tenant stops working.
export async function insertInvitation(
  tx: Tx,
  actor: Actor,
  input: { email: string; name?: string; role: Role; tenant: TenantRef; auditTrustId: string | null },
): Promise<IssuedInvitation> {
  const tenantColumns = input.tenant.kind === 'trust' ? { trustId: input.tenant.id } : { schoolId: input.tenant.id };
  const now = new Date();
  const superseded = await tx.invitation.findMany({
    where: { ...tenantColumns, email: input.email, acceptedAt: null, revokedAt: null },
    select: { id: true, role: true },
  });
  if (superseded.length > 0) {
    await tx.invitation.updateMany({ where: { id: { in: superseded.map((i) => i.id) } }, data: { revokedAt: now } });
    for (const old of superseded) {
      await recordAuditEvent(tx, actor, {
        event: 'invitation.revoked',
        trustId: input.auditTrustId,
        schoolId: input.tenant.kind === 'school' ? input.tenant.id : null,
        targetType: 'Invitation',
        targetId: old.id,
        before: { email: input.email, role: old.role },
        after: { reason: 'superseded by a new invitation' },
      });
    }
  }
  const { token, tokenHash } = generateLinkToken();
  const invitation = await tx.invitation.create({
    data: {
      ...tenantColumns,
      email: input.email,
      name: input.name ?? null,
      role: input.role,
      tokenHash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      invitedById: actor.userId,
    },
  });
  await recordAuditEvent(tx, actor, {
    event: 'invitation.created',
    trustId: input.auditTrustId,
    schoolId: input.tenant.kind === 'school' ? input.tenant.id : null,
    targetType: 'Invitation',
    targetId: invitation.id,
    after: { email: input.email, role: input.role },
  });
  return { invitationId: invitation.id, token, email: input.email, expiresAt: invitation.expiresAt };
}

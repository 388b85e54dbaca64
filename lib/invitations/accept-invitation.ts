import 'server-only';
import { auditScopeOf, recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hashPassword } from '@/lib/auth/password';
import { hashLinkToken, invitationState, looksLikeLinkToken } from '@/lib/auth/tokens';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { prisma, type Tx } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { assertKeepsAnAdmin } from '@/lib/members/admin-guard';
import type { ProviderIdentity } from '@/lib/auth/provider-identity';
import type { Actor } from '@/lib/tenancy/actor';

export const INVITATION_UNUSABLE =
  'This invitation link is not valid any more. It may have expired, been used or been withdrawn. Ask whoever invited you to send a new one.';

// Public: what the invitation page may show to whoever holds the link, and nothing more. Whether
// the address already has an account is not part of it: the page looks the same either way.
export async function getInvitationForToken(token: string) {
  if (!looksLikeLinkToken(token)) return null;
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    include: { trust: { select: { name: true } }, school: { select: { name: true } } },
  });
  if (!invitation) return null;
  return {
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    roleLabel: ROLE_LABEL[invitation.role],
    tenantName: invitation.trust?.name ?? invitation.school?.name ?? 'Waypoint',
    state: invitationState(invitation),
  };
}

// Claims the invitation atomically: of two simultaneous uses only one can succeed. An invitation
// into an archived school or trust cannot be used.
async function claim(tx: Tx, token: string) {
  if (!looksLikeLinkToken(token)) throw new AppError('NOT_FOUND', INVITATION_UNUSABLE);
  return claimByHash(tx, hashLinkToken(token));
}

async function claimByHash(tx: Tx, tokenHash: string) {
  const now = new Date();
  const claimed = await tx.invitation.updateMany({
    where: {
      tokenHash,
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: now },
      OR: [{ trust: { is: { archivedAt: null } } }, { school: { is: { archivedAt: null } } }],
    },
    data: { acceptedAt: now },
  });
  if (claimed.count !== 1) throw new AppError('NOT_FOUND', INVITATION_UNUSABLE);
  return tx.invitation.findUniqueOrThrow({
    where: { tokenHash },
    include: { school: { select: { trustId: true } } },
  });
}

// An invitation to someone who already belongs changes their role, so the last-admin rule applies
// exactly as it does when an admin changes the role in the list. The acceptance is recorded in
// the same transaction, whichever way the person accepted.
async function grantMembership(tx: Tx, actor: Actor, invitation: Awaited<ReturnType<typeof claim>>, detail: Record<string, string> = {}) {
  const userId = actor.userId;
  const tenant = invitation.trustId ? { trustId: invitation.trustId } : { schoolId: invitation.schoolId! };
  const existing = await tx.membership.findFirst({ where: { userId, ...tenant } });
  if (existing && existing.role !== invitation.role) await assertKeepsAnAdmin(tx, existing, invitation.role);
  const membership = existing
    ? await tx.membership.update({ where: { id: existing.id }, data: { role: invitation.role } })
    : await tx.membership.create({ data: { userId, role: invitation.role, ...tenant } });
  const before = existing ? { role: existing.role } : null;
  await recordAuditEvent(tx, actor, {
    event: 'invitation.accepted',
    ...auditScopeOf(invitation),
    targetType: 'Membership',
    targetId: membership.id,
    before,
    after: { email: actor.email, role: membership.role, ...detail },
  });
  return { membership };
}

function landingPath(invitation: { trustId: string | null; schoolId: string | null }) {
  return invitation.trustId ? `/trusts/${invitation.trustId}` : `/schools/${invitation.schoolId}`;
}

export async function acceptInvitationAsNewUser(input: { token: string; name: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const invitation = await claim(tx, input.token);
    const taken = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    if (taken) {
      throw new AppError('CONFLICT', 'You already have a Waypoint account. Sign in first, then open the link again.');
    }
    const user = await tx.user.create({
      data: { email: invitation.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true },
    });
    const actor: Actor = { userId: user.id, email: user.email, name: user.name, isPlatformAdmin: false };
    await grantMembership(tx, actor, invitation);
    return { email: user.email, landingPath: landingPath(invitation) };
  });
}

export async function acceptInvitationAsExistingUser(actor: Actor, token: string) {
  return prisma.$transaction(async (tx) => {
    const invitation = await claim(tx, token);
    if (invitation.email !== actor.email.toLowerCase()) {
      throw new AppError('FORBIDDEN', `This invitation is for ${invitation.email}. Sign out and sign in as that person to accept it.`);
    }
    await grantMembership(tx, actor, invitation);
    return { landingPath: landingPath(invitation) };
  });
}

// Accepting with Microsoft or Google: the provider has vouched for the invitation's address
// (lib/auth/provider-sign-in.ts checked it), so the identity is linked to the account for that
// address, which is created without a password if it does not exist yet. Returns the user's id.
export async function acceptInvitationWithProvider(tokenHash: string, identity: ProviderIdentity): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const invitation = await claimByHash(tx, tokenHash);
    const user =
      (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, email: true, name: true } })) ??
      (await tx.user.create({ data: { email: invitation.email, name: invitation.name ?? invitation.email }, select: { id: true, email: true, name: true } }));
    const linked = await tx.providerAccount.findUnique({ where: { provider_subject: { provider: identity.provider, subject: identity.subject } } });
    if (!linked)
      await tx.providerAccount.create({
        data: { userId: user.id, provider: identity.provider, subject: identity.subject, email: identity.email ?? invitation.email },
      });
    else if (linked.userId !== user.id) throw new AppError('CONFLICT', 'That account is already linked to another Waypoint user.');
    const actor: Actor = { userId: user.id, email: user.email, name: user.name, isPlatformAdmin: false };
    await grantMembership(tx, actor, invitation, { provider: identity.provider });
    return user.id;
  });
}

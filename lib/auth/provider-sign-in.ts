import 'server-only';
import { recordSecurityEvent } from '@/lib/audit/record-security-event';
import { prisma } from '@/lib/db/prisma';
import { env } from '@/lib/env';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { isAppError } from '@/lib/errors';
import { sendProviderLinkedNotice } from './provider-accounts';
import { acceptInvitationWithProvider } from '@/lib/invitations/accept-invitation';
import type { StoredIntent } from './link-intent';
import { allowedAzureTenants, decideProviderSignIn, identityFromClaims, type ProviderIdentity, type ProviderPolicy } from './provider-identity';

export function providerPolicy(): ProviderPolicy {
  const e = env();
  return { googleHostedDomain: e.GOOGLE_HOSTED_DOMAIN, azureTenantIds: allowedAzureTenants(e.AZURE_AD_TENANT_ID, e.AZURE_AD_ALLOWED_TENANT_IDS) };
}

// Sign-in page error codes (app/(auth)/sign-in/page.tsx words them).
export type ProviderSignInError = 'ProviderRefused' | 'NotLinked' | 'LinkedElsewhere' | 'InvitationMismatch' | 'InvitationUnusable';

export type ProviderSignInResult = { ok: true; userId: string } | { ok: false; error: ProviderSignInError };

export async function findLinkedUserId(identity: Pick<ProviderIdentity, 'provider' | 'subject'>): Promise<string | null> {
  const link = await prisma.providerAccount.findUnique({
    where: { provider_subject: { provider: identity.provider, subject: identity.subject } },
    select: { userId: true },
  });
  return link?.userId ?? null;
}

// Runs during the provider's callback, before any session exists.
export async function providerSignIn(
  provider: string,
  claims: Record<string, unknown> | null | undefined,
  stored: StoredIntent | null,
  context: { address: string | null; userAgent: string | null },
  signedIn: { userId: string; sessionVersion: number } | null = null,
): Promise<ProviderSignInResult> {
  const read = identityFromClaims(provider, claims, providerPolicy());
  if (!read.ok) {
    await recordSecurityEvent('auth.provider_refused', { ...context, detail: { provider, reason: read.reason } });
    return { ok: false, error: 'ProviderRefused' };
  }
  const { identity } = read;
  const linkedUserId = await findLinkedUserId(identity);

  let invitation: { email: string; tokenHash: string } | null = null;
  if (stored?.kind === 'invitation') {
    const found = await prisma.invitation.findUnique({ where: { tokenHash: stored.tokenHash }, select: { email: true } });
    if (found) invitation = { email: found.email, tokenHash: stored.tokenHash };
  }
  if (stored?.kind === 'account') {
    // Honoured only in the very session that asked: the same person still signed in here, with the
    // session that made the intent still current (not signed out or replaced since).
    const sameSession = signedIn?.userId === stored.userId && signedIn.sessionVersion === stored.sessionVersion;
    const current = sameSession ? await prisma.user.count({ where: { id: stored.userId, sessionVersion: stored.sessionVersion } }) : 0;
    if (!current) stored = null;
  }
  const intent =
    stored?.kind === 'account'
      ? { kind: 'account' as const, userId: stored.userId }
      : invitation
        ? { kind: 'invitation' as const, invitationEmail: invitation.email }
        : null;
  const userIdForInvitationEmail = invitation
    ? ((await prisma.user.findUnique({ where: { email: invitation.email.toLowerCase() }, select: { id: true } }))?.id ?? null)
    : null;

  const decision = decideProviderSignIn({ identity, linkedUserId, intent, userIdForInvitationEmail });
  if (decision.outcome === 'refuse') {
    await recordSecurityEvent('auth.provider_refused', { ...context, email: identity.email, detail: { provider, reason: decision.reason } });
    const error: Record<typeof decision.reason, ProviderSignInError> = {
      'not-linked': 'NotLinked',
      'linked-to-someone-else': 'LinkedElsewhere',
      'email-mismatch': 'InvitationMismatch',
      'unverified-email': 'InvitationMismatch',
    };
    return { ok: false, error: error[decision.reason] };
  }

  let userId: string;
  if (decision.outcome === 'sign-in' && !invitation) {
    userId = decision.userId;
  } else if (invitation) {
    try {
      userId = await acceptInvitationWithProvider(invitation.tokenHash, identity);
    } catch (error) {
      // Expired, used or withdrawn meanwhile, or the identity belongs to someone else.
      if (isAppError(error)) return { ok: false, error: error.code === 'NOT_FOUND' ? 'InvitationUnusable' : 'LinkedElsewhere' };
      throw error;
    }
  } else {
    userId = decision.userId!;
    try {
      await prisma.providerAccount.create({ data: { userId, provider: identity.provider, subject: identity.subject, email: identity.email ?? '' } });
    } catch (error) {
      // The same identity linked a moment ago in another tab: fine if it is this person's.
      if (!isUniqueViolation(error) || (await findLinkedUserId(identity)) !== userId) return { ok: false, error: 'LinkedElsewhere' };
    }
    await recordSecurityEvent('auth.provider_linked', { ...context, userId, email: identity.email, detail: { provider } });
    await sendProviderLinkedNotice(userId, identity.provider);
  }
  await prisma.$transaction([
    prisma.providerAccount.updateMany({ where: { provider: identity.provider, subject: identity.subject }, data: { lastUsedAt: new Date() } }),
    prisma.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } }),
  ]);
  await recordSecurityEvent('auth.signed_in', { ...context, userId, detail: { provider } });
  return { ok: true, userId };
}

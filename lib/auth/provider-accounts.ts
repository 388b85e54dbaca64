import 'server-only';
import { createElement } from 'react';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { recordSecurityEvent } from '@/lib/audit/record-security-event';
import { formatLongDateTime } from '@/lib/dates/format';
import { env } from '@/lib/env';
import type { RequestContext } from '@/lib/http/request-context';
import { queueMail } from '@/lib/mail/queue-mail';
import { renderMail } from '@/lib/mail/render-mail';
import { ProviderLinkedMail } from '@/lib/mail/templates/password-mails';
import { verifyPassword } from './password';
import { clearAttempts, countAttempt } from './throttle';
import { failureMessage, pausedMessage } from './throttle-policy';
import { prisma } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';

export const PROVIDER_NAME: Record<string, string> = { 'azure-ad': 'Microsoft', google: 'Google' };

// The person's own linked Microsoft or Google accounts: nobody else's are ever listed.
export async function listProviderAccounts(actor: Actor) {
  return prisma.providerAccount.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, provider: true, email: true, createdAt: true, lastUsedAt: true },
  });
}

// Linking a new way in is as sensitive as changing the password: it asks for the current password
// (throttled like sign-in), so a copied session cookie cannot add a permanent back door.
export async function prepareAccountLink(actor: Actor, currentPassword: string, context: RequestContext): Promise<{ sessionVersion: number }> {
  const subject = { email: actor.email, address: context.address };
  const { counted, decision } = await countAttempt(subject);
  if (!decision.allowed) {
    const message = pausedMessage(decision.retryAfterMs);
    throw new AppError('RATE_LIMITED', message, { currentPassword: [message] });
  }
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true, sessionVersion: true } });
  if (!user.passwordHash) {
    throw new AppError('VALIDATION', 'You sign in with Microsoft or Google only', {
      currentPassword: ['You have no Waypoint password, so another account cannot be linked here. Ask your administrator.'],
    });
  }
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordSecurityEvent('auth.password_check_failed', { userId: actor.userId, email: actor.email, ...context });
    throw new AppError('VALIDATION', 'Check your password', { currentPassword: [failureMessage('Your password is not right.', counted)] });
  }
  await clearAttempts(subject);
  return { sessionVersion: user.sessionVersion };
}

// Told by mail whenever a new way into the account appears, so one the person did not add is noticed.
export async function sendProviderLinkedNotice(userId: string, provider: string): Promise<void> {
  try {
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const name = PROVIDER_NAME[provider] ?? provider;
    const { html, text } = await renderMail(
      createElement(ProviderLinkedMail, {
        providerName: name,
        when: formatLongDateTime(new Date()),
        accountLink: new URL('/account', env().NEXTAUTH_URL).toString(),
      }),
    );
    await queueMail({ to: user.email, subject: `A ${name} account was linked to your Waypoint account`, html, text, kind: 'provider-linked' });
  } catch (error) {
    console.error('[waypoint] Could not send the linked-account notice:', error instanceof Error ? error.message : error);
  }
}

export const LAST_SIGN_IN_METHOD = 'This is your only way to sign in, so it cannot be unlinked. Link another account first.';

export async function unlinkProviderAccount(actor: Actor, providerAccountId: string) {
  await prisma.$transaction(async (tx) => {
    // The user's row lock makes two unlinks at once take turns, so they cannot remove the last way in together.
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${actor.userId} FOR UPDATE`;
    const link = await tx.providerAccount.findFirst({ where: { id: providerAccountId, userId: actor.userId } });
    if (!link) throw notFound('That linked account');
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { passwordHash: true, _count: { select: { providerAccounts: true } } },
    });
    if (!user.passwordHash && user._count.providerAccounts <= 1) throw new AppError('CONFLICT', LAST_SIGN_IN_METHOD);
    await tx.providerAccount.delete({ where: { id: link.id } });
    await recordAuditEvent(tx, actor, {
      event: 'auth.provider_unlinked',
      targetType: 'ProviderAccount',
      targetId: link.id,
      before: { provider: link.provider, email: link.email },
    });
  });
}

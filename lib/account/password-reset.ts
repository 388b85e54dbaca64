import 'server-only';
import { createElement } from 'react';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { recordSecurityEvent } from '@/lib/audit/record-security-event';
import { hashPassword } from '@/lib/auth/password';
import { PROVIDER_NAME } from '@/lib/auth/provider-accounts';
import { clearAttempts, countInWindow } from '@/lib/auth/throttle';
import { generateLinkToken, hashLinkToken, looksLikeLinkToken } from '@/lib/auth/tokens';
import { formatLongDateTime } from '@/lib/dates/format';
import { prisma } from '@/lib/db/prisma';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { RequestContext } from '@/lib/http/request-context';
import { renderMail } from '@/lib/mail/render-mail';
import { queueMail } from '@/lib/mail/queue-mail';
import { PasswordChangedMail, PasswordResetMail, ProviderOnlyResetMail } from '@/lib/mail/templates/password-mails';

export const RESET_TTL_MS = 60 * 60 * 1000;
// At most this many reset mails per account, and requests per address, in an hour.
export const RESET_LIMITS = { account: 3, address: 20 } as const;
export const RESET_UNUSABLE = 'This reset link cannot be used. It may have expired (links last an hour) or been used already. Ask for a new one.';

const siteLink = (pathname: string) => new URL(pathname, env().NEXTAUTH_URL).toString();

// "Forgot your password?". The caller tells everyone the same thing whatever happens here, so
// nothing it does may be seen from outside: no error escapes and the reply does not wait for it.
export async function requestPasswordReset(email: string, context: RequestContext): Promise<void> {
  const address = email.trim().toLowerCase();
  if ((await countInWindow(`reset-account:${address}`, RESET_TTL_MS)) > RESET_LIMITS.account) return;
  if (context.address && (await countInWindow(`reset-address:${context.address}`, RESET_TTL_MS)) > RESET_LIMITS.address) return;
  const user = await prisma.user.findUnique({
    where: { email: address },
    select: { id: true, email: true, passwordHash: true, providerAccounts: { select: { provider: true } } },
  });
  if (!user) return;
  await recordSecurityEvent('auth.password_reset_requested', { userId: user.id, email: user.email, ...context });

  if (!user.passwordHash && user.providerAccounts.length > 0) {
    const providers = [...new Set(user.providerAccounts.map((p) => PROVIDER_NAME[p.provider] ?? p.provider))].join(' or ');
    const { html, text } = await renderMail(createElement(ProviderOnlyResetMail, { providers, signInLink: siteLink('/sign-in') }));
    await queueMail({ to: user.email, subject: 'You sign in to Waypoint with your organisation’s account', html, text, kind: 'password-reset' });
    return;
  }
  const { token, tokenHash } = generateLinkToken();
  const expiresAt = new Date(Date.now() + RESET_TTL_MS);
  await prisma.$transaction([
    // Only the newest link works.
    prisma.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: new Date() } }),
    prisma.passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt } }),
  ]);
  const { html, text } = await renderMail(
    createElement(PasswordResetMail, { link: siteLink(`/reset-password/${token}`), expires: formatLongDateTime(expiresAt) }),
  );
  await queueMail({ to: user.email, subject: 'Reset your Waypoint password', html, text, kind: 'password-reset' });
}

export async function isUsableResetToken(token: string): Promise<boolean> {
  if (!looksLikeLinkToken(token)) return false;
  const reset = await prisma.passwordReset.findUnique({ where: { tokenHash: hashLinkToken(token) }, select: { usedAt: true, expiresAt: true } });
  return Boolean(reset && !reset.usedAt && reset.expiresAt > new Date());
}

// Sets the new password from a reset link: once, within the hour. Every session of the person
// ends (sessionVersion), their sign-in pauses are lifted, and they are told by mail.
export async function resetPassword(input: { token: string; password: string }, context: RequestContext): Promise<{ email: string }> {
  if (!looksLikeLinkToken(input.token)) throw new AppError('NOT_FOUND', RESET_UNUSABLE);
  const passwordHash = await hashPassword(input.password);
  const user = await prisma.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.passwordReset.updateMany({
      where: { tokenHash: hashLinkToken(input.token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new AppError('NOT_FOUND', RESET_UNUSABLE);
    const { userId } = await tx.passwordReset.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(input.token) }, select: { userId: true } });
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true, name: true, isPlatformAdmin: true },
    });
    await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await recordAuditEvent(
      tx,
      { userId: updated.id, email: updated.email, name: updated.name, isPlatformAdmin: updated.isPlatformAdmin },
      {
        event: 'user.password_reset',
        targetType: 'User',
        targetId: updated.id,
        after: { address: context.address },
      },
    );
    return updated;
  });
  await clearAttempts({ email: user.email, address: context.address });
  await sendPasswordChangedNotice(user.email);
  return { email: user.email };
}

// Sent after any password change, so a change the person did not make does not go unnoticed.
export async function sendPasswordChangedNotice(email: string): Promise<void> {
  try {
    const { html, text } = await renderMail(
      createElement(PasswordChangedMail, { when: formatLongDateTime(new Date()), resetLink: siteLink('/forgot-password') }),
    );
    await queueMail({ to: email, subject: 'Your Waypoint password was changed', html, text, kind: 'password-changed' });
  } catch (error) {
    console.error('[waypoint] Could not send the password-changed notice:', error instanceof Error ? error.message : error);
  }
}

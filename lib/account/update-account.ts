import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { recordSecurityEvent } from '@/lib/audit/record-security-event';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { clearAttempts, countAttempt } from '@/lib/auth/throttle';
import { failureMessage, pausedMessage } from '@/lib/auth/throttle-policy';
import type { RequestContext } from '@/lib/http/request-context';
import { prisma } from '@/lib/db/prisma';
import { sendPasswordChangedNotice } from './password-reset';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';

export async function updateProfile(actor: Actor, input: { name: string }) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    await tx.user.update({ where: { id: actor.userId }, data: { name: input.name } });
    await recordAuditEvent(tx, actor, {
      event: 'user.profile_updated',
      targetType: 'User',
      targetId: actor.userId,
      before,
      after: { name: input.name },
    });
  });
}

// Bumping sessionVersion signs the person out everywhere, including any stolen session. The
// current-password check shares the sign-in throttle, so a stolen session cannot guess it.
export async function changePassword(
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  context: RequestContext = { address: null, userAgent: null },
) {
  const subject = { email: actor.email, address: context.address };
  const { counted, decision } = await countAttempt(subject);
  if (!decision.allowed) {
    const message = pausedMessage(decision.retryAfterMs);
    throw new AppError('RATE_LIMITED', message, { currentPassword: [message] });
  }
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { passwordHash: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordSecurityEvent('auth.password_check_failed', { userId: actor.userId, email: actor.email, ...context });
    throw new AppError('VALIDATION', 'Check your current password', {
      currentPassword: [failureMessage('Your current password is not right.', counted)],
    });
  }
  await clearAttempts(subject);
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await recordAuditEvent(tx, actor, { event: 'user.password_changed', targetType: 'User', targetId: actor.userId });
  });
  await sendPasswordChangedNotice(actor.email);
}

import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';

export async function updateProfile(actor: Actor, input: { name: string }) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    await tx.user.update({ where: { id: actor.userId }, data: { name: input.name } });
    await recordAuditEvent(tx, actor, {
      action: 'user.profile_updated',
      targetType: 'User',
      targetId: actor.userId,
      before,
      after: { name: input.name },
    });
  });
}

// Bumping sessionVersion signs the person out everywhere, including any stolen session.
export async function changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { passwordHash: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION', 'Check your current password', {
      currentPassword: ['Your current password is not right'],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await recordAuditEvent(tx, actor, { action: 'user.password_changed', targetType: 'User', targetId: actor.userId });
  });
}

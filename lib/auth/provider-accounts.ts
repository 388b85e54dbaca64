import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
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

export const LAST_SIGN_IN_METHOD = 'This is your only way to sign in, so it cannot be unlinked. Link another account first.';

export async function unlinkProviderAccount(actor: Actor, providerAccountId: string) {
  await prisma.$transaction(async (tx) => {
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

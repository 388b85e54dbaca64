import { prisma } from '@/lib/db/prisma';

// Files that queue mail without a mail worker of their own drop it when they finish: test files
// share one database, and a later file's worker would otherwise send it to that file's SMTP peer.
export async function discardQueuedMail(): Promise<void> {
  await prisma.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'mail-send' AND state IN ('created', 'retry')`);
}

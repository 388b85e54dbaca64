import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { expiredBefore } from './preview-lifetime';

/** Deletes unconfirmed previews past their time (lib/imports/preview-lifetime.ts); confirmed imports stay as the record. */
export async function removeExpiredPreviews(now: Date = new Date()): Promise<{ gias: number; registers: number }> {
  const before = expiredBefore(now);
  const [gias, registers] = await Promise.all([
    prisma.giasImport.deleteMany({ where: { status: 'PREVIEW', createdAt: { lt: before } } }),
    prisma.registerImport.deleteMany({ where: { confirmedAt: null, createdAt: { lt: before } } }),
  ]);
  return { gias: gias.count, registers: registers.count };
}

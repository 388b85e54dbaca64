import 'server-only';
import type { AnswerValue } from '@/lib/assessment/answer-options';
import type { Tx } from '@/lib/db/prisma';
import { prisma } from '@/lib/db/prisma';
import type { CentralServiceRule, TrustAnswer } from './effective-answers';

export type CentralContext = { trustId: string; services: CentralServiceRule[]; answers: Map<string, TrustAnswer> };

// What a school's trust provides and has answered: at most three queries, whatever the trust's size. Called
// only after the school itself was found within the actor's reach, so it needs no check of its own.
export async function loadCentralAnswers(trustId: string | null, db: Tx | typeof prisma = prisma): Promise<CentralContext | null> {
  if (!trustId) return null;
  // Most trusts provide nothing centrally: one query then, and the answers only when needed.
  const services = await db.centralService.findMany({ where: { trustId }, select: { covers: true, schoolIds: true } });
  if (services.length === 0) return null;
  const answers = await db.centralAnswer.findMany({
    where: { trustId },
    select: {
      requirementCode: true,
      value: true,
      notApplicableReason: true,
      evidenceNote: true,
      evidenceLinks: true,
      updatedAt: true,
      updatedById: true,
      updatedBy: { select: { name: true } },
    },
  });
  return {
    trustId,
    services,
    answers: new Map(
      answers.map((a) => [
        a.requirementCode,
        {
          value: a.value as AnswerValue,
          notApplicableReason: a.notApplicableReason,
          evidenceNote: a.evidenceNote,
          evidenceLinks: a.evidenceLinks,
          updatedById: a.updatedById,
          updatedByName: a.updatedBy?.name ?? null,
          updatedAt: a.updatedAt,
        },
      ]),
    ),
  };
}

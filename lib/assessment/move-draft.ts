import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { carryAnswerHashes } from './carry-answers';
import { lockEditableAssessment } from './find-assessment';

// Moves a draft cycle onto a newer catalogue version, carrying its answers over by the same rule
// as a new cycle: unchanged questions stay answered, changed ones are flagged for review, answers
// to retired requirements leave the draft (their values are kept in the audit entry).
export async function moveDraftToCatalogue(actor: Actor, input: { assessmentId: string; catalogueVersionId: string }) {
  return prisma.$transaction(async (tx) => {
    // Locks the draft, so no answer is saved against the old version half-way through the move.
    const assessment = await lockEditableAssessment(tx, actor, input.assessmentId, 'assessment:submit');
    if (assessment.catalogueVersionId === input.catalogueVersionId) return { moved: false, schoolId: assessment.schoolId, kept: 0, flagged: 0, removed: 0 };
    const [from, to] = await Promise.all([
      tx.catalogueVersion.findUniqueOrThrow({ where: { id: assessment.catalogueVersionId } }),
      tx.catalogueVersion.findUnique({ where: { id: input.catalogueVersionId } }),
    ]);
    if (!to) throw notFound('That catalogue version');
    if (to.publishedOn <= from.publishedOn) throw new AppError('CONFLICT', 'A draft can only move to a newer catalogue. Nothing was changed.');

    const answers = await tx.answer.findMany({
      where: { assessmentId: assessment.id },
      select: { requirementCode: true, requirementHash: true, value: true, notApplicableReason: true, evidenceNote: true, evidenceLinks: true },
    });
    const hashes = await carryAnswerHashes(from.id, to.id, answers);
    const removed = answers.filter((answer) => !hashes.has(answer.requirementCode));
    const rehashed = answers.filter(
      (answer) => hashes.has(answer.requirementCode) && hashes.get(answer.requirementCode)!.requirementHash !== answer.requirementHash,
    );
    const flagged = [...hashes.values()].filter((carried) => carried.needsReview).length;

    if (removed.length > 0) {
      await tx.answer.deleteMany({ where: { assessmentId: assessment.id, requirementCode: { in: removed.map((answer) => answer.requirementCode) } } });
    }
    if (rehashed.length > 0) {
      // One statement for all of them; the answer itself and its version stay as they were, so
      // a form open elsewhere can still save.
      await tx.$executeRaw`
        UPDATE "Answer" AS a SET "requirementHash" = v.hash
        FROM unnest(${rehashed.map((answer) => answer.requirementCode)}::text[], ${rehashed.map((answer) => hashes.get(answer.requirementCode)!.requirementHash)}::text[]) AS v(code, hash)
        WHERE a."assessmentId" = ${assessment.id} AND a."requirementCode" = v.code`;
    }
    await tx.assessment.update({ where: { id: assessment.id }, data: { catalogueVersionId: to.id } });
    await recordAuditEvent(tx, actor, {
      event: 'assessment.catalogue-moved',
      trustId: assessment.school.trustId,
      schoolId: assessment.schoolId,
      targetType: 'Assessment',
      targetId: assessment.id,
      before: {
        catalogue: from.version,
        ...(removed.length > 0
          ? { retiredAnswers: Object.fromEntries(removed.map(({ requirementCode, requirementHash: _, ...rest }) => [requirementCode, rest])) }
          : {}),
      } as Prisma.InputJsonObject,
      after: { catalogue: to.version, kept: answers.length - removed.length, flaggedForReview: flagged, removed: removed.length },
    });
    return { moved: true, schoolId: assessment.schoolId, kept: answers.length - removed.length, flagged, removed: removed.length };
  });
}

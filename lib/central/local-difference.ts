import 'server-only';
import { lockEditableAssessment } from '@/lib/assessment/find-assessment';
import type { AnswerEntry } from '@/lib/assessment/schemas';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';

export const LOCAL_CONFLICT_MESSAGE =
  'Someone else changed this answer after you opened the page, so nothing was saved. Reload the page to see it, then try again.';

// "This is different here": the school's own answer to a requirement its trust answers, with why.
// It stands, whatever the trust answers later, until the school goes back to the trust's answer.
export async function recordLocalDifference(
  actor: Actor,
  input: { assessmentId: string; entry: AnswerEntry & { value: NonNullable<AnswerEntry['value']> }; localReason: string },
) {
  try {
    return await prisma.$transaction(async (tx) => {
      const assessment = await lockEditableAssessment(tx, actor, input.assessmentId, 'assessment:edit');
      const requirement = await tx.requirement.findFirst({
        where: { catalogueVersionId: assessment.catalogueVersionId, code: input.entry.code },
        select: { contentHash: true },
      });
      if (!requirement) throw notFound('That requirement');
      const current = await tx.answer.findUnique({
        where: { assessmentId_requirementCode: { assessmentId: assessment.id, requirementCode: input.entry.code } },
      });
      if ((current?.version ?? 0) !== input.entry.version) throw new AppError('CONFLICT', LOCAL_CONFLICT_MESSAGE);
      const data = {
        value: input.entry.value,
        notApplicableReason: input.entry.value === 'NOT_APPLICABLE' ? input.entry.reason : null,
        evidenceNote: input.entry.note || null,
        evidenceLinks: input.entry.links,
        requirementHash: requirement.contentHash,
        localReason: input.localReason,
        updatedById: actor.userId,
        fromTrust: false,
      };
      if (current) await tx.answer.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } } });
      else await tx.answer.create({ data: { ...data, assessmentId: assessment.id, requirementCode: input.entry.code } });
      await recordAuditEvent(tx, actor, {
        event: 'assessment.local_difference_recorded',
        trustId: assessment.school.trustId,
        schoolId: assessment.schoolId,
        targetType: 'Assessment',
        targetId: assessment.id,
        before: current ? { code: input.entry.code, value: current.value, localReason: current.localReason } : null,
        after: { code: input.entry.code, value: data.value, localReason: data.localReason },
      });
      return { schoolId: assessment.schoolId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', LOCAL_CONFLICT_MESSAGE);
    throw error;
  }
}

// Back to the trust's answer: the school's own answer is kept, but no longer counts.
export async function clearLocalDifference(actor: Actor, input: { assessmentId: string; code: string }) {
  return prisma.$transaction(async (tx) => {
    const assessment = await lockEditableAssessment(tx, actor, input.assessmentId, 'assessment:edit');
    const current = await tx.answer.findUnique({ where: { assessmentId_requirementCode: { assessmentId: assessment.id, requirementCode: input.code } } });
    if (!current?.localReason) return { schoolId: assessment.schoolId };
    await tx.answer.update({ where: { id: current.id }, data: { localReason: null, version: { increment: 1 }, updatedById: actor.userId } });
    await recordAuditEvent(tx, actor, {
      event: 'assessment.local_difference_cleared',
      trustId: assessment.school.trustId,
      schoolId: assessment.schoolId,
      targetType: 'Assessment',
      targetId: assessment.id,
      before: { code: input.code, value: current.value, localReason: current.localReason },
      after: { code: input.code },
    });
    return { schoolId: assessment.schoolId };
  });
}

import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import type { AnswerValue } from './answer-options';
import { evaluate, summarise } from './evaluate';
import { lockEditableAssessment, readableAssessmentWhere } from './find-assessment';
import { missingAnswers } from './missing-answers';
import { getCatalogue } from './get-catalogue';
import { coveredCodes, effectiveAnswers, effectiveValues } from '@/lib/central/effective-answers';
import { freezeTrustAnswers } from '@/lib/central/freeze-trust-answers';
import { loadCentralAnswers } from '@/lib/central/load-central-answers';
import { freezeEvidence } from '@/lib/evidence/freeze-evidence';

// Freezes the cycle: answers become read-only and its scores are kept as they were today. Every
// requirement must be answered first (lib/assessment/missing-answers.ts).
export async function completeAssessment(actor: Actor, assessmentId: string) {
  // The catalogue is read before the transaction (it is cached); whether the cycle may still be
  // completed is decided under the row lock below.
  const target = await prisma.assessment.findFirst({
    where: { AND: [{ id: assessmentId }, readableAssessmentWhere(actor)] },
    select: { catalogueVersionId: true },
  });
  if (!target) throw notFound('That assessment');
  const catalogue = await getCatalogue(target.catalogueVersionId);

  return prisma.$transaction(async (tx) => {
    // Locked and re-checked inside the transaction: another leader may have completed it a moment
    // ago, or a save may be under way (it finishes first, and its answers are scored).
    const assessment = await lockEditableAssessment(tx, actor, assessmentId, 'assessment:submit');
    const stored = await tx.answer.findMany({ where: { assessmentId }, select: { id: true, requirementCode: true, value: true, localReason: true } });
    const central = await loadCentralAnswers(assessment.school.trustId, tx);
    const own = new Map(stored.map((a) => [a.requirementCode, { value: a.value as AnswerValue, localReason: a.localReason }]));
    const effective = central
      ? effectiveAnswers(catalogue, own, central.answers, coveredCodes(catalogue, central.services, assessment.schoolId))
      : new Map([...own].map(([code, a]) => [code, { value: a.value, origin: 'SCHOOL' as const }]));
    const answers = effectiveValues(effective);
    // Governors, the strategy and the trust see only completed cycles: a half-answered one would
    // show them gaps that are really blanks.
    const missing = missingAnswers(catalogue, answers);
    if (missing.length > 0) {
      throw new AppError(
        'VALIDATION',
        `${missing.length} ${missing.length === 1 ? 'requirement is' : 'requirements are'} still unanswered. Answer ${missing.length === 1 ? 'it' : 'them'} (or mark ${missing.length === 1 ? 'it' : 'them'} not applicable, with a reason), then complete the cycle.`,
      );
    }
    const summary = summarise(evaluate(catalogue, answers));
    if (central) await freezeTrustAnswers(tx, assessment.id, catalogue, effective, central.answers, new Map(stored.map((a) => [a.requirementCode, a.id])));
    await freezeEvidence(tx, assessment.id, assessment.schoolId);
    const completed = await tx.assessment.update({
      where: { id: assessment.id, status: 'DRAFT' },
      data: { status: 'COMPLETED', openForSchoolId: null, completedAt: new Date(), completedById: actor.userId, summary },
    });
    await recordAuditEvent(tx, actor, {
      event: 'assessment.completed',
      trustId: assessment.school.trustId,
      schoolId: assessment.schoolId,
      targetType: 'Assessment',
      targetId: assessment.id,
      after: { cycle: assessment.cycleLabel, overallScore: summary.overall.score, maturity: summary.overall.maturity },
    });
    return completed;
  });
}

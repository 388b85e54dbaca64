import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { coveredCodes, effectiveAnswers, effectiveValues, storedOrigin, type EffectiveAnswer, type OwnAnswer } from '@/lib/central/effective-answers';
import { loadCentralAnswers } from '@/lib/central/load-central-answers';
import type { AnswerValue } from './answer-options';
import { evaluate, type AssessmentSummary } from './evaluate';
import { readableAssessmentWhere } from './find-assessment';
import { getCatalogue } from './get-catalogue';

// Every cycle of a school the actor may see (governors: completed ones only), newest first.
export async function listAssessments(actor: Actor, schoolId: string) {
  const rows = await prisma.assessment.findMany({
    where: { AND: [{ schoolId }, readableAssessmentWhere(actor)] },
    orderBy: { startedAt: 'desc' },
    select: {
      id: true,
      status: true,
      cycleLabel: true,
      startedAt: true,
      completedAt: true,
      summary: true,
      catalogueVersionId: true,
      catalogueVersion: { select: { version: true } },
    },
  });
  const cycles = rows.map((row) => ({ ...row, summary: row.summary as AssessmentSummary | null }));
  return {
    cycles,
    open: cycles.find((c) => c.status === 'DRAFT') ?? null,
    completed: cycles.filter((c) => c.status === 'COMPLETED'),
  };
}

export type AssessmentCycle = Awaited<ReturnType<typeof listAssessments>>['cycles'][number];

// One cycle with its answers, catalogue and live scores: two queries whatever its size (the
// catalogue is read once per process), two more for a draft of a school whose trust answers
// some requirements centrally. `answers` are the school's own rows; `effective` says which answer
// counts for each requirement and where it comes from, and `values` and the scores follow it.
export async function getAssessment(actor: Actor, schoolId: string, assessmentId: string) {
  const assessment = await prisma.assessment.findFirst({
    where: { AND: [{ id: assessmentId, schoolId }, readableAssessmentWhere(actor)] },
    include: {
      answers: true,
      catalogueVersion: { select: { version: true, title: true, publishedOn: true } },
      school: { select: { trustId: true, trust: { select: { name: true } } } },
    },
  });
  if (!assessment) throw notFound('That assessment');
  const catalogue = await getCatalogue(assessment.catalogueVersionId);
  const answers = new Map(assessment.answers.map((answer) => [answer.requirementCode, answer]));
  let effective: Map<string, EffectiveAnswer>;
  // A completed cycle is the record as it was: live central answers apply to drafts only.
  const central = assessment.status === 'DRAFT' ? await loadCentralAnswers(assessment.school.trustId) : null;
  if (central) {
    const own = new Map<string, OwnAnswer>(assessment.answers.map((a) => [a.requirementCode, { value: a.value as AnswerValue, localReason: a.localReason }]));
    effective = effectiveAnswers(catalogue, own, central.answers, coveredCodes(catalogue, central.services, schoolId));
  } else {
    effective = new Map(assessment.answers.map((a) => [a.requirementCode, { value: a.value as AnswerValue, origin: storedOrigin(a) }]));
  }
  const values = effectiveValues(effective);
  const evaluation = evaluate(catalogue, values);
  return { assessment, catalogue, answers, effective, values, central, trustName: assessment.school.trust?.name ?? null, evaluation };
}

export type AssessmentDetail = Awaited<ReturnType<typeof getAssessment>>;
export type StoredAnswer = AssessmentDetail['assessment']['answers'][number];

// The cycle this one started from, for "since last cycle" comparisons.
export async function getPreviousCycle(actor: Actor, assessment: { previousId: string | null }) {
  if (!assessment.previousId) return null;
  const previous = await prisma.assessment.findFirst({
    where: { AND: [{ id: assessment.previousId }, readableAssessmentWhere(actor)] },
    select: { catalogueVersionId: true, summary: true, cycleLabel: true },
  });
  return previous ? { ...previous, summary: previous.summary as AssessmentSummary | null } : null;
}

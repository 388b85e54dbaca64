import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
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
// catalogue is read once per process).
export async function getAssessment(actor: Actor, schoolId: string, assessmentId: string) {
  const assessment = await prisma.assessment.findFirst({
    where: { AND: [{ id: assessmentId, schoolId }, readableAssessmentWhere(actor)] },
    include: { answers: true, catalogueVersion: { select: { version: true, title: true, publishedOn: true } } },
  });
  if (!assessment) throw notFound('That assessment');
  const catalogue = await getCatalogue(assessment.catalogueVersionId);
  const answers = new Map(assessment.answers.map((answer) => [answer.requirementCode, answer]));
  const evaluation = evaluate(catalogue, new Map(assessment.answers.map((a) => [a.requirementCode, a.value as AnswerValue])));
  return { assessment, catalogue, answers, evaluation };
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

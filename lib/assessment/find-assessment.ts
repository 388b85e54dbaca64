import 'server-only';
import type { Tx } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';

// Drafts are for the school's working group; completed cycles are also for governors.
export function readableAssessmentWhere(actor: Actor): Prisma.AssessmentWhereInput {
  return {
    OR: [{ school: { is: schoolWhere(actor, 'assessment:read') } }, { status: 'COMPLETED', school: { is: schoolWhere(actor, 'assessment:read-completed') } }],
  };
}

export function editableAssessmentWhere(actor: Actor, action: 'assessment:edit' | 'assessment:submit'): Prisma.AssessmentWhereInput {
  return { status: 'DRAFT', school: { is: { AND: [schoolWhere(actor, action), { archivedAt: null }] } } };
}

export const CYCLE_COMPLETED_MESSAGE =
  'This self-assessment has been completed, so it can no longer be changed and nothing was saved. Completed cycles are the school’s record; start the next cycle to update answers.';

// Writes into a cycle take its row lock first, so a save and a completion of the same cycle run one
// after the other: a save never lands in a cycle completed while it ran, and two completions
// cannot both succeed. Returns the cycle only if it is still a draft the actor may change.
export async function lockEditableAssessment(tx: Tx, actor: Actor, assessmentId: string, action: 'assessment:edit' | 'assessment:submit') {
  await tx.$queryRaw`SELECT "id" FROM "Assessment" WHERE "id" = ${assessmentId} FOR UPDATE`;
  const assessment = await tx.assessment.findFirst({
    where: { AND: [{ id: assessmentId }, editableAssessmentWhere(actor, action)] },
    select: { id: true, schoolId: true, catalogueVersionId: true, cycleLabel: true, school: { select: { trustId: true } } },
  });
  if (assessment) return assessment;
  const completed = await tx.assessment.count({ where: { AND: [{ id: assessmentId, status: 'COMPLETED' }, readableAssessmentWhere(actor)] } });
  throw completed > 0 ? new AppError('CONFLICT', CYCLE_COMPLETED_MESSAGE) : notFound('That assessment');
}

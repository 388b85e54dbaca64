import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma, type Tx } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import { schoolWhere } from '@/lib/tenancy/scope';
import type { GoalFields } from './schemas';
import { MAX_GOALS, SUGGESTED_GOALS } from './suggested-goals';

export const GOAL_CONFLICT = 'Someone else changed this goal after you opened it, so nothing was saved. Reload the page to see their changes.';
const TOO_MANY = `A strategy names at most ${MAX_GOALS} learning goals, so that each one gets real attention. Remove or merge one first.`;

// Goals are part of the strategy: its editors (school leaders) keep them; whoever reads the
// school's plan reads them.
const editable = (tx: Tx, actor: Actor, schoolId: string) => resolveTenant(tx, actor, { kind: 'school', id: schoolId }, 'strategy:edit');

export async function listGoals(actor: Actor, schoolId: string) {
  return prisma.learningGoal.findMany({
    where: { schoolId, school: { is: schoolWhere(actor, 'school:read') } },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, title: true, success: true, measure: true, position: true, version: true },
  });
}

async function lockGoals(tx: Tx, schoolId: string) {
  await tx.$queryRaw`SELECT "id" FROM "School" WHERE "id" = ${schoolId} FOR UPDATE`;
  return tx.learningGoal.findMany({ where: { schoolId }, select: { title: true, position: true } });
}

export async function createGoals(actor: Actor, schoolId: string, drafts: readonly GoalFields[]) {
  return prisma.$transaction(async (tx) => {
    const school = await editable(tx, actor, schoolId);
    const existing = await lockGoals(tx, school.id);
    // Starting from suggestions twice adds nothing twice.
    const titles = new Set(existing.map((g) => g.title.toLowerCase()));
    const adding = drafts.filter((d) => !titles.has(d.title.toLowerCase()));
    if (existing.length + adding.length > MAX_GOALS) throw new AppError('CONFLICT', TOO_MANY);
    let position = Math.max(0, ...existing.map((g) => g.position));
    const created = [];
    for (const draft of adding) {
      const goal = await tx.learningGoal.create({ data: { schoolId: school.id, ...draft, position: ++position } });
      await recordAuditEvent(tx, actor, {
        event: 'goal.created',
        trustId: school.trustId,
        schoolId: school.id,
        targetType: 'LearningGoal',
        targetId: goal.id,
        after: draft,
      });
      created.push(goal);
    }
    return created;
  });
}

export function suggestedDrafts(indexes: readonly number[]): GoalFields[] {
  return indexes.flatMap((i) => (SUGGESTED_GOALS[i] ? [SUGGESTED_GOALS[i]] : []));
}

async function findGoal(tx: Tx, actor: Actor, schoolId: string, goalId: string) {
  const goal = await tx.learningGoal.findFirst({ where: { id: goalId, schoolId, school: { is: schoolWhere(actor, 'strategy:edit') } } });
  if (!goal) throw notFound('That goal');
  return goal;
}

export async function updateGoal(actor: Actor, schoolId: string, goalId: string, version: number, fields: GoalFields) {
  await prisma.$transaction(async (tx) => {
    const before = await findGoal(tx, actor, schoolId, goalId);
    const school = await editable(tx, actor, schoolId);
    const done = await tx.learningGoal.updateMany({ where: { id: before.id, version }, data: { ...fields, version: { increment: 1 } } });
    if (done.count !== 1) throw new AppError('CONFLICT', GOAL_CONFLICT);
    await recordAuditEvent(tx, actor, {
      event: 'goal.updated',
      trustId: school.trustId,
      schoolId: school.id,
      targetType: 'LearningGoal',
      targetId: before.id,
      before: { title: before.title, success: before.success, measure: before.measure },
      after: fields,
    });
  });
}

/**
 * Deletes a goal; actions and purchases that served it no longer name it. That changes the plan,
 * so it needs the right to edit the plan too: a contributing adviser drafts goals, never this.
 */
export async function deleteGoal(actor: Actor, schoolId: string, goalId: string, version: number) {
  await prisma.$transaction(async (tx) => {
    const before = await findGoal(tx, actor, schoolId, goalId);
    const school = await editable(tx, actor, schoolId);
    await resolveTenant(tx, actor, { kind: 'school', id: school.id }, 'plan:edit');
    const done = await tx.learningGoal.deleteMany({ where: { id: before.id, version } });
    if (done.count !== 1) throw new AppError('CONFLICT', GOAL_CONFLICT);
    await tx.$executeRaw`UPDATE "PlanItem" SET "goalIds" = array_remove("goalIds", ${before.id}) WHERE "schoolId" = ${school.id} AND ${before.id} = ANY("goalIds")`;
    await tx.$executeRaw`UPDATE "Contract" SET "goalIds" = array_remove("goalIds", ${before.id}) WHERE "schoolId" = ${school.id} AND ${before.id} = ANY("goalIds")`;
    await tx.$executeRaw`UPDATE "KitItem" SET "goalIds" = array_remove("goalIds", ${before.id}) WHERE "schoolId" = ${school.id} AND ${before.id} = ANY("goalIds")`;
    await recordAuditEvent(tx, actor, {
      event: 'goal.deleted',
      trustId: school.trustId,
      schoolId: school.id,
      targetType: 'LearningGoal',
      targetId: before.id,
      before: { title: before.title, success: before.success, measure: before.measure },
    });
  });
}

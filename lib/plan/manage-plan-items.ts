import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { formatIsoDate } from '@/lib/dates/format';
import { prisma, type Tx } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import { schoolWhere } from '@/lib/tenancy/scope';
import { resolveOwner } from './owner-options';
import type { PlanItemFields } from './schemas';

const auditable = (fields: PlanItemFields) => ({
  ...fields,
  dueDate: fields.dueDate ? formatIsoDate(fields.dueDate) : null,
});

// Every action that is not dropped goes into the strategy's PDF, whose rendering time grows with
// them; a cap keeps one school from slowing the service everyone shares.
export const MAX_PLAN_ITEMS_PER_SCHOOL = 300;
export const PLAN_ITEM_LIMIT_MESSAGE = `The action plan already has ${MAX_PLAN_ITEMS_PER_SCHOOL} actions that are not dropped, which is the most Waypoint allows. Drop actions that no longer matter before adding more.`;

// Counted under the school's row lock, so two additions at once cannot both pass the cap.
export async function assertRoomForPlanItem(tx: Tx, schoolId: string) {
  await tx.$queryRaw`SELECT "id" FROM "School" WHERE "id" = ${schoolId} FOR UPDATE`;
  const count = await tx.planItem.count({ where: { schoolId, status: { not: 'DROPPED' } } });
  if (count >= MAX_PLAN_ITEMS_PER_SCHOOL) throw new AppError('CONFLICT', PLAN_ITEM_LIMIT_MESSAGE);
}

export async function listPlanItems(actor: Actor, schoolId: string) {
  return prisma.planItem.findMany({
    where: { schoolId, school: { is: schoolWhere(actor, 'assessment:read') } },
    orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
  });
}

// For editing by default; the calendar file asks only to read the plan.
export async function getPlanItem(actor: Actor, itemId: string, capability: 'plan:edit' | 'assessment:read' = 'plan:edit') {
  // An undefined id in a Prisma filter means "any row": refuse anything that is not an id first.
  if (typeof itemId !== 'string' || itemId.length === 0) throw notFound('That action');
  const action = await prisma.planItem.findFirst({ where: { id: itemId, school: { is: schoolWhere(actor, capability) } } });
  if (!action) throw notFound('That action');
  return action;
}

export async function createPlanItem(actor: Actor, schoolId: string, input: PlanItemFields) {
  return prisma.$transaction(async (tx) => {
    const school = await resolveTenant(tx, actor, { kind: 'school', id: schoolId }, 'plan:edit');
    const fields = await resolveOwner(tx, school, input);
    if (fields.status !== 'DROPPED') await assertRoomForPlanItem(tx, school.id);
    const action = await tx.planItem.create({
      data: { ...fields, schoolId: school.id, createdById: actor.userId, completedAt: fields.status === 'DONE' ? new Date() : null },
    });
    await recordAuditEvent(tx, actor, {
      event: 'plan_item.created',
      trustId: school.trustId,
      schoolId: school.id,
      targetType: 'PlanItem',
      targetId: action.id,
      after: auditable(fields),
    });
    return action;
  });
}

export const PLAN_ITEM_CONFLICT = 'Someone else changed this action after you opened it, so nothing was saved. Reload the page to see their changes.';

// Refused if the action changed since the editor opened it (version check), like assessment answers.
export async function updatePlanItem(actor: Actor, actionId: string, version: number, input: PlanItemFields) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.planItem.findFirst({
      where: { id: actionId, school: { is: schoolWhere(actor, 'plan:edit') } },
      include: { school: { select: { id: true, trustId: true } } },
    });
    if (!before) throw notFound('That action');
    const fields = await resolveOwner(tx, before.school, input);
    if (before.status === 'DROPPED' && fields.status !== 'DROPPED') await assertRoomForPlanItem(tx, before.schoolId);
    const completedAt = fields.status === 'DONE' ? (before.completedAt ?? new Date()) : null;
    const updated = await tx.planItem.updateMany({
      where: { id: before.id, version },
      data: { ...fields, completedAt, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError('CONFLICT', PLAN_ITEM_CONFLICT);
    await recordAuditEvent(tx, actor, {
      event: 'plan_item.updated',
      trustId: before.school.trustId,
      schoolId: before.schoolId,
      targetType: 'PlanItem',
      targetId: before.id,
      // Every field, before and after (F9), not only the ones shown in the list.
      before: auditable({
        title: before.title,
        description: before.description,
        ownerName: before.ownerName,
        ownerUserId: before.ownerUserId,
        ownerEmail: before.ownerEmail,
        dueDate: before.dueDate,
        estimatedCostPence: before.estimatedCostPence,
        status: before.status,
        requirementCodes: before.requirementCodes,
      } as PlanItemFields),
      after: auditable(fields),
    });
    return before.schoolId;
  });
}

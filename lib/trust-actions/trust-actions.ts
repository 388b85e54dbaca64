import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { formatIsoDate } from '@/lib/dates/format';
import { prisma } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import { assertRoomForPlanItem } from '@/lib/plan/manage-plan-items';
import type { PlanItemFields } from '@/lib/plan/schemas';
import type { Actor } from '@/lib/tenancy/actor';
import { trustWhere } from '@/lib/tenancy/scope';
import { shareCost } from './share-cost';

export type TrustActionInput = { costSplit: 'SHARED' | 'EACH'; schoolIds: string[]; fields: PlanItemFields };

// One action for many schools: the TrustAction and a plan item in each school, in one transaction.
export async function createTrustAction(actor: Actor, trustId: string, input: TrustActionInput) {
  return prisma.$transaction(async (tx) => {
    const trust = await tx.trust.findFirst({ where: { AND: [{ id: trustId }, trustWhere(actor, 'trust:update')] }, select: { id: true } });
    if (!trust) throw notFound('That trust');
    const schools = await tx.school.findMany({
      where: { id: { in: input.schoolIds }, trustId: trust.id, archivedAt: null },
      orderBy: { name: 'asc' },
      select: { id: true },
    });
    if (schools.length !== new Set(input.schoolIds).size) {
      throw new AppError('VALIDATION', 'One of the schools chosen is not in this trust any more. Reload the page and try again.', {
        schoolIds: ['Choose the schools again'],
      });
    }
    const { fields } = input;
    const action = await tx.trustAction.create({
      data: {
        trustId: trust.id,
        title: fields.title,
        description: fields.description,
        ownerName: fields.ownerName,
        ownerEmail: fields.ownerEmail,
        dueDate: fields.dueDate,
        costPence: fields.estimatedCostPence,
        costSplit: input.costSplit,
        requirementCodes: fields.requirementCodes,
        createdById: actor.userId,
      },
    });
    const costs = shareCost(fields.estimatedCostPence, input.costSplit, schools.length);
    for (const [index, school] of schools.entries()) {
      await assertRoomForPlanItem(tx, school.id);
      const item = await tx.planItem.create({
        data: {
          schoolId: school.id,
          trustActionId: action.id,
          title: fields.title,
          description: fields.description,
          ownerName: fields.ownerName,
          ownerEmail: fields.ownerEmail,
          dueDate: fields.dueDate,
          estimatedCostPence: costs[index],
          requirementCodes: fields.requirementCodes,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, actor, {
        event: 'plan_item.created',
        trustId: trust.id,
        schoolId: school.id,
        targetType: 'PlanItem',
        targetId: item.id,
        after: { title: fields.title, trustActionId: action.id, estimatedCostPence: costs[index] },
      });
    }
    await recordAuditEvent(tx, actor, {
      event: 'trust_action.created',
      trustId: trust.id,
      targetType: 'TrustAction',
      targetId: action.id,
      after: {
        title: fields.title,
        schools: schools.length,
        costPence: fields.estimatedCostPence,
        costSplit: input.costSplit,
        dueDate: fields.dueDate ? formatIsoDate(fields.dueDate) : null,
      },
    });
    return action;
  });
}

export async function listTrustActions(actor: Actor, trustId: string) {
  return prisma.trustAction.findMany({
    where: { trustId, trust: { is: trustWhere(actor, 'trust:read') } },
    orderBy: { createdAt: 'desc' },
    take: 200,
    include: { planItems: { select: { status: true } } },
  });
}

// The action with each school's own status.
export async function getTrustAction(actor: Actor, trustId: string, actionId: string) {
  const action = await prisma.trustAction.findFirst({
    where: { id: actionId, trustId, trust: { is: trustWhere(actor, 'trust:read') } },
    include: {
      planItems: {
        select: { id: true, status: true, estimatedCostPence: true, completedAt: true, school: { select: { id: true, name: true } } },
        orderBy: { school: { name: 'asc' } },
      },
    },
  });
  if (!action) throw notFound('That trust action');
  return action;
}

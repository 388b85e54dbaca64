import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';
import type { ActionFields } from './schemas';

const auditable = (fields: ActionFields) => ({
  ...fields,
  dueDate: fields.dueDate?.toISOString().slice(0, 10) ?? null,
});

export async function listActions(actor: Actor, schoolId: string) {
  return prisma.action.findMany({
    where: { schoolId, school: { is: schoolWhere(actor, 'assessment:read') } },
    orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
  });
}

export async function getAction(actor: Actor, actionId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, school: { is: schoolWhere(actor, 'action:edit') } } });
  if (!action) throw notFound('That action');
  return action;
}

export async function createAction(actor: Actor, schoolId: string, fields: ActionFields) {
  return prisma.$transaction(async (tx) => {
    const school = await tx.school.findFirst({
      where: { AND: [{ id: schoolId, archivedAt: null }, schoolWhere(actor, 'action:edit')] },
      select: { id: true, trustId: true },
    });
    if (!school) throw notFound('That school');
    const action = await tx.action.create({
      data: { ...fields, schoolId: school.id, createdById: actor.userId, completedAt: fields.status === 'DONE' ? new Date() : null },
    });
    await recordAuditEvent(tx, actor, {
      action: 'action.created',
      trustId: school.trustId,
      schoolId: school.id,
      targetType: 'Action',
      targetId: action.id,
      after: auditable(fields),
    });
    return action;
  });
}

export const ACTION_CONFLICT = 'Someone else changed this action after you opened it, so nothing was saved. Reload the page to see their changes.';

// Refused if the action changed since the editor opened it (version check), like assessment answers.
export async function updateAction(actor: Actor, actionId: string, version: number, fields: ActionFields) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.action.findFirst({
      where: { id: actionId, school: { is: { AND: [schoolWhere(actor, 'action:edit'), { archivedAt: null }] } } },
      include: { school: { select: { trustId: true } } },
    });
    if (!before) throw notFound('That action');
    const completedAt = fields.status === 'DONE' ? (before.completedAt ?? new Date()) : null;
    const updated = await tx.action.updateMany({
      where: { id: before.id, version },
      data: { ...fields, completedAt, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError('CONFLICT', ACTION_CONFLICT);
    await recordAuditEvent(tx, actor, {
      action: 'action.updated',
      trustId: before.school.trustId,
      schoolId: before.schoolId,
      targetType: 'Action',
      targetId: before.id,
      before: { title: before.title, status: before.status, ownerName: before.ownerName, dueDate: before.dueDate?.toISOString().slice(0, 10) ?? null },
      after: auditable(fields),
    });
    return before.schoolId;
  });
}

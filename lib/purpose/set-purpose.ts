import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';

type Target = 'action' | 'contract' | 'kit';

// Says which learning goals an action or one of the school's own purchases serves, or that it is
// a foundation. Actions need the plan's editors; purchases the registers' (a trust's central
// purchases are the trust's to justify, not the school's).
export async function setPurpose(actor: Actor, schoolId: string, kind: Target, itemId: string, goalIds: readonly string[], foundation: boolean) {
  return prisma.$transaction(async (tx) => {
    const school = await resolveTenant(tx, actor, { kind: 'school', id: schoolId }, kind === 'action' ? 'plan:edit' : 'register:edit');
    const goals = await tx.learningGoal.count({ where: { schoolId: school.id, id: { in: [...goalIds] } } });
    if (goals !== goalIds.length)
      throw new AppError('VALIDATION', 'Choose the school’s own learning goals.', { goalIds: ['Choose from the school’s learning goals'] });
    const where = { id: itemId, schoolId: school.id };
    const data = { goalIds: [...goalIds], foundation: goalIds.length ? false : foundation };
    const found =
      kind === 'action'
        ? await tx.planItem.findFirst({ where, select: { goalIds: true, foundation: true } })
        : kind === 'contract'
          ? await tx.contract.findFirst({ where, select: { goalIds: true, foundation: true } })
          : await tx.kitItem.findFirst({ where, select: { goalIds: true, foundation: true } });
    if (!found) throw notFound(kind === 'action' ? 'That action' : 'That item');
    // The item's version is left alone: what it serves is set apart from its other fields, so a
    // form open on those is not made stale by it.
    if (kind === 'action') await tx.planItem.update({ where: { id: itemId }, data });
    else if (kind === 'contract') await tx.contract.update({ where: { id: itemId }, data });
    else await tx.kitItem.update({ where: { id: itemId }, data });
    await recordAuditEvent(tx, actor, {
      event: 'purpose.linked',
      trustId: school.trustId,
      schoolId: school.id,
      targetType: kind === 'action' ? 'PlanItem' : kind === 'contract' ? 'Contract' : 'KitItem',
      targetId: itemId,
      before: { goalIds: found.goalIds ?? [], foundation: found.foundation },
      after: data,
    });
  });
}

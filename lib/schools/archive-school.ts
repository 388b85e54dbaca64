import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';

// Archiving hides a school from day-to-day lists but keeps its history; it can be restored.
export async function setSchoolArchived(actor: Actor, schoolId: string, archived: boolean) {
  return prisma.$transaction(async (tx) => {
    const school = await tx.school.findFirst({
      where: { AND: [{ id: schoolId }, schoolWhere(actor, 'school:archive')] },
      select: { id: true, trustId: true, archivedAt: true },
    });
    if (!school) throw notFound('That school');
    if (Boolean(school.archivedAt) === archived) return school;
    const updated = await tx.school.update({
      where: { id: school.id },
      data: { archivedAt: archived ? new Date() : null },
      select: { id: true, trustId: true, archivedAt: true },
    });
    await recordAuditEvent(tx, actor, {
      event: archived ? 'school.archived' : 'school.restored',
      trustId: school.trustId,
      schoolId: school.id,
      targetType: 'School',
      targetId: school.id,
      before: { archivedAt: school.archivedAt?.toISOString() ?? null },
      after: { archivedAt: updated.archivedAt?.toISOString() ?? null },
    });
    return updated;
  });
}

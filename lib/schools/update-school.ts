import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { conflict, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';
import { URN_TAKEN } from './create-school';
import type { SchoolDetails } from './schemas';

const DETAIL_FIELDS = { name: true, urn: true, phase: true, type: true, localAuthority: true } as const;

export async function updateSchool(actor: Actor, schoolId: string, details: SchoolDetails) {
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.school.findFirst({
        where: { AND: [{ id: schoolId }, schoolWhere(actor, 'school:update')] },
        select: { ...DETAIL_FIELDS, id: true, trustId: true },
      });
      if (!before) throw notFound('That school');
      const school = await tx.school.update({ where: { id: before.id }, data: details });
      const { id: _id, trustId, ...beforeDetails } = before;
      await recordAuditEvent(tx, actor, {
        action: 'school.updated',
        trustId,
        schoolId: school.id,
        targetType: 'School',
        targetId: school.id,
        before: beforeDetails,
        after: details,
      });
      return school;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'urn')) throw conflict(URN_TAKEN, { urn: [URN_TAKEN] });
    throw error;
  }
}

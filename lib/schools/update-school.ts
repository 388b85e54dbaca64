import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { AppError, conflict, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';
import { URN_TAKEN } from './create-school';
import type { SchoolDetails } from './schemas';

const DETAIL_FIELDS = { name: true, urn: true, phase: true, type: true, localAuthority: true, cycleMonth: true, financialYearStart: true } as const;

export const SCHOOL_CHANGED_MESSAGE =
  'Someone else changed these details after you opened the page, so nothing was saved. Your version is still in the form: save again to replace theirs, or reload the page to see what they saved.';
export const URN_LOCKED = 'Only your trust can change the URN. Ask a trust admin if it is wrong';

// Refuses a save based on an older version of the details (someone else saved in between), and a
// URN change by anyone but the school's trust (or the platform).
export async function updateSchool(actor: Actor, schoolId: string, details: SchoolDetails & { version: number }) {
  const { version, ...changes } = details;
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.school.findFirst({
        where: { AND: [{ id: schoolId }, schoolWhere(actor, 'school:update')] },
        select: { ...DETAIL_FIELDS, id: true, trustId: true, version: true },
      });
      if (!before) throw notFound('That school');
      if (changes.urn !== before.urn) {
        const mayChangeUrn = await tx.school.count({ where: { AND: [{ id: before.id }, schoolWhere(actor, 'school:change-urn')] } });
        if (!mayChangeUrn) throw new AppError('VALIDATION', 'Check the URN', { urn: [URN_LOCKED] });
      }
      const updated = await tx.school.updateMany({ where: { id: before.id, version }, data: { ...changes, version: { increment: 1 } } });
      if (updated.count !== 1) {
        throw new AppError('CONFLICT', SCHOOL_CHANGED_MESSAGE, undefined, { version: String(before.version) });
      }
      const { id: _id, trustId, version: _version, ...beforeDetails } = before;
      await recordAuditEvent(tx, actor, {
        event: 'school.updated',
        trustId,
        schoolId: before.id,
        targetType: 'School',
        targetId: before.id,
        before: beforeDetails,
        after: changes,
      });
      return tx.school.findUniqueOrThrow({ where: { id: before.id } });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'urn')) throw conflict(URN_TAKEN, { urn: [URN_TAKEN] });
    throw error;
  }
}

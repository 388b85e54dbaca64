import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { conflict, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { trustWhere } from '@/lib/tenancy/scope';
import type { SchoolDetails } from './schemas';

// Worded so that it does not say whether (or where) a school with that URN exists.
export const URN_TAKEN = 'This URN cannot be used. Check it on Get Information About Schools; if it is right, contact Waypoint support';

export async function createSchoolInTrust(actor: Actor, trustId: string, details: SchoolDetails) {
  try {
    return await prisma.$transaction(async (tx) => {
      const trust = await tx.trust.findFirst({
        where: { AND: [{ id: trustId, archivedAt: null }, trustWhere(actor, 'school:create')] },
        select: { id: true },
      });
      if (!trust) throw notFound('That trust');
      const school = await tx.school.create({ data: { ...details, trustId: trust.id } });
      await recordAuditEvent(tx, actor, {
        event: 'school.created',
        trustId: trust.id,
        schoolId: school.id,
        targetType: 'School',
        targetId: school.id,
        after: details,
      });
      return school;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'urn')) throw conflict(URN_TAKEN, { urn: [URN_TAKEN] });
    throw error;
  }
}

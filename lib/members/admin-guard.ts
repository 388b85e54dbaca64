import 'server-only';
import { ADMIN_ROLE } from '@/lib/auth/roles';
import type { Tx } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';

export const LAST_ADMIN_MESSAGE = {
  trust: 'A trust must always have at least one trust admin. Make someone else a trust admin first.',
  school: 'A school must always have at least one school leader. Make someone else a school leader first.',
} as const;

// Locks the tenant's admin rows so two admins removing each other at once cannot both succeed.
export async function assertKeepsAnAdmin(
  tx: Tx,
  membership: { id: string; trustId: string | null; schoolId: string | null; role: string },
  nextRole: string | null,
) {
  const kind = membership.trustId ? 'trust' : 'school';
  const adminRole = ADMIN_ROLE[kind];
  if (membership.role !== adminRole || nextRole === adminRole) return;
  const admins =
    kind === 'trust'
      ? await tx.$queryRaw<Array<{ id: string }>>`
          SELECT "id" FROM "Membership" WHERE "trustId" = ${membership.trustId} AND "role" = 'TRUST_ADMIN'::"Role" FOR UPDATE`
      : await tx.$queryRaw<Array<{ id: string }>>`
          SELECT "id" FROM "Membership" WHERE "schoolId" = ${membership.schoolId} AND "role" = 'SCHOOL_LEADER'::"Role" FOR UPDATE`;
  if (admins.filter((row) => row.id !== membership.id).length === 0) {
    throw new AppError('CONFLICT', LAST_ADMIN_MESSAGE[kind]);
  }
}

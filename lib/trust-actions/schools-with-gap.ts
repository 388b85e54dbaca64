import 'server-only';
import { prisma } from '@/lib/db/prisma';

// Which of these schools (already within the actor's reach) fall short of a requirement on their
// latest completed cycle: a common gap's "which schools", to start a trust action from.
export async function schoolsWithGap(schoolIds: string[], requirementCode: string): Promise<Set<string>> {
  if (schoolIds.length === 0) return new Set();
  const rows = await prisma.$queryRaw<Array<{ schoolId: string; value: string | null }>>`
    SELECT DISTINCT ON (a."schoolId") a."schoolId", ans.value::text AS value
    FROM "Assessment" a
    LEFT JOIN "Answer" ans ON ans."assessmentId" = a.id AND ans."requirementCode" = ${requirementCode}
    WHERE a.status = 'COMPLETED' AND a."schoolId" = ANY(${schoolIds}::text[])
    ORDER BY a."schoolId", a."completedAt" DESC`;
  return new Set(rows.filter((row) => row.value === 'NOT_MET' || row.value === 'PARTLY_MET' || row.value === 'NOT_SURE').map((row) => row.schoolId));
}

import 'server-only';
import type { Tx } from '@/lib/db/prisma';

// On completion each answer keeps the ids of the evidence that backed it then, so the cycle's
// record still shows it after the live links change or the item is deleted (it is then withdrawn,
// not removed: lib/evidence/manage-evidence.ts). One statement, however many answers.
export async function freezeEvidence(tx: Tx, assessmentId: string, schoolId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Answer" AS a SET "evidenceItemIds" = backing.ids
    FROM (
      SELECT l."target", array_agg(l."evidenceId" ORDER BY l."evidenceId") AS ids
      FROM "EvidenceLink" l JOIN "EvidenceItem" e ON e."id" = l."evidenceId"
      WHERE l."schoolId" = ${schoolId} AND e."withdrawnAt" IS NULL
      GROUP BY l."target"
    ) AS backing
    WHERE a."assessmentId" = ${assessmentId} AND a."requirementCode" = backing."target"`;
}

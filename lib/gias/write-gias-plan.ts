import 'server-only';
import type { Tx } from '@/lib/db/prisma';
import type { GiasPlan } from './plan-gias-import';

// Writes a confirmed plan in a handful of statements whatever its size: a national import
// creates ~22,000 schools, which one INSERT per school would take minutes over.
export async function writeGiasPlan(tx: Tx, plan: GiasPlan, trustId: string | null): Promise<{ trustsCreated: number }> {
  const trustIdByCode = new Map<string, string>();
  if (!trustId) {
    const created = await tx.trust.createManyAndReturn({
      data: plan.trustsToCreate.map((trust) => ({ name: trust.name, giasCode: trust.giasCode })),
      select: { id: true, giasCode: true },
    });
    const codes = [...new Set(plan.create.flatMap((school) => (school.trustCode ? [school.trustCode] : [])))];
    const existing = await tx.trust.findMany({ where: { giasCode: { in: codes, mode: 'insensitive' } }, select: { id: true, giasCode: true } });
    for (const trust of [...created, ...existing]) trustIdByCode.set(trust.giasCode!.toLowerCase(), trust.id);
  }
  if (plan.create.length > 0) {
    await tx.school.createMany({
      data: plan.create.map((school) => ({
        name: school.name,
        urn: school.urn,
        phase: school.phase,
        type: school.type,
        giasType: school.giasType,
        localAuthority: school.localAuthority,
        pupilCount: school.pupilCount,
        postcode: school.postcode,
        trustId: trustId ?? (school.trustCode ? (trustIdByCode.get(school.trustCode.toLowerCase()) ?? null) : null),
      })),
    });
  }
  if (plan.update.length > 0) {
    const rows = plan.update.map((row) => row.school);
    // Bumping version makes a details form opened before the import report an edit conflict.
    await tx.$executeRaw`
      UPDATE "School" AS s SET
        name = u.name, phase = u.phase::"SchoolPhase", type = u.type::"SchoolType", "giasType" = u.gias_type,
        "localAuthority" = u.la, "pupilCount" = u.pupils, postcode = u.postcode,
        version = s.version + 1, "updatedAt" = now()
      FROM unnest(
        ${plan.update.map((row) => row.schoolId)}::text[], ${rows.map((s) => s.name)}::text[], ${rows.map((s) => s.phase)}::text[],
        ${rows.map((s) => s.type)}::text[], ${rows.map((s) => s.giasType)}::text[], ${rows.map((s) => s.localAuthority)}::text[],
        ${rows.map((s) => s.pupilCount)}::int[], ${rows.map((s) => s.postcode)}::text[]
      ) AS u(id, name, phase, type, gias_type, la, pupils, postcode)
      WHERE s.id = u.id`;
  }
  return { trustsCreated: trustId ? 0 : plan.trustsToCreate.length };
}

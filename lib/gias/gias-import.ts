import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma, type Tx } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { AppError, conflict, notFound } from '@/lib/errors';
import { isPreviewExpired, PREVIEW_EXPIRED_MESSAGE } from '@/lib/imports/preview-lifetime';
import { Prisma } from '@/lib/generated/prisma/client.ts';
import type { Actor } from '@/lib/tenancy/actor';
import { assertActor } from '@/lib/tenancy/actor';
import { trustWhere } from '@/lib/tenancy/scope';
import { guessTrustCode } from './guess-trust-code';
import { planGiasImport, type ExistingSchool, type GiasPlan, type GiasTarget } from './plan-gias-import';
import { GiasFileError, readGiasFile, type GiasRecord } from './read-gias-file';
import { writeGiasPlan } from './write-gias-plan';

// A trust admin imports for their trust; a platform admin imports the whole country.
export type GiasScope = { kind: 'trust'; trustId: string } | { kind: 'platform' };

export const PLAN_CHANGED = 'The schools in Waypoint changed since this preview was made, so nothing was imported. Check the preview again, then confirm.';
export const ALREADY_APPLIED = 'This file has already been imported.';

function importWhere(actor: Actor, scope: GiasScope): Prisma.GiasImportWhereInput {
  assertActor(actor);
  if (scope.kind === 'platform') return actor.isPlatformAdmin ? { trustId: null } : { id: { in: [] } };
  return { trustId: scope.trustId, trust: { is: trustWhere(actor, 'school:create') } };
}

async function findTrust(actor: Actor, trustId: string) {
  const trust = await prisma.trust.findFirst({
    where: { AND: [{ id: trustId }, trustWhere(actor, 'school:create')] },
    select: { id: true, name: true, giasCode: true },
  });
  if (!trust) throw notFound('That trust');
  return trust;
}

export async function createGiasImport(actor: Actor, scope: GiasScope, file: { name: string; bytes: Uint8Array }) {
  assertActor(actor);
  const trust = scope.kind === 'trust' ? await findTrust(actor, scope.trustId) : null;
  if (scope.kind === 'platform' && !actor.isPlatformAdmin) throw notFound();
  let read: Awaited<ReturnType<typeof readGiasFile>>;
  try {
    read = await readGiasFile(file.bytes);
  } catch (error) {
    if (error instanceof GiasFileError) throw new AppError('VALIDATION', error.message, { file: [error.message] });
    throw error;
  }
  // The trust's own code when an earlier import set it, else the trust in the file with its name.
  const matchTrustCode = trust ? (trust.giasCode ?? guessTrustCode(read.records, trust.name)) : null;
  return prisma.giasImport.create({
    data: {
      trustId: trust?.id ?? null,
      createdById: actor.userId,
      fileName: file.name.slice(0, 200),
      encoding: read.encoding,
      records: read.records as unknown as Prisma.InputJsonValue,
      rowCount: read.records.length,
      matchTrustCode,
    },
    select: { id: true },
  });
}

export type GiasImportView = Awaited<ReturnType<typeof getGiasImport>>;

// The plan is worked out afresh on every view: the schools in Waypoint may have changed since the upload.
export async function getGiasImport(actor: Actor, scope: GiasScope, importId: string) {
  const found = await prisma.giasImport.findFirst({
    where: { AND: [{ id: importId }, importWhere(actor, scope)] },
    include: { createdBy: { select: { name: true } } },
  });
  if (!found) throw notFound('That import');
  const records = found.records as unknown as GiasRecord[];
  const plan = found.status === 'PREVIEW' ? await planFor(prisma, found, records) : null;
  const { records: _records, ...rest } = found;
  return { ...rest, plan, matched: target(found) !== null };
}

type StoredImport = { trustId: string | null; matchTrustCode: string | null; matchUrns: string[] };

function target(found: StoredImport): Extract<GiasTarget, { kind: 'trust' }>['match'] | null {
  if (found.matchUrns.length > 0) return { urns: found.matchUrns };
  if (found.matchTrustCode) return { trustCode: found.matchTrustCode };
  return null;
}

async function planFor(db: Tx | typeof prisma, found: StoredImport, records: GiasRecord[]): Promise<GiasPlan> {
  const urns = [...new Set(records.map((record) => record.urn))];
  // ANY($1) keeps a national file (50,000 URNs) to one statement and one bind parameter.
  const existing = await db.$queryRaw<ExistingSchool[]>`
    SELECT id, urn, "trustId", name, phase::text AS phase, type::text AS type, "giasType", "localAuthority", "pupilCount", postcode
    FROM "School" WHERE urn = ANY(${urns}::text[])`;
  if (found.trustId) {
    const match = target(found) ?? { urns: [] };
    return planGiasImport(records, existing, { kind: 'trust', trustId: found.trustId, match });
  }
  const trusts = await db.trust.findMany({ where: { giasCode: { not: null } }, select: { id: true, giasCode: true } });
  return planGiasImport(records, existing, { kind: 'platform', trusts: trusts.map((trust) => ({ id: trust.id, giasCode: trust.giasCode! })) });
}

export async function chooseGiasMatch(actor: Actor, scope: GiasScope & { kind: 'trust' }, importId: string, match: { trustCode: string } | { urns: string[] }) {
  const updated = await prisma.giasImport.updateMany({
    where: { AND: [{ id: importId, status: 'PREVIEW' }, importWhere(actor, scope)] },
    data: 'trustCode' in match ? { matchTrustCode: match.trustCode, matchUrns: [] } : { matchTrustCode: null, matchUrns: match.urns },
  });
  if (updated.count === 0) throw notFound('That import');
}

export type GiasSummary = { created: number; updated: number; unchanged: number; skipped: number; trustsCreated: number };

export async function applyGiasImport(actor: Actor, scope: GiasScope, importId: string, planHash: string): Promise<GiasSummary> {
  try {
    return await prisma.$transaction(
      async (tx) => {
        const visible = await tx.giasImport.findFirst({ where: { AND: [{ id: importId }, importWhere(actor, scope)] }, select: { id: true } });
        if (!visible) throw notFound('That import');
        // One apply at a time per import: a double click or a second tab waits, then finds it applied.
        await tx.$executeRaw`SELECT 1 FROM "GiasImport" WHERE id = ${importId} FOR UPDATE`;
        const found = await tx.giasImport.findUniqueOrThrow({ where: { id: importId } });
        if (found.status === 'APPLIED') throw conflict(ALREADY_APPLIED);
        if (isPreviewExpired(found.createdAt)) throw conflict(PREVIEW_EXPIRED_MESSAGE);
        // Two imports for the country at once would race for the same URNs.
        if (!found.trustId) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('gias-import-platform'))`;
        const plan = await planFor(tx, found, found.records as unknown as GiasRecord[]);
        if (plan.hash !== planHash) throw conflict(PLAN_CHANGED);
        const written = await writeGiasPlan(tx, plan, found.trustId);
        if (found.trustId && found.matchTrustCode) {
          // Remember the trust's GIAS code for next time, unless another trust already holds it.
          await tx.$executeRaw`
            UPDATE "Trust" SET "giasCode" = ${found.matchTrustCode}, "updatedAt" = now()
            WHERE id = ${found.trustId} AND "giasCode" IS NULL
              AND NOT EXISTS (SELECT 1 FROM "Trust" WHERE "giasCode" = ${found.matchTrustCode})`;
        }
        const skipped = Object.values(plan.skippedByReason).reduce((sum, count) => sum + (count ?? 0), 0);
        const summary: GiasSummary = {
          created: plan.create.length,
          updated: plan.update.length,
          unchanged: plan.unchanged,
          skipped,
          trustsCreated: written.trustsCreated,
        };
        await tx.giasImport.update({
          where: { id: importId },
          // The rows are no longer needed once applied; the summary is the record.
          data: { status: 'APPLIED', appliedAt: new Date(), summary, records: [] },
        });
        await recordAuditEvent(tx, actor, {
          event: 'gias.imported',
          trustId: found.trustId,
          targetType: 'GiasImport',
          targetId: importId,
          after: {
            fileName: found.fileName,
            ...summary,
            // A trust's list is short enough to keep; the country's is not.
            ...(found.trustId ? { createdUrns: plan.create.map((school) => school.urn), updatedUrns: plan.update.map((row) => row.school.urn) } : {}),
          },
        });
        return summary;
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (error) {
    // A school with one of the URNs was added by someone else meanwhile.
    if (isUniqueViolation(error, 'urn')) throw conflict(PLAN_CHANGED);
    throw error;
  }
}

export async function listGiasImports(actor: Actor, scope: GiasScope) {
  return prisma.giasImport.findMany({
    where: importWhere(actor, scope),
    orderBy: { createdAt: 'desc' },
    take: 10,
    select: { id: true, fileName: true, rowCount: true, status: true, summary: true, createdAt: true, appliedAt: true, createdBy: { select: { name: true } } },
  });
}

import 'server-only';
import type { AnswerValue } from '@/lib/assessment/answer-options';
import { getCatalogue, NEWEST_CATALOGUE_FIRST } from '@/lib/assessment/get-catalogue';
import type { AnswerEntry } from '@/lib/assessment/schemas';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { trustWhere } from '@/lib/tenancy/scope';
import { requirementCover, standardCover } from './effective-answers';

export const CENTRAL_CONFLICT_MESSAGE =
  'Someone else in your trust saved answers on this page after you opened it, so nothing was saved. Reload the page to see theirs, then save yours again.';

async function findTrust(actor: Actor, trustId: string, capability: 'trust:read' | 'trust:update') {
  const trust = await prisma.trust.findFirst({ where: { AND: [{ id: trustId }, trustWhere(actor, capability)] }, select: { id: true, name: true } });
  if (!trust) throw notFound('That trust');
  return trust;
}

// Central services are declared against the newest catalogue: codes and slugs carry over.
export async function newestCatalogue() {
  const version = await prisma.catalogueVersion.findFirst({ orderBy: NEWEST_CATALOGUE_FIRST, select: { id: true, version: true } });
  if (!version) throw new AppError('CONFLICT', 'The standards catalogue has not been loaded yet.');
  return { ...version, standards: await getCatalogue(version.id) };
}

// Everything the central services pages show, in five queries whatever the trust's size.
export async function getCentralServices(actor: Actor, trustId: string) {
  const trust = await findTrust(actor, trustId, 'trust:read');
  const [catalogue, services, answers, schools, differences] = await Promise.all([
    newestCatalogue(),
    prisma.centralService.findMany({ where: { trustId: trust.id }, orderBy: { covers: 'asc' } }),
    prisma.centralAnswer.findMany({ where: { trustId: trust.id }, include: { updatedBy: { select: { name: true } } } }),
    prisma.school.findMany({ where: { trustId: trust.id, archivedAt: null }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    // Local differences in open drafts: where a school said its answer is not the trust's.
    prisma.answer.findMany({
      where: { localReason: { not: null }, assessment: { status: 'DRAFT', school: { trustId: trust.id, archivedAt: null } } },
      select: {
        requirementCode: true,
        value: true,
        localReason: true,
        updatedAt: true,
        assessment: { select: { id: true, school: { select: { id: true, name: true } } } },
      },
      orderBy: { updatedAt: 'desc' },
      take: 500,
    }),
  ]);
  return { trust, catalogue, services, answers: new Map(answers.map((a) => [a.requirementCode, a])), schools, differences };
}

export type CoverageInput = { standardSlug: string; mode: 'none' | 'standard' | 'requirements'; codes: string[]; schoolIds: string[] };

// Replaces what the trust provides within one standard: the whole standard, some of its
// requirements, or none, for all its schools (schoolIds empty) or the ones chosen.
export async function setStandardCoverage(actor: Actor, trustId: string, input: CoverageInput) {
  const trust = await findTrust(actor, trustId, 'trust:update');
  const catalogue = await newestCatalogue();
  const standard = catalogue.standards.find((s) => s.slug === input.standardSlug);
  if (!standard) throw notFound('That standard');
  const codes = new Set(standard.requirements.map((r) => r.code));
  if (input.codes.some((code) => !codes.has(code))) throw new AppError('VALIDATION', 'This form did not match the standard. Reload the page and try again.');
  if (input.mode === 'requirements' && input.codes.length === 0) {
    throw new AppError('VALIDATION', 'Choose the requirements your trust provides', {
      codes: ['Choose at least one requirement, or choose “Not provided centrally”'],
    });
  }
  const schools = await prisma.school.findMany({ where: { trustId: trust.id, id: { in: input.schoolIds } }, select: { id: true } });
  if (schools.length !== input.schoolIds.length)
    throw new AppError('VALIDATION', 'One of the schools chosen is not in this trust. Reload the page and try again.');
  const covers = input.mode === 'none' ? [] : input.mode === 'standard' ? [standardCover(standard.slug)] : input.codes.map(requirementCover);
  const all = [standardCover(standard.slug), ...standard.requirements.map((r) => requirementCover(r.code))];
  await prisma.$transaction(async (tx) => {
    const before = await tx.centralService.findMany({ where: { trustId: trust.id, covers: { in: all } }, select: { covers: true, schoolIds: true } });
    await tx.centralService.deleteMany({ where: { trustId: trust.id, covers: { in: all } } });
    if (covers.length > 0) {
      await tx.centralService.createMany({
        data: covers.map((cover) => ({ trustId: trust.id, covers: cover, schoolIds: input.schoolIds, createdById: actor.userId })),
      });
    }
    await recordAuditEvent(tx, actor, {
      event: 'central.coverage_changed',
      trustId: trust.id,
      targetType: 'Standard',
      targetId: standard.slug,
      before: before.map((s) => ({ covers: s.covers, schools: s.schoolIds.length || 'all' })),
      after: covers.map((cover) => ({ covers: cover, schools: input.schoolIds.length || 'all' })),
    });
  });
}

// The trust's answers for one standard, with the same version rule as a school's: a save based on
// an older version is refused whole and nothing is written.
export async function saveCentralAnswers(actor: Actor, trustId: string, input: { standardSlug: string; entries: AnswerEntry[] }) {
  const trust = await findTrust(actor, trustId, 'trust:update');
  const catalogue = await newestCatalogue();
  const standard = catalogue.standards.find((s) => s.slug === input.standardSlug);
  if (!standard) throw notFound('That standard');
  const hashes = new Map(standard.requirements.map((r) => [r.code, r.contentHash]));
  if (input.entries.some((entry) => !hashes.has(entry.code)))
    throw new AppError('VALIDATION', 'This form did not match the standard. Reload the page and try again.');
  try {
    return await prisma.$transaction(async (tx) => {
      // One save at a time per trust, as a school's cycle row lock does for its answers.
      await tx.$queryRaw`SELECT id FROM "Trust" WHERE id = ${trust.id} FOR UPDATE`;
      const stored = new Map(
        (await tx.centralAnswer.findMany({ where: { trustId: trust.id, requirementCode: { in: input.entries.map((e) => e.code) } } })).map((a) => [
          a.requirementCode,
          a,
        ]),
      );
      const versions: Record<string, number> = {};
      const changed: Array<{ code: string; before: string | null; after: string }> = [];
      const conflicts: string[] = [];
      for (const entry of input.entries) {
        if (!entry.value) continue;
        const current = stored.get(entry.code);
        const data = {
          value: entry.value as AnswerValue,
          notApplicableReason: entry.value === 'NOT_APPLICABLE' ? entry.reason : null,
          evidenceNote: entry.note || null,
          evidenceLinks: entry.links,
          requirementHash: hashes.get(entry.code)!,
          updatedById: actor.userId,
        };
        const same =
          current &&
          current.value === data.value &&
          (current.notApplicableReason ?? null) === data.notApplicableReason &&
          (current.evidenceNote ?? null) === data.evidenceNote &&
          current.evidenceLinks.join('\n') === data.evidenceLinks.join('\n');
        if (same) {
          versions[entry.code] = current.version;
          continue;
        }
        if ((current?.version ?? 0) !== entry.version) {
          conflicts.push(entry.code);
          continue;
        }
        if (current) await tx.centralAnswer.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } } });
        else await tx.centralAnswer.create({ data: { ...data, trustId: trust.id, requirementCode: entry.code } });
        versions[entry.code] = entry.version + 1;
        changed.push({ code: entry.code, before: current?.value ?? null, after: data.value });
      }
      if (conflicts.length > 0) {
        throw new AppError(
          'CONFLICT',
          CENTRAL_CONFLICT_MESSAGE,
          Object.fromEntries(conflicts.map((code) => [`answer:${code}`, ['Changed by someone else since you opened the page']])),
        );
      }
      if (changed.length > 0) {
        await recordAuditEvent(tx, actor, {
          event: 'central.answers_saved',
          trustId: trust.id,
          targetType: 'Standard',
          targetId: standard.slug,
          before: Object.fromEntries(changed.map((c) => [c.code, c.before])),
          after: Object.fromEntries(changed.map((c) => [c.code, c.after])),
        });
      }
      return { saved: changed.length, versions };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', CENTRAL_CONFLICT_MESSAGE);
    throw error;
  }
}

import 'server-only';
import type { AnswerValue } from '@/lib/assessment/answer-options';
import { evaluate, summarise, type AssessmentSummary } from '@/lib/assessment/evaluate';
import { getCatalogue, NEWEST_CATALOGUE_FIRST } from '@/lib/assessment/get-catalogue';
import { coveredCodes, effectiveAnswers, effectiveValues, type OwnAnswer } from '@/lib/central/effective-answers';
import { loadCentralAnswers } from '@/lib/central/load-central-answers';
import { londonToday, parseIsoDate } from '@/lib/dates/format';
import { prisma } from '@/lib/db/prisma';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';
import { latestStrategies } from '@/lib/strategy/strategy-pdf';
import { getTrust } from '@/lib/trusts/get-trust';
import { toRoadmapContract, toRoadmapKit } from '@/lib/roadmap/get-school-roadmap';
import { nextBigSpend, type BigSpend } from '@/lib/roadmap/next-big-spend';
import { itemsOfSchool } from '@/lib/registers/register-owner';
import { overviewKey, rememberOverview } from './overview-cache';
import {
  buildSchoolRows,
  commonGaps,
  cycleTrends,
  overallAverage,
  schoolMovements,
  standardAverages,
  type GapCount,
  type RequirementInfo,
  type SchoolCycle,
  type StandardColumn,
} from './aggregate';

const GAP_VALUES = ['NOT_MET', 'NOT_SURE', 'PARTLY_MET'] as const;

/**
 * Everything the trust comparison shows. The trust (with the tenant check) and the newest
 * catalogue version are read on every request; the rest comes from memory unless the trust's data has changed since (overview-cache.ts).
 */
export async function getTrustOverview(actor: Actor, trustId: string, options: { now?: Date; includeDrafts?: boolean } = {}) {
  const [trust, newest] = await Promise.all([
    getTrust(actor, trustId),
    prisma.catalogueVersion.findFirst({ orderBy: NEWEST_CATALOGUE_FIRST, select: { id: true } }),
  ]);
  const day = londonToday(options.now ?? new Date());
  const includeDrafts = Boolean(options.includeDrafts);
  const key = overviewKey({
    trustId: trust.id,
    dataVersion: trust.dataVersion,
    trustUpdatedAt: trust.updatedAt,
    catalogueVersionId: newest?.id ?? null,
    day,
    includeDrafts,
    userId: actor.userId,
    isPlatformAdmin: actor.isPlatformAdmin,
  });
  const overview = await rememberOverview(key, () => computeTrustOverview(actor, trust.id, day, includeDrafts));
  return { ...overview, trust, key, day };
}

/*
 * The comparison computed from the database, in a dozen SQL statements whatever the trust's size:
 * its schools (with the tenant check), all their cycles' frozen summaries, overdue action counts,
 * the catalogue versions and the newest one's standards, gap counts on the latest cycles, those
 * requirements, the schools with the top gaps, and the newest published strategies.
 * tests/integration/trust-overview.test.ts counts them.
 */
// Only after getTrust has checked the person may read this trust.
async function computeTrustOverview(actor: Actor, trustId: string, day: string, includeDrafts: boolean) {
  const schoolScope = { AND: [{ trustId, archivedAt: null }, schoolWhere(actor, 'assessment:read-completed')] };
  // Today in London, as the date-only value due dates are stored as (the same rule as isOverdue).
  const today = parseIsoDate(day);

  const registerScope = { OR: [{ school: { is: schoolScope } }, { trustId }] };
  const [schools, cycleRows, overdue, versions, contracts, kit] = await Promise.all([
    prisma.school.findMany({
      where: schoolScope,
      orderBy: { name: 'asc' },
      select: { id: true, name: true, urn: true, phase: true, localAuthority: true },
    }),
    prisma.assessment.findMany({
      where: { school: { is: schoolScope } },
      select: { id: true, schoolId: true, status: true, cycleLabel: true, startedAt: true, completedAt: true, summary: true, catalogueVersionId: true },
    }),
    prisma.planItem.groupBy({
      by: ['schoolId'],
      where: { school: { is: schoolScope }, status: { in: ['PLANNED', 'IN_PROGRESS'] }, dueDate: { lt: today } },
      _count: { _all: true },
    }),
    // Every version, newest first: the first gives the columns, the rest name each cycle's.
    prisma.catalogueVersion.findMany({ orderBy: NEWEST_CATALOGUE_FIRST, select: { id: true, version: true } }),
    // The registers, for each school's next big spend.
    prisma.contract.findMany({ where: registerScope }),
    prisma.kitItem.findMany({ where: registerScope }),
  ]);
  const catalogueVersion = versions[0] ?? null;
  const versionOf = new Map(versions.map((v) => [v.id, v.version]));

  const cycles: SchoolCycle[] = cycleRows.map(({ catalogueVersionId, ...row }) => ({
    ...row,
    summary: row.summary as AssessmentSummary | null,
    catalogueVersion: versionOf.get(catalogueVersionId) ?? '',
  }));
  if (includeDrafts) await scoreDrafts(trustId, cycles, cycleRows);
  const rows = buildSchoolRows(schools, cycles, new Map(overdue.map((o) => [o.schoolId, o._count._all])), { includeDrafts });
  const columns = await standardColumns(catalogueVersion?.id ?? null, cycles);

  const latestIds = rows.flatMap((row) => (row.latest ? [row.latest.assessmentId] : []));
  const gaps = await gapCounts(latestIds);
  const common = commonGaps(gaps.counts, gaps.requirements, latestIds.length);
  const gapSchools = await schoolsWithGaps(
    common.slice(0, TOP_COMMON_GAPS).map((gap) => gap.code),
    latestIds,
    new Map(rows.flatMap((row) => (row.latest ? [[row.latest.assessmentId, row.name] as const] : []))),
  );

  const strategies = await latestStrategies(
    actor,
    rows.map((row) => row.id),
  );

  const spends = new Map<string, BigSpend>();
  for (const school of schools) {
    const spend = nextBigSpend(itemsOfSchool(contracts, school.id).map(toRoadmapContract), itemsOfSchool(kit, school.id).map(toRoadmapKit), day);
    if (spend) spends.set(school.id, spend);
  }

  return {
    columns,
    rows,
    spends,
    averages: standardAverages(rows, columns),
    overall: overallAverage(rows),
    trends: cycleTrends(cycles, columns),
    movements: schoolMovements(rows),
    gaps: common,
    gapSchools,
    assessedSchools: latestIds.length,
    strategies,
  };
}

export type TrustOverview = Awaited<ReturnType<typeof getTrustOverview>>;

// Live scores of the drafts in progress, as each school sees them (central answers included):
// three more statements for the whole trust. The cycles are in the tenant scope already.
async function scoreDrafts(trustId: string, cycles: SchoolCycle[], rows: ReadonlyArray<{ id: string; catalogueVersionId: string }>) {
  const drafts = cycles.filter((cycle) => cycle.status === 'DRAFT');
  if (drafts.length === 0) return;
  const versionOf = new Map(rows.map((row) => [row.id, row.catalogueVersionId]));
  const [answers, central] = await Promise.all([
    prisma.answer.findMany({
      where: { assessmentId: { in: drafts.map((d) => d.id) } },
      select: { assessmentId: true, requirementCode: true, value: true, localReason: true },
    }),
    loadCentralAnswers(trustId),
  ]);
  const byCycle = new Map<string, Map<string, OwnAnswer>>();
  for (const answer of answers) {
    const own = byCycle.get(answer.assessmentId) ?? new Map<string, OwnAnswer>();
    own.set(answer.requirementCode, { value: answer.value as AnswerValue, localReason: answer.localReason });
    byCycle.set(answer.assessmentId, own);
  }
  for (const draft of drafts) {
    const catalogue = await getCatalogue(versionOf.get(draft.id)!);
    const own = byCycle.get(draft.id) ?? new Map<string, OwnAnswer>();
    const covered = central ? coveredCodes(catalogue, central.services, draft.schoolId) : new Set<string>();
    const values = effectiveValues(effectiveAnswers(catalogue, own, central?.answers ?? new Map(), covered));
    draft.summary = values.size > 0 ? summarise(evaluate(catalogue, values)) : null;
  }
}

// Columns follow the newest catalogue; standards only found in older cycles go at the end.
async function standardColumns(catalogueVersionId: string | null, cycles: readonly SchoolCycle[]): Promise<StandardColumn[]> {
  const current = catalogueVersionId
    ? await prisma.standard.findMany({
        where: { catalogueVersionId },
        orderBy: { position: 'asc' },
        select: { slug: true, title: true, core: true },
      })
    : [];
  const columns = new Map(current.map((s) => [s.slug, s]));
  for (const cycle of cycles) {
    for (const s of cycle.summary?.standards ?? []) {
      if (!columns.has(s.slug)) columns.set(s.slug, { slug: s.slug, title: s.title, core: s.core });
    }
  }
  return [...columns.values()];
}

// The comparison lists the most common gaps with the schools that have each: one query for the
// top ones, however many schools.
export const TOP_COMMON_GAPS = 10;

// `names` maps each latest cycle's id to its school's name.
async function schoolsWithGaps(codes: string[], assessmentIds: string[], names: ReadonlyMap<string, string>): Promise<Record<string, string[]>> {
  if (codes.length === 0 || assessmentIds.length === 0) return {};
  const answers = await prisma.answer.findMany({
    where: { assessmentId: { in: assessmentIds }, requirementCode: { in: codes }, value: { in: [...GAP_VALUES] } },
    select: { requirementCode: true, assessmentId: true },
  });
  const bySchool: Record<string, string[]> = {};
  for (const answer of answers) (bySchool[answer.requirementCode] ??= []).push(names.get(answer.assessmentId) ?? '');
  for (const list of Object.values(bySchool)) list.sort((a, b) => a.localeCompare(b, 'en-GB'));
  return bySchool;
}

async function gapCounts(assessmentIds: string[]): Promise<{ counts: GapCount[]; requirements: Map<string, RequirementInfo> }> {
  if (assessmentIds.length === 0) return { counts: [], requirements: new Map() };
  const grouped = await prisma.answer.groupBy({
    by: ['requirementCode', 'value'],
    where: { assessmentId: { in: assessmentIds }, value: { in: [...GAP_VALUES] } },
    _count: { _all: true },
  });
  const counts = new Map<string, GapCount>();
  for (const group of grouped) {
    const count = counts.get(group.requirementCode) ?? { code: group.requirementCode, notMet: 0, partlyMet: 0, notSure: 0 };
    if (group.value === 'NOT_MET') count.notMet += group._count._all;
    if (group.value === 'PARTLY_MET') count.partlyMet += group._count._all;
    if (group.value === 'NOT_SURE') count.notSure += group._count._all;
    counts.set(group.requirementCode, count);
  }
  // Titles from the newest version that holds each code (codes are stable across versions).
  const requirementRows = await prisma.requirement.findMany({
    where: { code: { in: [...counts.keys()] }, catalogueVersion: { assessments: { some: { id: { in: assessmentIds } } } } },
    orderBy: { catalogueVersion: { publishedOn: 'asc' } },
    select: { code: true, title: true, expectation: true, standard: { select: { slug: true, title: true } } },
  });
  const requirements = new Map<string, RequirementInfo>();
  for (const r of requirementRows) {
    requirements.set(r.code, { code: r.code, title: r.title, expectation: r.expectation, standardSlug: r.standard.slug, standardTitle: r.standard.title });
  }
  return { counts: [...counts.values()], requirements };
}

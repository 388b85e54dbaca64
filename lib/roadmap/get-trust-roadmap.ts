import 'server-only';
import type { AnswerValue } from '@/lib/assessment/answer-options';
import { evaluate } from '@/lib/assessment/evaluate';
import { getCatalogue } from '@/lib/assessment/get-catalogue';
import { coveredCodes, effectiveAnswers, effectiveValues, type OwnAnswer } from '@/lib/central/effective-answers';
import { loadCentralAnswers } from '@/lib/central/load-central-answers';
import { londonToday } from '@/lib/dates/format';
import { prisma } from '@/lib/db/prisma';
import { CONTRACT_ORDER, KIT_ORDER } from '@/lib/registers/list-registers';
import { itemsOfSchool } from '@/lib/registers/register-owner';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';
import { getTrust } from '@/lib/trusts/get-trust';
import { overviewKey, rememberOverview } from '@/lib/trust-overview/overview-cache';
import { buildRoadmap } from './build-roadmap';
import { ACADEMY_YEAR_START, financialYearsBetween } from './financial-year';
import { toRoadmapContract, toRoadmapKit, ROADMAP_HORIZON } from './get-school-roadmap';
import { openRequirements } from './open-requirements';
import { procurementOpportunities, spendByYearAndCategory, type SchoolRoadmap } from './trust-rollup';

/*
 * Every school's roadmap in the trust, in nine SQL statements whatever its size: the trust, its
 * schools (with the reach check), their cycles, the answers of each one's current cycle, the
 * trust's central answers (two), both registers, and the catalogue once per version and process.
 */
export async function getTrustRoadmap(actor: Actor, trustId: string, now = new Date()) {
  const trust = await getTrust(actor, trustId, 'register:read');
  const today = londonToday(now);
  // Kept in memory like the comparison, under the trust's data version (which every table read
  // below raises), the day and the person: never stale, on any number of instances.
  const key = `roadmap|${overviewKey({ trustId: trust.id, dataVersion: trust.dataVersion, trustUpdatedAt: trust.updatedAt, catalogueVersionId: null, day: today, includeDrafts: true, userId: actor.userId, isPlatformAdmin: actor.isPlatformAdmin })}`;
  const rollup = await rememberOverview(key, () => computeTrustRoadmap(actor, trust, today));
  return { trust, ...rollup };
}

async function computeTrustRoadmap(actor: Actor, trust: { id: string; financialYearStart: number | null }, today: string) {
  const scope = { AND: [{ trustId: trust.id, archivedAt: null }, schoolWhere(actor, 'assessment:read')] };
  const [schools, cycles, central] = await Promise.all([
    prisma.school.findMany({ where: scope, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    prisma.assessment.findMany({
      where: { school: { is: scope } },
      orderBy: [{ completedAt: { sort: 'desc', nulls: 'first' } }],
      select: { id: true, schoolId: true, status: true, catalogueVersionId: true },
    }),
    loadCentralAnswers(trust.id),
  ]);
  // The open draft, else the latest completed cycle: what each school's own roadmap shows.
  const current = new Map<string, (typeof cycles)[number]>();
  for (const cycle of cycles) {
    const held = current.get(cycle.schoolId);
    if (!held || (held.status !== 'DRAFT' && cycle.status === 'DRAFT')) current.set(cycle.schoolId, cycle);
  }
  const schoolIds = schools.map((s) => s.id);
  const [answers, contracts, kit] = await Promise.all([
    prisma.answer.findMany({
      where: { assessmentId: { in: [...current.values()].map((c) => c.id) } },
      select: { assessmentId: true, requirementCode: true, value: true, localReason: true },
    }),
    prisma.contract.findMany({ where: { OR: [{ schoolId: { in: schoolIds } }, { trustId: trust.id }] }, orderBy: CONTRACT_ORDER }),
    prisma.kitItem.findMany({ where: { OR: [{ schoolId: { in: schoolIds } }, { trustId: trust.id }] }, orderBy: KIT_ORDER }),
  ]);
  const answersOf = new Map<string, typeof answers>();
  for (const answer of answers) answersOf.set(answer.assessmentId, [...(answersOf.get(answer.assessmentId) ?? []), answer]);

  const startMonth = trust.financialYearStart ?? ACADEMY_YEAR_START;
  const roadmaps: Array<SchoolRoadmap & { overdue: number; next: { title: string; day: string } | null; missing: number }> = [];
  for (const school of schools) {
    const cycle = current.get(school.id);
    const schoolContracts = itemsOfSchool(contracts, school.id);
    const schoolKit = itemsOfSchool(kit, school.id);
    let entries: SchoolRoadmap['entries'] = [];
    if (cycle) {
      const catalogue = await getCatalogue(cycle.catalogueVersionId);
      const own = answersOf.get(cycle.id) ?? [];
      const values =
        cycle.status === 'DRAFT' && central
          ? effectiveValues(
              effectiveAnswers(
                catalogue,
                new Map<string, OwnAnswer>(own.map((a) => [a.requirementCode, { value: a.value as AnswerValue, localReason: a.localReason }])),
                central.answers,
                coveredCodes(catalogue, central.services, school.id),
              ),
            )
          : new Map(own.map((a) => [a.requirementCode, a.value as AnswerValue]));
      const open = openRequirements(catalogue, evaluate(catalogue, values).priorities);
      entries = buildRoadmap({
        today,
        financialYearStart: startMonth,
        open,
        contracts: schoolContracts.map(toRoadmapContract),
        kit: schoolKit.map(toRoadmapKit),
      });
    }
    const upcoming = entries.find((e) => e.decisionDate && e.decisionDate >= today && e.kind !== 'REQUIREMENT');
    roadmaps.push({
      schoolId: school.id,
      schoolName: school.name,
      entries,
      contracts: schoolContracts.map((c) => ({ id: c.id, service: c.service, annualCostPence: c.annualCostPence, providedByTrust: c.providedByTrust })),
      overdue: entries.filter((e) => e.overdue).length,
      missing: entries.filter((e) => e.kind === 'MISSING_FACT').length,
      next: upcoming ? { title: upcoming.title, day: upcoming.decisionDate! } : null,
    });
  }
  const years = financialYearsBetween(today, ROADMAP_HORIZON, startMonth).map((y) => y.label);
  const facts = {
    contracts: new Map(contracts.map((c) => [c.id, { service: c.service }])),
    kit: new Map(kit.map((k) => [k.id, { category: k.category, quantity: k.quantity }])),
  };
  const spend = spendByYearAndCategory(roadmaps, facts, years, startMonth, today);
  const opportunities = procurementOpportunities(roadmaps, facts, today);
  return { today, startMonth, years, schools: roadmaps, spend, opportunities };
}

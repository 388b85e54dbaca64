import 'server-only';
import { getCurrentEvaluation } from '@/lib/assessment/current-evaluation';
import { formatIsoDate, londonToday } from '@/lib/dates/format';
import { prisma } from '@/lib/db/prisma';
import { listSchoolRegisters } from '@/lib/registers/list-registers';
import type { Actor } from '@/lib/tenancy/actor';
import { budgetByYear } from './budget';
import { buildRoadmap, type RoadmapContract, type RoadmapKit } from './build-roadmap';
import { entryCostText } from './entry-cost';
import { openRequirements } from './open-requirements';
import { summariseRoadmap } from './roadmap-summary';
import { findContradictions } from './contradictions';
import { financialYearStartFor } from './financial-year';

// The budget and timeline reach the end of the year DfE expects the core standards by, and one more.
export const ROADMAP_HORIZON = '2031-12-31';

const day = (date: Date | null) => (date ? formatIsoDate(date) : null);

export function toRoadmapContract(c: {
  id: string;
  service: RoadmapContract['service'];
  supplier: string;
  endDate: Date | null;
  noticePeriod: string | null;
  annualCostPence: number | null;
  providedByTrust: boolean;
}): RoadmapContract {
  return {
    id: c.id,
    service: c.service,
    supplier: c.supplier,
    endDate: day(c.endDate),
    noticePeriod: c.noticePeriod,
    annualCostPence: c.annualCostPence,
    providedByTrust: c.providedByTrust,
  };
}

export function toRoadmapKit(k: {
  id: string;
  category: RoadmapKit['category'];
  makeModel: string;
  quantity: number;
  purchaseDate: Date | null;
  supportEnd: Date | null;
  operatingSystem: string | null;
  unitCostPence: number | null;
  portSpeedMbps: number | null;
  providedByTrust: boolean;
}): RoadmapKit {
  return {
    id: k.id,
    category: k.category,
    makeModel: k.makeModel,
    quantity: k.quantity,
    purchaseDate: day(k.purchaseDate),
    supportEnd: day(k.supportEnd),
    operatingSystem: k.operatingSystem,
    unitCostPence: k.unitCostPence,
    portSpeedMbps: k.portSpeedMbps,
    providedByTrust: k.providedByTrust,
  };
}

/** A school's roadmap, budget and contradictions, from its current cycle and its registers. */
export async function getSchoolRoadmap(
  actor: Actor,
  // With its trust's financial year when the caller has it (the page loader does), else read here.
  school: {
    id: string;
    type: Parameters<typeof financialYearStartFor>[0]['type'];
    trustId: string | null;
    financialYearStart: number | null;
    trust?: { financialYearStart?: number | null } | null;
  },
  now = new Date(),
) {
  const today = londonToday(now);
  const [{ current, detail }, registers, trust] = await Promise.all([
    getCurrentEvaluation(actor, school.id),
    listSchoolRegisters(actor, school.id),
    school.trustId && school.trust?.financialYearStart === undefined
      ? prisma.trust.findUnique({ where: { id: school.trustId }, select: { financialYearStart: true } })
      : (school.trust ?? null),
  ]);
  const financialYearStart = financialYearStartFor(school, trust?.financialYearStart ?? null);
  const contracts = registers.contracts.map(toRoadmapContract);
  const kit = registers.kit.map(toRoadmapKit);
  const open = detail ? openRequirements(detail.catalogue, detail.evaluation.priorities) : [];
  const entries = buildRoadmap({ today, financialYearStart, open, contracts, kit });
  const budget = budgetByYear({ entries, contracts, today, financialYearStart, until: ROADMAP_HORIZON });
  const contradictions = detail ? findContradictions(detail.values, kit, today) : [];
  const standards = (detail?.catalogue ?? []).map((s) => ({ slug: s.slug, title: s.title }));
  return { today, financialYearStart, current, entries, budget, contradictions, standards, registers };
}

/** The roadmap as the strategy freezes it when published. */
export function strategyRoadmap(roadmap: Awaited<ReturnType<typeof getSchoolRoadmap>>) {
  return summariseRoadmap({
    entries: roadmap.entries,
    budget: roadmap.budget,
    today: roadmap.today,
    until: ROADMAP_HORIZON,
    financialYearStart: roadmap.financialYearStart,
    costText: entryCostText,
  });
}

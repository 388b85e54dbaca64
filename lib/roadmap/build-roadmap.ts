// The roadmap (README, "Roadmap"): for every requirement not met, when it must be done and what
// it costs, dated from the registers where DfE ties it to an event. Pure: the page, the strategy
// and the trust roll-up all call this with what they loaded.
import { addDays, addMonths } from '@/lib/dates/calendar-days';
import { formatLongDate, parseIsoDate } from '@/lib/dates/format';
import type { ContractService, KitCategory } from '@/lib/generated/prisma/enums';
import { CONTRACT_SERVICE_LABEL, KIT_CATEGORY_LABEL, REPLACEMENT_YEARS } from '@/lib/registers/register-options';
import type { CostBand, Timing } from '@/lib/standards/catalogue-schema';
import { financialYearOf } from './financial-year';
import { describePeriod, subtractPeriod } from './notice-period';
import { operatingSystemEnd } from './operating-systems';
import { classifyTiming, standardTrigger, type RegisterTrigger } from './register-triggers';

export type RoadmapRequirement = {
  code: string;
  title: string;
  standardSlug: string;
  standardTitle: string;
  // The core standard's deadline ("2030-12-31"), or null for a standard that is not core.
  coreDeadline: string | null;
  timing: Timing;
  // The first next step: what to do, and its cost band.
  action: string;
  costBand: CostBand;
};

export type RoadmapContract = {
  id: string;
  service: ContractService;
  supplier: string;
  endDate: string | null;
  noticePeriod: string | null;
  annualCostPence: number | null;
  providedByTrust: boolean;
};

export type RoadmapKit = {
  id: string;
  category: KitCategory;
  makeModel: string;
  quantity: number;
  purchaseDate: string | null;
  supportEnd: string | null;
  operatingSystem: string | null;
  unitCostPence: number | null;
  portSpeedMbps: number | null;
  providedByTrust: boolean;
};

export type EntryCost = { source: 'REGISTER'; pence: number; recurring: boolean } | { source: 'BAND'; band: CostBand };
export type RegisterRef = { register: 'CONTRACT' | 'KIT'; id: string; label: string; providedByTrust: boolean };

export type RoadmapEntry = {
  key: string;
  kind: 'REQUIREMENT' | 'CONTRACT' | 'KIT' | 'MISSING_FACT';
  title: string;
  // Why this date, in a sentence.
  because: string;
  requirementCodes: string[];
  standardSlugs: string[];
  decisionDate: string | null;
  latestDate: string | null;
  overdue: boolean;
  cost: EntryCost | null;
  registerItems: RegisterRef[];
};

// Kit is ordered and installed ahead of its support end: the decision falls this long before.
export const KIT_LEAD_MONTHS = 6;
// A requirement that waits for the next review is due within a year.
export const REVIEW_MONTHS = 12;

/** "laptop", "laptops", "edge switches". */
export function kitNoun(category: KitCategory, count: number): string {
  const noun = KIT_CATEGORY_LABEL[category].toLowerCase();
  if (count === 1) return noun;
  return /(s|sh|ch|x)$/.test(noun) ? `${noun}es` : `${noun}s`;
}

const longDay = (day: string) => formatLongDate(parseIsoDate(day));

const BAND_ORDER: Record<CostBand, number> = { NONE: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
const highestBand = (bands: CostBand[]): CostBand => bands.reduce<CostBand>((a, b) => (BAND_ORDER[b] > BAND_ORDER[a] ? b : a), 'NONE');
const earliest = (...days: Array<string | null>): string | null => days.filter((d): d is string => Boolean(d)).sort()[0] ?? null;

/** When kit stops being safe to run: its support end, its operating system's, or its replacement age. */
export function kitDueDate(kit: RoadmapKit): { day: string; because: string } | null {
  const os = operatingSystemEnd(kit.operatingSystem);
  const candidates: Array<{ day: string; because: string }> = [];
  if (kit.supportEnd) candidates.push({ day: kit.supportEnd, because: 'its support ends' });
  if (os) candidates.push({ day: os.end, because: `${os.name} stops getting security updates` });
  if (candidates.length === 0 && kit.purchaseDate && REPLACEMENT_YEARS[kit.category]) {
    const years = REPLACEMENT_YEARS[kit.category]!;
    candidates.push({ day: addMonths(kit.purchaseDate, 12 * years), because: `${kitNoun(kit.category, 2)} are usually replaced after ${years} years` });
  }
  return candidates.sort((a, b) => a.day.localeCompare(b.day))[0] ?? null;
}

function capByCore(latest: string | null, requirements: readonly RoadmapRequirement[]): string | null {
  return earliest(latest, ...requirements.map((r) => r.coreDeadline));
}

function dated(entry: Omit<RoadmapEntry, 'overdue'>, today: string): RoadmapEntry {
  const latestDate = entry.latestDate;
  const decisionDate = earliest(entry.decisionDate, latestDate);
  return {
    ...entry,
    decisionDate,
    overdue: Boolean(latestDate && latestDate < today) || Boolean(decisionDate && decisionDate < today && entry.kind !== 'REQUIREMENT'),
  };
}

function kitLabel(kit: RoadmapKit): string {
  return `${kit.quantity} × ${kit.makeModel} (${kitNoun(kit.category, kit.quantity)})${kit.providedByTrust ? ', provided by the trust' : ''}`;
}
function contractLabel(contract: RoadmapContract): string {
  return `${CONTRACT_SERVICE_LABEL[contract.service]}: ${contract.supplier}${contract.providedByTrust ? ', provided by the trust' : ''}`;
}

function registerEntries(
  slug: string,
  trigger: RegisterTrigger,
  requirements: RoadmapRequirement[],
  contracts: readonly RoadmapContract[],
  kit: readonly RoadmapKit[],
  today: string,
): RoadmapEntry[] {
  const codes = requirements.map((r) => r.code);
  const base = { requirementCodes: codes, standardSlugs: [slug] };
  const band = { source: 'BAND' as const, band: highestBand(requirements.map((r) => r.costBand)) };
  const missing = (key: string, title: string, because: string, registerItems: RegisterRef[]): RoadmapEntry =>
    dated(
      { ...base, key, kind: 'MISSING_FACT', title, because, decisionDate: null, latestDate: capByCore(null, requirements), cost: band, registerItems },
      today,
    );

  if (trigger.register === 'CONTRACT') {
    const matching = contracts.filter((c) => trigger.services.includes(c.service));
    if (matching.length === 0) return [missing(`missing:${slug}`, `${trigger.missing}: add it to the register`, `DfE ties these to the ${trigger.what}.`, [])];
    return matching.map((contract) => {
      const ref: RegisterRef = { register: 'CONTRACT', id: contract.id, label: contractLabel(contract), providedByTrust: contract.providedByTrust };
      if (!contract.endDate)
        return missing(
          `missing:${slug}:${contract.id}`,
          `Add the end date of the ${CONTRACT_SERVICE_LABEL[contract.service].toLowerCase()} contract with ${contract.supplier}`,
          `DfE ties these to the ${trigger.what}, and the register has no end date.`,
          [ref],
        );
      const decision = contract.noticePeriod ? subtractPeriod(contract.endDate, contract.noticePeriod) : contract.endDate;
      return dated(
        {
          ...base,
          key: `contract:${contract.id}:${slug}`,
          kind: 'CONTRACT',
          title: `Decide what replaces the ${CONTRACT_SERVICE_LABEL[contract.service].toLowerCase()} contract with ${contract.supplier}`,
          because: contract.noticePeriod
            ? `It ends on ${longDay(contract.endDate)} with ${describePeriod(contract.noticePeriod)}’ notice: give notice or agree new terms by ${longDay(decision)}.`
            : `It ends on ${longDay(contract.endDate)}; the register has no notice period.`,
          decisionDate: decision,
          latestDate: capByCore(contract.endDate, requirements),
          cost: contract.annualCostPence !== null ? { source: 'REGISTER', pence: contract.annualCostPence, recurring: true } : band,
          registerItems: [ref],
        },
        today,
      );
    });
  }

  const matching = kit.filter((k) => trigger.categories.includes(k.category));
  if (matching.length === 0) return [missing(`missing:${slug}`, `${trigger.missing}: add them to the register`, `DfE ties these to the ${trigger.what}.`, [])];
  return matching.map((item) => {
    const ref: RegisterRef = { register: 'KIT', id: item.id, label: kitLabel(item), providedByTrust: item.providedByTrust };
    const due = kitDueDate(item);
    if (!due)
      return missing(
        `missing:${slug}:${item.id}`,
        `Add when ${item.makeModel} stops being supported, or when it was bought`,
        `DfE ties these to the ${trigger.what}, and the register has no dates for this kit.`,
        [ref],
      );
    return dated(
      {
        ...base,
        key: `kit:${item.id}:${slug}`,
        kind: 'KIT',
        title: `Replace ${item.quantity === 1 ? 'the' : item.quantity} ${item.makeModel} ${kitNoun(item.category, item.quantity)}`,
        because: `Due by ${longDay(due.day)}: ${due.because}. Decide ${KIT_LEAD_MONTHS} months ahead to order and install.`,
        decisionDate: addMonths(due.day, -KIT_LEAD_MONTHS),
        latestDate: capByCore(due.day, requirements),
        cost: item.unitCostPence !== null ? { source: 'REGISTER', pence: item.unitCostPence * item.quantity, recurring: false } : band,
        registerItems: [ref],
      },
      today,
    );
  });
}

function requirementEntry(requirement: RoadmapRequirement, today: string, financialYearStart: number): RoadmapEntry {
  const kind = classifyTiming(requirement.standardSlug, requirement.timing);
  let latest: string | null = null;
  let because = requirement.timing.text;
  if (kind === 'NOW') {
    latest = today;
    because = `Expected now: ${requirement.timing.text}`;
  } else if (kind === 'BY_DATE') latest = requirement.timing.date ?? null;
  else if (kind === 'BUDGET') latest = addDays(financialYearOf(today, financialYearStart).end, 1);
  else if (kind === 'REVIEW') latest = addMonths(today, REVIEW_MONTHS);
  const capped = capByCore(latest, [requirement]);
  if (capped && capped !== latest && requirement.coreDeadline)
    because = `${requirement.timing.text}; a core standard, so by ${longDay(requirement.coreDeadline)} at the latest`;
  return {
    key: `requirement:${requirement.code}`,
    kind: 'REQUIREMENT',
    title: requirement.action,
    because,
    requirementCodes: [requirement.code],
    standardSlugs: [requirement.standardSlug],
    decisionDate: capped,
    latestDate: capped,
    // "Now" is today: overdue means it should already have been done.
    overdue: kind === 'NOW' || Boolean(capped && capped < today),
    cost: { source: 'BAND', band: requirement.costBand },
    registerItems: [],
  };
}

const WHEN: Record<string, string> = {
  NOW: 'expected now',
  REVIEW: 'due at the next review',
  BUDGET: 'due before the next budget year',
  OCCASION: 'due when the occasion comes',
  BY_DATE: 'due by a set date',
};

/*
 * Requirements of one standard due on the same day for the same reason are one entry: "Meet the 12
 * cyber security requirements expected now". A roadmap is about when; the priorities list each
 * requirement. A standard's single requirement keeps its own next step as the title.
 */
function groupRequirementEntries(entries: readonly RoadmapEntry[], open: readonly RoadmapRequirement[]): RoadmapEntry[] {
  const byCode = new Map(open.map((r) => [r.code, r]));
  const groups = new Map<string, RoadmapEntry[]>();
  for (const entry of entries) {
    const requirement = byCode.get(entry.requirementCodes[0]!)!;
    const key = `${classifyTiming(requirement.standardSlug, requirement.timing)}|${requirement.standardSlug}|${entry.latestDate ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.entries()].map(([key, members]) => {
    if (members.length === 1) return members[0]!;
    const first = byCode.get(members[0]!.requirementCodes[0]!)!;
    const bands = members.map((m) => (m.cost?.source === 'BAND' ? m.cost.band : 'NONE'));
    return {
      ...members[0]!,
      key: `requirements:${key}`,
      title: `Meet the ${members.length} ${first.standardTitle.toLowerCase()} requirements ${WHEN[key.split('|')[0]!] ?? ''}`.trim(),
      requirementCodes: members.flatMap((m) => m.requirementCodes),
      overdue: members.some((m) => m.overdue),
      cost: { source: 'BAND', band: highestBand(bands) },
    };
  });
}

export type RoadmapInput = {
  today: string;
  financialYearStart: number;
  // The requirements not met (not met, partly met, not sure or unanswered), in catalogue order.
  open: readonly RoadmapRequirement[];
  contracts: readonly RoadmapContract[];
  kit: readonly RoadmapKit[];
};

const order = (a: RoadmapEntry, b: RoadmapEntry) =>
  (a.decisionDate ?? '9999').localeCompare(b.decisionDate ?? '9999') ||
  (a.latestDate ?? '9999').localeCompare(b.latestDate ?? '9999') ||
  a.key.localeCompare(b.key);

export function buildRoadmap({ today, financialYearStart, open, contracts, kit }: RoadmapInput): RoadmapEntry[] {
  const entries: RoadmapEntry[] = [];
  const byRegister = new Map<string, RoadmapRequirement[]>();
  for (const requirement of open) {
    const trigger = standardTrigger(requirement.standardSlug);
    if (trigger && classifyTiming(requirement.standardSlug, requirement.timing) === 'REGISTER') {
      byRegister.set(requirement.standardSlug, [...(byRegister.get(requirement.standardSlug) ?? []), requirement]);
    } else entries.push(requirementEntry(requirement, today, financialYearStart));
  }
  entries.splice(0, entries.length, ...groupRequirementEntries(entries, open));
  for (const [slug, requirements] of byRegister) entries.push(...registerEntries(slug, standardTrigger(slug)!, requirements, contracts, kit, today));
  return entries.sort(order);
}

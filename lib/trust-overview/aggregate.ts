import type { AssessmentSummary } from '@/lib/assessment/evaluate';
import { DEVELOPING_FROM, ESTABLISHED_FROM, type Maturity } from '@/lib/assessment/scoring';

/*
 * Trust-wide comparison rules (also in README.md, "Comparing a trust's schools"):
 * - Each school is compared on its latest completed cycle; drafts only change its status, unless
 *   work in progress is shown: then a draft's live scores fill its row, marked as a draft's.
 * - A trust average per standard is the plain mean of the schools' scores for it. Schools with
 *   no completed cycle, and schools for which the standard is not applicable (no score), are left
 *   out, so the average says how many schools it covers.
 * - Trends compare the same averages cycle by cycle (by academic year), each school counted once
 *   per cycle with its last completed assessment of that year.
 * - A school "improved" or "fell back" when its overall score moved by at least one point
 *   between its two latest completed cycles.
 */

export type AssessmentStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';

export type ComparedSchool = {
  id: string;
  name: string;
  urn: string;
  phase: string;
  localAuthority: string;
};

export type SchoolCycle = {
  id: string;
  schoolId: string;
  status: 'DRAFT' | 'COMPLETED';
  cycleLabel: string;
  startedAt: Date;
  completedAt: Date | null;
  summary: AssessmentSummary | null;
  // The catalogue version it was answered on, e.g. "2026.11".
  catalogueVersion: string;
};

export type StandardCell = { score: number | null; maturity: Maturity };

export type SchoolRow = ComparedSchool & {
  status: AssessmentStatus;
  // The latest completed cycle, whose scores fill the row.
  latest: { assessmentId: string; cycleLabel: string; completedAt: Date; catalogueVersion: string } | null;
  // The catalogue of the cycle in progress, if any: during a DfE update schools differ.
  draftCatalogueVersion: string | null;
  // The cycle whose scores fill the row: the latest completed one, or with work in progress
  // shown, the draft (then fromDraft is true and the scores are marked as a draft's).
  scoredCycleId: string | null;
  fromDraft: boolean;
  overall: StandardCell | null;
  standards: Record<string, StandardCell>;
  // Overall score change since the school's previous completed cycle.
  change: number | null;
  overdueActions: number;
};

export type StandardColumn = { slug: string; title: string; core: boolean };

export type Average = { score: number | null; schools: number };

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
}

// Averages carry no "must" detail, so their maturity follows the score thresholds alone.
export function maturityOfAverage(score: number | null): Maturity {
  if (score === null) return 'NOT_STARTED';
  if (score >= 100) return 'MEETS_STANDARD';
  if (score >= ESTABLISHED_FROM) return 'ESTABLISHED';
  if (score >= DEVELOPING_FROM) return 'DEVELOPING';
  return 'EMERGING';
}

function byCompletion(a: SchoolCycle, b: SchoolCycle) {
  return (b.completedAt?.getTime() ?? 0) - (a.completedAt?.getTime() ?? 0);
}

export function buildSchoolRows(
  schools: readonly ComparedSchool[],
  cycles: readonly SchoolCycle[],
  overdueBySchool: ReadonlyMap<string, number>,
  options: { includeDrafts?: boolean } = {},
): SchoolRow[] {
  const cyclesBySchool = new Map<string, SchoolCycle[]>();
  for (const cycle of cycles) {
    const list = cyclesBySchool.get(cycle.schoolId) ?? [];
    list.push(cycle);
    cyclesBySchool.set(cycle.schoolId, list);
  }
  return schools.map((school) => {
    const own = cyclesBySchool.get(school.id) ?? [];
    const completed = own.filter((c) => c.status === 'COMPLETED' && c.summary && c.completedAt).sort(byCompletion);
    const latest = completed[0] ?? null;
    const previous = completed[1] ?? null;
    const draft = own.find((c) => c.status === 'DRAFT');
    // With work in progress shown, a draft's live scores stand in for the completed cycle, and
    // the change is measured from that completed cycle.
    const scored = options.includeDrafts && draft?.summary ? draft : latest;
    const standards: Record<string, StandardCell> = {};
    for (const standard of scored?.summary?.standards ?? []) {
      standards[standard.slug] = { score: standard.score, maturity: standard.maturity };
    }
    const latestScore = scored?.summary?.overall.score ?? null;
    const previousScore = (scored === latest ? previous : latest)?.summary?.overall.score ?? null;
    return {
      ...school,
      status: draft ? 'IN_PROGRESS' : latest ? 'COMPLETED' : 'NOT_STARTED',
      latest: latest
        ? { assessmentId: latest.id, cycleLabel: latest.cycleLabel, completedAt: latest.completedAt!, catalogueVersion: latest.catalogueVersion }
        : null,
      draftCatalogueVersion: draft?.catalogueVersion ?? null,
      scoredCycleId: scored?.id ?? null,
      fromDraft: Boolean(scored && scored === draft),
      overall: scored?.summary ? { score: scored.summary.overall.score, maturity: scored.summary.overall.maturity } : null,
      standards,
      change: latestScore !== null && previousScore !== null ? latestScore - previousScore : null,
      overdueActions: overdueBySchool.get(school.id) ?? 0,
    };
  });
}

export function standardAverages(rows: readonly SchoolRow[], columns: readonly StandardColumn[]): Record<string, Average> {
  const averages: Record<string, Average> = {};
  for (const column of columns) {
    const scores = rows.flatMap((row) => {
      const score = row.standards[column.slug]?.score;
      return typeof score === 'number' ? [score] : [];
    });
    averages[column.slug] = { score: mean(scores), schools: scores.length };
  }
  return averages;
}

export function overallAverage(rows: readonly SchoolRow[]): Average {
  const scores = rows.flatMap((row) => (typeof row.overall?.score === 'number' ? [row.overall.score] : []));
  return { score: mean(scores), schools: scores.length };
}

export type CycleTrend = { cycleLabel: string; overall: Average; standards: Record<string, Average> };

// Trust averages per academic year, oldest first.
export function cycleTrends(cycles: readonly SchoolCycle[], columns: readonly StandardColumn[]): CycleTrend[] {
  const lastPerSchoolAndYear = new Map<string, SchoolCycle>();
  for (const cycle of cycles) {
    if (cycle.status !== 'COMPLETED' || !cycle.summary || !cycle.completedAt) continue;
    const key = `${cycle.cycleLabel}\u0000${cycle.schoolId}`;
    const seen = lastPerSchoolAndYear.get(key);
    if (!seen || byCompletion(cycle, seen) < 0) lastPerSchoolAndYear.set(key, cycle);
  }
  const byYear = new Map<string, SchoolCycle[]>();
  for (const cycle of lastPerSchoolAndYear.values()) {
    byYear.set(cycle.cycleLabel, [...(byYear.get(cycle.cycleLabel) ?? []), cycle]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cycleLabel, yearCycles]) => {
      const standards: Record<string, Average> = {};
      for (const column of columns) {
        const scores = yearCycles.flatMap((c) => {
          const score = c.summary!.standards.find((s) => s.slug === column.slug)?.score;
          return typeof score === 'number' ? [score] : [];
        });
        standards[column.slug] = { score: mean(scores), schools: scores.length };
      }
      const overallScores = yearCycles.flatMap((c) => (typeof c.summary!.overall.score === 'number' ? [c.summary!.overall.score] : []));
      return { cycleLabel, overall: { score: mean(overallScores), schools: overallScores.length }, standards };
    });
}

export function schoolMovements(rows: readonly SchoolRow[]) {
  const moved = rows.filter((row): row is SchoolRow & { change: number } => row.change !== null && row.change !== 0);
  return {
    improved: moved.filter((row) => row.change > 0).sort((a, b) => b.change - a.change || a.name.localeCompare(b.name)),
    fellBack: moved.filter((row) => row.change < 0).sort((a, b) => a.change - b.change || a.name.localeCompare(b.name)),
  };
}

// Sorting and filtering, from the page's URL.
export const STATUS_LABEL: Record<AssessmentStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
};

export type SortKey = 'name' | 'overall' | 'status' | 'overdue' | 'change' | `standard:${string}`;
export type SortDirection = 'asc' | 'desc';
export type RowFilter = { phase?: string; localAuthority?: string; status?: AssessmentStatus };

export function filterRows(rows: readonly SchoolRow[], filter: RowFilter): SchoolRow[] {
  return rows.filter(
    (row) =>
      (!filter.phase || row.phase === filter.phase) &&
      (!filter.localAuthority || row.localAuthority === filter.localAuthority) &&
      (!filter.status || row.status === filter.status),
  );
}

const STATUS_ORDER: Record<AssessmentStatus, number> = { NOT_STARTED: 0, IN_PROGRESS: 1, COMPLETED: 2 };

function sortValue(row: SchoolRow, key: SortKey): number | string | null {
  if (key === 'name') return row.name;
  if (key === 'overall') return row.overall?.score ?? null;
  if (key === 'status') return STATUS_ORDER[row.status];
  if (key === 'overdue') return row.overdueActions;
  if (key === 'change') return row.change;
  return row.standards[key.slice('standard:'.length)]?.score ?? null;
}

// Schools without a value always sink to the bottom, whichever way the column is sorted;
// ties keep alphabetical order so the table never reshuffles between requests.
export function sortRows(rows: readonly SchoolRow[], key: SortKey, direction: SortDirection): SchoolRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    if (x !== null && y !== null && x !== y) {
      return sign * (typeof x === 'string' ? x.localeCompare(String(y), 'en-GB') : (x as number) - (y as number));
    }
    return a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id);
  });
}

export type GapCount = { code: string; notMet: number; partlyMet: number; notSure: number };
export type RequirementInfo = { code: string; title: string; standardSlug: string; standardTitle: string; expectation: 'MUST' | 'SHOULD' };
export type CommonGap = RequirementInfo & GapCount & { schools: number; share: number };

// Requirements short of "met" in the most schools: where trust-wide buying and support pay off.
export function commonGaps(counts: readonly GapCount[], requirements: ReadonlyMap<string, RequirementInfo>, assessedSchools: number): CommonGap[] {
  return counts
    .flatMap((count) => {
      const info = requirements.get(count.code);
      if (!info) return [];
      const schools = count.notMet + count.partlyMet + count.notSure;
      return [{ ...info, ...count, schools, share: assessedSchools === 0 ? 0 : Math.round((100 * schools) / assessedSchools) }];
    })
    .sort(
      (a, b) =>
        b.schools - a.schools ||
        b.notMet + b.notSure - (a.notMet + a.notSure) ||
        (a.expectation === b.expectation ? 0 : a.expectation === 'MUST' ? -1 : 1) ||
        a.code.localeCompare(b.code),
    );
}

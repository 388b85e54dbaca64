import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { AssessmentSummary } from '@/lib/assessment/evaluate';
import type { Maturity } from '@/lib/assessment/scoring';
import {
  buildSchoolRows,
  commonGaps,
  cycleTrends,
  filterRows,
  maturityOfAverage,
  overallAverage,
  schoolMovements,
  sortRows,
  standardAverages,
  type ComparedSchool,
  type SchoolCycle,
  type StandardColumn,
} from '@/lib/trust-overview/aggregate';
import { gapsCsv, matrixCsv } from '@/lib/trust-overview/csv';
import { parseViewParams, viewQuery } from '@/lib/trust-overview/view-params';

const columns: StandardColumn[] = [
  { slug: 'cyber', title: 'Cyber security', core: true },
  { slug: 'cloud', title: 'Cloud solutions', core: false },
];

function summary(overall: number | null, scores: Record<string, number | null>): AssessmentSummary {
  const maturity = (score: number | null): Maturity => (score === null ? 'NOT_APPLICABLE' : maturityOfAverage(score));
  return {
    overall: { score: overall, maturity: maturity(overall), answered: 10, total: 10 },
    standards: Object.entries(scores).map(([slug, score]) => ({ slug, title: slug, core: slug === 'cyber', score, maturity: maturity(score) })),
    gaps: 0,
    mustGaps: 0,
  };
}

const school = (id: string, name: string, phase = 'PRIMARY', localAuthority = 'Leeds'): ComparedSchool => ({
  id,
  name,
  urn: `1${id.padStart(5, '0')}`,
  phase,
  localAuthority,
});

let sequence = 0;
function completed(schoolId: string, cycleLabel: string, completedOn: string, s: AssessmentSummary): SchoolCycle {
  sequence += 1;
  return {
    id: `a${sequence}`,
    schoolId,
    status: 'COMPLETED',
    cycleLabel,
    startedAt: new Date(completedOn),
    completedAt: new Date(completedOn),
    summary: s,
    catalogueVersion: '2026.11',
  };
}
const draft = (schoolId: string): SchoolCycle => ({
  id: `d-${schoolId}`,
  schoolId,
  status: 'DRAFT',
  cycleLabel: '2026/27',
  startedAt: new Date('2026-10-01'),
  completedAt: null,
  summary: null,
  catalogueVersion: '2026.12',
});

const schools = [
  school('1', 'Ash Primary'),
  school('2', 'Beech Academy', 'SECONDARY', 'Bradford'),
  school('3', 'Cedar Primary'),
  school('4', 'Damson Primary'),
];
const cycles = [
  completed('1', '2024/25', '2025-06-01', summary(40, { cyber: 40, cloud: 40 })),
  completed('1', '2025/26', '2026-06-01', summary(60, { cyber: 80, cloud: 40 })),
  completed('2', '2024/25', '2025-06-01', summary(70, { cyber: 60, cloud: 80 })),
  completed('2', '2025/26', '2026-06-01', summary(50, { cyber: 50, cloud: null })),
  draft('2'),
  completed('3', '2025/26', '2026-05-01', summary(90, { cyber: 90, cloud: 90 })),
  // Damson has only a draft: it must not drag any average down.
  draft('4'),
];
const rows = buildSchoolRows(schools, cycles, new Map([['1', 2]]));
const row = (id: string) => rows.find((r) => r.id === id)!;

describe('school rows', () => {
  it('use the latest completed cycle, and a draft only changes the status', () => {
    expect(row('1')).toMatchObject({ status: 'COMPLETED', overall: { score: 60 }, change: 20, overdueActions: 2 });
    expect(row('1').standards.cyber).toEqual({ score: 80, maturity: 'ESTABLISHED' });
    expect(row('2')).toMatchObject({ status: 'IN_PROGRESS', overall: { score: 50 }, change: -20, overdueActions: 0, draftCatalogueVersion: '2026.12' });
    expect(row('2').latest?.catalogueVersion).toBe('2026.11');
    expect(row('3')).toMatchObject({ status: 'COMPLETED', change: null });
    expect(row('4')).toMatchObject({ status: 'IN_PROGRESS', latest: null, overall: null, change: null });
    expect(rows.every((r) => !r.fromDraft)).toBe(true);
  });

  it('with work in progress shown, use a scored draft, marked, with the change from the last completed cycle', () => {
    const scoredDraft = { ...draft('2'), summary: summary(75, { cyber: 90, cloud: 60 }) };
    const live = buildSchoolRows(schools, [...cycles.filter((c) => c.id !== 'd-2'), scoredDraft], new Map(), { includeDrafts: true });
    const beech = live.find((r) => r.id === '2')!;
    expect(beech).toMatchObject({ fromDraft: true, scoredCycleId: 'd-2', overall: { score: 75 }, change: 25 });
    expect(beech.standards.cyber!.score).toBe(90);
    // Its completed cycle is still named as the last completed one.
    expect(beech.latest?.assessmentId).not.toBe('d-2');
    // A draft with nothing answered yet (no summary) leaves the completed scores in place.
    expect(live.find((r) => r.id === '1')).toMatchObject({ fromDraft: false, overall: { score: 60 } });
    expect(live.find((r) => r.id === '4')).toMatchObject({ fromDraft: false, overall: null });
    expect(standardAverages(live, columns).cyber).toEqual({ score: Math.round((80 + 90 + 90) / 3), schools: 3 });
  });
});

describe('trust averages', () => {
  it('leave out not-applicable standards and schools without a completed cycle', () => {
    const averages = standardAverages(rows, columns);
    expect(averages.cyber).toEqual({ score: Math.round((80 + 50 + 90) / 3), schools: 3 });
    // Beech's cloud is not applicable: the average is over Ash and Cedar only.
    expect(averages.cloud).toEqual({ score: Math.round((40 + 90) / 2), schools: 2 });
    expect(overallAverage(rows)).toEqual({ score: Math.round((60 + 50 + 90) / 3), schools: 3 });
  });

  it('are empty, not zero, when nobody has completed a cycle', () => {
    const fresh = buildSchoolRows([school('9', 'New School')], [draft('9')], new Map());
    expect(standardAverages(fresh, columns).cyber).toEqual({ score: null, schools: 0 });
    expect(overallAverage(fresh)).toEqual({ score: null, schools: 0 });
    expect(maturityOfAverage(null)).toBe('NOT_STARTED');
  });
});

describe('trends', () => {
  it('average each academic year, oldest first, counting each school once per year', () => {
    const again = completed('3', '2025/26', '2026-07-01', summary(70, { cyber: 70, cloud: 70 }));
    const trends = cycleTrends([...cycles, again], columns);
    expect(trends.map((t) => t.cycleLabel)).toEqual(['2024/25', '2025/26']);
    expect(trends[0]!.overall).toEqual({ score: 55, schools: 2 });
    // Cedar's later 2025/26 assessment (70) replaces its earlier one (90).
    expect(trends[1]!.overall).toEqual({ score: 60, schools: 3 });
    expect(trends[1]!.standards.cloud).toEqual({ score: 55, schools: 2 });
  });

  it('name the schools that improved and fell back, biggest change first', () => {
    const { improved, fellBack } = schoolMovements(rows);
    expect(improved.map((r) => r.name)).toEqual(['Ash Primary']);
    expect(fellBack.map((r) => r.name)).toEqual(['Beech Academy']);
  });
});

describe('sorting and filtering', () => {
  it('sorts by a standard either way, with missing values always last', () => {
    expect(sortRows(rows, 'standard:cloud', 'desc').map((r) => r.name)).toEqual(['Cedar Primary', 'Ash Primary', 'Beech Academy', 'Damson Primary']);
    expect(sortRows(rows, 'standard:cloud', 'asc').map((r) => r.name)).toEqual(['Ash Primary', 'Cedar Primary', 'Beech Academy', 'Damson Primary']);
    expect(sortRows(rows, 'name', 'desc').map((r) => r.name)[0]).toBe('Damson Primary');
    expect(sortRows(rows, 'overdue', 'desc')[0]!.name).toBe('Ash Primary');
  });

  it('filters by phase, local authority and status together', () => {
    expect(filterRows(rows, { phase: 'PRIMARY' }).map((r) => r.id)).toEqual(['1', '3', '4']);
    expect(filterRows(rows, { phase: 'PRIMARY', status: 'IN_PROGRESS' }).map((r) => r.id)).toEqual(['4']);
    expect(filterRows(rows, { localAuthority: 'Bradford' }).map((r) => r.id)).toEqual(['2']);
  });

  it('reads the view from the URL and ignores anything odd', () => {
    expect(parseViewParams({})).toEqual({ sort: 'name', dir: 'asc', filter: {}, includeDrafts: false });
    expect(parseViewParams({ sort: 'standard:cyber-security', dir: 'desc', status: 'COMPLETED', la: ' Leeds ' })).toEqual({
      sort: 'standard:cyber-security',
      dir: 'desc',
      filter: { status: 'COMPLETED', localAuthority: 'Leeds' },
      includeDrafts: false,
    });
    expect(parseViewParams({ sort: "name'; drop table", dir: 'sideways', status: 'DONE', phase: ['PRIMARY', 'SECONDARY'], wip: 'yes' })).toEqual({
      sort: 'name',
      dir: 'asc',
      filter: { phase: 'PRIMARY' },
      includeDrafts: false,
    });
    const view = parseViewParams({ sort: 'overall', phase: 'PRIMARY', wip: '1' });
    expect(view.includeDrafts).toBe(true);
    expect(viewQuery(view, { dir: 'desc' })).toBe('?sort=overall&dir=desc&phase=PRIMARY&wip=1');
  });
});

describe('common gaps', () => {
  const info = new Map([
    ['cyber.mfa', { code: 'cyber.mfa', title: 'MFA', standardSlug: 'cyber', standardTitle: 'Cyber security', expectation: 'MUST' as const }],
    ['cloud.exit', { code: 'cloud.exit', title: 'Exit plan', standardSlug: 'cloud', standardTitle: 'Cloud solutions', expectation: 'SHOULD' as const }],
    ['cloud.backup', { code: 'cloud.backup', title: 'Backup', standardSlug: 'cloud', standardTitle: 'Cloud solutions', expectation: 'SHOULD' as const }],
  ]);

  it('rank requirements by how many schools fall short, then by outright gaps, then musts', () => {
    const gaps = commonGaps(
      [
        { code: 'cloud.exit', notMet: 1, partlyMet: 2, notSure: 0 },
        { code: 'cyber.mfa', notMet: 1, partlyMet: 2, notSure: 0 },
        { code: 'cloud.backup', notMet: 2, partlyMet: 0, notSure: 2 },
        { code: 'retired.code', notMet: 9, partlyMet: 0, notSure: 0 },
      ],
      info,
      5,
    );
    expect(gaps.map((g) => g.code)).toEqual(['cloud.backup', 'cyber.mfa', 'cloud.exit']);
    expect(gaps[0]).toMatchObject({ schools: 4, share: 80 });
  });
});

describe('CSV export', () => {
  it('opens cleanly in Excel: BOM, CRLF, quoted cells, and formulas neutralised', () => {
    const tricky = buildSchoolRows(
      [school('7', '=HYPERLINK("http://evil")', 'PRIMARY', 'St Helens, Merseyside')],
      [completed('7', '2025/26', '2026-06-01', summary(55, { cyber: 55, cloud: null }))],
      new Map(),
    );
    const csv = matrixCsv(tricky, columns, standardAverages(tricky, columns), overallAverage(tricky));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const records = parse(csv, { bom: true }) as string[][];
    expect(records[0]!.slice(0, 3)).toEqual(['School', 'URN', 'Phase']);
    expect(records[0]).toContain('Cyber security score');
    expect(records[1]![0]).toBe(`'=HYPERLINK("http://evil")`);
    expect(records[1]![3]).toBe('St Helens, Merseyside');
    expect(records[1]![records[0]!.indexOf('Cloud solutions maturity')]).toBe('Not applicable');
    expect(records.at(-1)![0]).toBe('Trust average');
  });

  it('keeps negative changes as numbers and lists every gap', () => {
    const csv = matrixCsv([row('2')], columns, {}, { score: null, schools: 0 });
    const records = parse(csv, { bom: true }) as string[][];
    expect(records[1]![records[0]!.indexOf('Change since previous cycle')]).toBe('-20');
    const gaps = parse(
      gapsCsv(
        [
          {
            code: 'cyber.mfa',
            title: 'MFA',
            standardSlug: 'cyber',
            standardTitle: 'Cyber security',
            expectation: 'MUST',
            notMet: 1,
            partlyMet: 1,
            notSure: 0,
            schools: 2,
            share: 40,
          },
        ],
        5,
      ),
      { bom: true },
    ) as string[][];
    expect(gaps[1]).toEqual(['MFA', 'cyber.mfa', 'Cyber security', 'Must', '2', '40', '1', '0', '1']);
  });
});

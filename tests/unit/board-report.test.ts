import { describe, expect, it } from 'vitest';
import { buildBoardReportContent, REPORT_GAPS } from '@/lib/board-report/report-content';
import type { CatalogueStandard } from '@/lib/assessment/evaluate';
import { buildSchoolRows, commonGaps, overallAverage, standardAverages, type SchoolCycle, type StandardColumn } from '@/lib/trust-overview/aggregate';

const columns: StandardColumn[] = [
  { slug: 'broadband', title: 'Broadband internet', core: true },
  { slug: 'cloud', title: 'Cloud solutions', core: false },
];

const completed = (id: string, schoolId: string, broadband: number, maturity: 'EMERGING' | 'MEETS_STANDARD'): SchoolCycle => ({
  id,
  schoolId,
  status: 'COMPLETED',
  cycleLabel: '2025/26',
  startedAt: new Date('2025-10-01'),
  completedAt: new Date('2026-06-01'),
  summary: {
    overall: { score: broadband, maturity, answered: 2, total: 2 },
    standards: [{ slug: 'broadband', title: 'Broadband internet', core: true, score: broadband, maturity }],
    gaps: 0,
    mustGaps: 0,
  },
  catalogueVersion: '2026.11',
});

const schools = ['Ash', 'Beech', 'Cedar'].map((name, i) => ({ id: `s${i}`, name, urn: `10000${i}`, phase: 'PRIMARY', localAuthority: 'Leeds' }));
const rows = buildSchoolRows(schools, [completed('a0', 's0', 20, 'EMERGING'), completed('a1', 's1', 100, 'MEETS_STANDARD')], new Map());
const catalogue = [
  { slug: 'broadband', title: 'Broadband internet', requirements: [{ code: 'BB-1' }, { code: 'BB-2' }] },
  { slug: 'cloud', title: 'Cloud solutions', requirements: [{ code: 'CL-1' }, { code: 'CL-2' }, { code: 'CL-3' }] },
] as unknown as CatalogueStandard[];
const gaps = commonGaps(
  Array.from({ length: 14 }, (_, i) => ({ code: `BB-${i}`, notMet: 14 - i, partlyMet: 0, notSure: 0 })),
  new Map(
    Array.from({ length: 14 }, (_, i) => [
      `BB-${i}`,
      { code: `BB-${i}`, title: `Gap ${i}`, expectation: 'MUST' as const, standardSlug: 'broadband', standardTitle: 'Broadband internet' },
    ]),
  ),
  2,
);

function build(services: Array<{ covers: string; schoolIds: string[] }>) {
  return buildBoardReportContent({
    trust: { id: 't1', name: 'Northern Lights' },
    generatedAt: new Date('2026-12-01T09:00:00Z'),
    day: '2026-12-01',
    rows,
    columns,
    averages: standardAverages(rows, columns),
    overall: overallAverage(rows),
    trends: [],
    gaps,
    gapSchools: { 'BB-0': ['Ash', 'Beech'] },
    assessedSchools: 2,
    attention: [{ id: 's2', name: 'Cedar', reasons: ['No completed self-assessment'] }],
    catalogue,
    services,
    statusText: (row) => row.status,
  });
}

describe('board report content', () => {
  it('sums up the heat map: schools per level for each standard, the rest not assessed', () => {
    const content = build([]);
    const broadband = content.standards.find((s) => s.slug === 'broadband')!;
    expect(broadband.levels).toEqual({ EMERGING: 1, DEVELOPING: 0, ESTABLISHED: 0, MEETS_STANDARD: 1 });
    expect(broadband.notAssessed).toBe(1);
    expect(broadband.average).toEqual({ score: 60, schools: 2 });
    expect(content.standards.find((s) => s.slug === 'cloud')!.notAssessed).toBe(3);
    expect(content.rows.map((r) => r.name)).toEqual(['Ash', 'Beech', 'Cedar']);
  });

  it('keeps the top gaps with the schools that have them', () => {
    const content = build([]);
    expect(content.gaps).toHaveLength(REPORT_GAPS);
    expect(content.gaps[0]).toMatchObject({ code: 'BB-0', names: ['Ash', 'Beech'] });
    expect(content.gaps[1]!.names).toEqual([]);
  });

  it('says what the trust provides centrally, for whom, and nothing for standards it does not', () => {
    expect(build([]).coverage).toEqual([]);
    const content = build([
      { covers: 'standard:broadband', schoolIds: [] },
      { covers: 'requirement:CL-2', schoolIds: ['s0', 's1'] },
    ]);
    expect(content.coverage).toEqual([
      { title: 'Broadband internet', mode: 'standard', requirements: 2, of: 2, schools: 'all' },
      { title: 'Cloud solutions', mode: 'requirements', requirements: 1, of: 3, schools: 2 },
    ]);
  });
});

// What a trust board report says, as plain data: built from the comparison (the same numbers the
// CEO sees on screen), stored with the report, and rendered to PDF by a background job
// (lib/pdf/board-report-document.tsx). Pure, so its rules are tested without a database.
import type { Maturity } from '@/lib/assessment/scoring';
import type { CatalogueStandard } from '@/lib/assessment/evaluate';
import { standardCoverage } from '@/lib/central/standard-coverage';
import type { CentralServiceRule } from '@/lib/central/effective-answers';
import type { Attention } from '@/lib/trust-overview/attention';
import type { Average, CommonGap, CycleTrend, SchoolRow, StandardColumn } from '@/lib/trust-overview/aggregate';

export const REPORT_LEVELS = ['EMERGING', 'DEVELOPING', 'ESTABLISHED', 'MEETS_STANDARD'] as const satisfies readonly Maturity[];
export type ReportLevel = (typeof REPORT_LEVELS)[number];

export type BoardReportContent = {
  trust: { id: string; name: string };
  // When it was made (ISO moment) and the London day its "overdue" and "due" were judged on.
  generatedAt: string;
  day: string;
  schools: number;
  assessedSchools: number;
  overall: Average;
  // The heat map in summary: per standard, the trust average and how many schools are at each level.
  standards: Array<{ slug: string; title: string; core: boolean; average: Average; levels: Record<ReportLevel, number>; notAssessed: number }>;
  trends: Array<{ cycleLabel: string; overall: Average; standards: Record<string, Average> }>;
  gaps: Array<Pick<CommonGap, 'code' | 'title' | 'standardTitle' | 'expectation' | 'schools' | 'share'> & { names: string[] }>;
  attention: Attention[];
  coverage: Array<{ title: string; mode: 'standard' | 'requirements'; requirements: number; of: number; schools: number | 'all' }>;
  // Every school in one line: the appendix a board member looks their school up in.
  rows: Array<{ name: string; overall: number | null; maturity: Maturity | null; change: number | null; overdueActions: number; status: string }>;
};

export const REPORT_GAPS = 10;

export function buildBoardReportContent(input: {
  trust: { id: string; name: string };
  generatedAt: Date;
  day: string;
  rows: readonly SchoolRow[];
  columns: readonly StandardColumn[];
  averages: Record<string, Average>;
  overall: Average;
  trends: readonly CycleTrend[];
  gaps: readonly CommonGap[];
  gapSchools: Record<string, string[]>;
  assessedSchools: number;
  attention: Attention[];
  catalogue: readonly CatalogueStandard[];
  services: readonly CentralServiceRule[];
  statusText: (row: SchoolRow) => string;
}): BoardReportContent {
  const standards = input.columns.map((column) => {
    const levels: Record<ReportLevel, number> = { EMERGING: 0, DEVELOPING: 0, ESTABLISHED: 0, MEETS_STANDARD: 0 };
    let notAssessed = 0;
    for (const row of input.rows) {
      const maturity = row.standards[column.slug]?.maturity;
      if (maturity && (REPORT_LEVELS as readonly string[]).includes(maturity)) levels[maturity as ReportLevel] += 1;
      else notAssessed += 1;
    }
    return {
      slug: column.slug,
      title: column.title,
      core: column.core,
      average: input.averages[column.slug] ?? { score: null, schools: 0 },
      levels,
      notAssessed,
    };
  });
  const coverage = input.catalogue.flatMap((standard) => {
    const cover = standardCoverage(standard, input.services);
    if (cover.mode === 'none') return [];
    return [
      {
        title: standard.title,
        mode: cover.mode,
        requirements: cover.codes.length,
        of: standard.requirements.length,
        schools: cover.schoolIds.length === 0 ? ('all' as const) : cover.schoolIds.length,
      },
    ];
  });
  return {
    trust: input.trust,
    generatedAt: input.generatedAt.toISOString(),
    day: input.day,
    schools: input.rows.length,
    assessedSchools: input.assessedSchools,
    overall: input.overall,
    standards,
    trends: input.trends.map((trend) => ({ cycleLabel: trend.cycleLabel, overall: trend.overall, standards: trend.standards })),
    gaps: input.gaps.slice(0, REPORT_GAPS).map((gap) => ({
      code: gap.code,
      title: gap.title,
      standardTitle: gap.standardTitle,
      expectation: gap.expectation,
      schools: gap.schools,
      share: gap.share,
      names: input.gapSchools[gap.code] ?? [],
    })),
    attention: input.attention,
    coverage,
    rows: input.rows.map((row) => ({
      name: row.name,
      overall: row.overall?.score ?? null,
      maturity: row.overall?.maturity ?? null,
      change: row.change,
      overdueActions: row.overdueActions,
      status: input.statusText(row),
    })),
  };
}

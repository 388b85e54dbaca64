// `npm run bench:pdf`: how long a large strategy PDF and an 80-school trust board report take to
// render on this machine.
// A large strategy: every standard scored, every requirement of the catalogue not yet met, and
// 100 actions across two years. Prints cold and warm render times; no database needed.
import { cpus } from 'node:os';
import { evaluate, type CatalogueStandard } from '../../lib/assessment/evaluate.ts';
import { catalogueFromInput } from '../../lib/assessment/catalogue-rows.ts';
import { DFE_2026_11 } from '../../lib/standards/catalogue/index.ts';
import { renderStrategyPdf } from '../../lib/pdf/render-strategy.ts';
import { pdfPageCount } from '../../lib/pdf/page-count.ts';
import { buildStrategyContent, DEFAULT_AI_STANCE } from '../../lib/strategy/content.ts';
import { renderBoardReportPdf } from '../../lib/pdf/render-board-report.ts';
import type { BoardReportContent } from '../../lib/board-report/report-content.ts';

const catalogue: CatalogueStandard[] = catalogueFromInput(DFE_2026_11, (code) => code);
const values = ['PARTLY_MET', 'NOT_MET', 'NOT_SURE'] as const;
const answers = new Map(catalogue.flatMap((s) => s.requirements.map((r, i) => [r.code, values[i % 3]!] as const)));
const evaluation = evaluate(catalogue, answers);
const statuses = ['PLANNED', 'IN_PROGRESS', 'DONE'] as const;
const actions = Array.from({ length: 100 }, (_, i) => ({
  title: `Action ${i + 1}: ${evaluation.priorities[i % evaluation.priorities.length]!.title}`,
  ownerName: ['SLT digital lead', 'IT support', 'School business manager', 'DSL'][i % 4]!,
  dueDate: new Date(Date.UTC(2026, 8 + (i % 24), 15)),
  estimatedCostPence: i % 5 === 0 ? null : (i + 1) * 12_500,
  status: statuses[i % 3]!,
}));
const content = buildStrategyContent({
  number: 3,
  publishedAt: new Date('2026-11-20T10:00:00Z'),
  publishedByName: 'Sarah Bennett',
  school: { name: 'Riverside Primary Academy', urn: '148201', phase: 'PRIMARY', localAuthority: 'Leeds' },
  trustName: 'Northern Lights Learning Trust',
  sections: {
    vision: 'Every pupil leaves us a confident, safe and creative user of technology. '.repeat(20),
    positionCommentary: 'We are strongest where we have invested. '.repeat(10),
    priorities: evaluation.priorities.slice(0, 15).map((p) => p.title),
    actionCommentary: 'The plan runs over two years. '.repeat(10),
    budget: 'Funded from the devolved capital budget and the trust’s central IT budget. '.repeat(5),
    aiStance: DEFAULT_AI_STANCE,
    digitalLead: 'Amira Shah',
    oversightGovernor: 'Margaret Ellis',
    rolesNotes: 'The digital lead reports each term. '.repeat(5),
    reviewDate: '2027-07-15',
    reviewCycle: 'ANNUALLY',
  },
  basis: { cycleLabel: '2026/27', completedAt: new Date('2026-11-01T00:00:00Z'), evaluation },
  actions,
});

console.log(`Machine: ${cpus().length} cores, Node ${process.version}`);
console.log(`Document: ${content.position!.standards.length} standards, ${content.gaps.length} requirements not met, ${actions.length} actions`);
const runs: number[] = [];
let bytes = 0;
let pages = 0;
for (let run = 1; run <= 5; run++) {
  const started = performance.now();
  // As the background job renders it: twice, the second time with the contents' page numbers.
  const pdf = await renderStrategyPdf(content);
  const ms = performance.now() - started;
  bytes = pdf.length;
  pages = pdfPageCount(pdf);
  runs.push(ms);
  console.log(`render ${run}${run === 1 ? ' (cold: fonts and layout engine load)' : ''}: ${ms.toFixed(0)} ms`);
}
const warm = runs.slice(1).sort((a, b) => a - b);
console.log(`PDF size: ${(bytes / 1024).toFixed(0)} KiB, ${pages} pages`);
console.log(`Warm render: median ${warm[Math.floor(warm.length / 2)]!.toFixed(0)} ms, best ${warm[0]!.toFixed(0)} ms`);

// A trust board report for the largest trust (80 schools), as the background job renders it.
const levels = ['EMERGING', 'DEVELOPING', 'ESTABLISHED', 'MEETS_STANDARD'] as const;
const report: BoardReportContent = {
  trust: { id: 't', name: 'Northern Lights Learning Trust' },
  generatedAt: '2026-12-01T09:00:00.000Z',
  day: '2026-12-01',
  schools: 80,
  assessedSchools: 74,
  overall: { score: 58, schools: 74 },
  standards: catalogue.map((standard, i) => ({
    slug: standard.slug,
    title: standard.title,
    core: standard.core,
    average: { score: 40 + i * 4, schools: 74 },
    levels: { EMERGING: 10 + i, DEVELOPING: 30 - i, ESTABLISHED: 20, MEETS_STANDARD: 14 },
    notAssessed: 6,
  })),
  trends: ['2023/24', '2024/25', '2025/26'].map((cycleLabel, y) => ({
    cycleLabel,
    overall: { score: 45 + y * 6, schools: 60 + y * 7 },
    standards: Object.fromEntries(catalogue.map((standard, i) => [standard.slug, { score: 35 + y * 6 + i, schools: 60 + y * 7 }])),
  })),
  gaps: evaluation.priorities.slice(0, 10).map((p, i) => ({
    code: p.code,
    title: p.title,
    standardTitle: p.standardTitle,
    expectation: p.expectation,
    schools: 60 - i * 3,
    share: 81 - i * 4,
    names: Array.from({ length: 60 - i * 3 }, (_, n) => `School ${n + 1}`),
  })),
  attention: Array.from({ length: 25 }, (_, i) => ({ id: `s${i}`, name: `School ${i + 1}`, reasons: ['No published strategy', `${i + 1} overdue actions`] })),
  coverage: catalogue.slice(0, 5).map((standard) => ({
    title: standard.title,
    mode: 'standard' as const,
    requirements: standard.requirements.length,
    of: standard.requirements.length,
    schools: 'all' as const,
  })),
  rows: Array.from({ length: 80 }, (_, i) => ({
    name: `School ${i + 1} Primary Academy`,
    overall: 30 + (i % 60),
    maturity: levels[i % 4]!,
    change: (i % 7) - 3,
    overdueActions: i % 5,
    status: 'Completed 1 Jun 2026',
  })),
};
const reportRuns: number[] = [];
let reportPdf = new Uint8Array();
for (let run = 1; run <= 5; run++) {
  const started = performance.now();
  reportPdf = await renderBoardReportPdf(report);
  reportRuns.push(performance.now() - started);
}
const warmReport = reportRuns.slice(1).sort((a, b) => a - b);
console.log('');
console.log(`Trust board report (80 schools): ${(reportPdf.length / 1024).toFixed(0)} KiB, ${pdfPageCount(reportPdf)} pages`);
console.log(`Board report render: cold ${reportRuns[0]!.toFixed(0)} ms, warm median ${warmReport[Math.floor(warmReport.length / 2)]!.toFixed(0)} ms`);

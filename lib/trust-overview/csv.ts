import { stringify } from 'csv-stringify/sync';
import { MATURITY_LABEL } from '@/lib/assessment/scoring';
import { formatIsoDate } from '@/lib/dates/format';
import { PHASE_LABEL, type SchoolPhase } from '@/lib/schools/school-options';
import { STATUS_LABEL, type Average, type CommonGap, type SchoolRow, type StandardColumn } from './aggregate';

// Spreadsheet software runs cells that start with these as formulas: a school named
// "=HYPERLINK(...)" must arrive as text (OWASP's advice on CSV injection).
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

// UTF-8 with a byte order mark and CRLF line ends: Excel then opens accents and £ signs cleanly.
function toCsv(rows: Array<Array<string | number | null | undefined>>): string {
  return stringify(
    rows.map((row) => row.map(cell)),
    { bom: true, record_delimiter: 'windows', quoted_string: true },
  );
}

// The London calendar day, as the comparison page shows it (a cycle completed at 00:30 BST is that day).
const dateOnly = (date: Date | null | undefined) => (date ? formatIsoDate(date) : '');

export function matrixCsv(
  rows: readonly SchoolRow[],
  columns: readonly StandardColumn[],
  averages: Record<string, Average>,
  overall: Average,
  strategies: ReadonlyMap<string, { number: number; reviewDay: string | null }> = new Map(),
  spends: ReadonlyMap<string, { day: string; pence: number; what: string }> = new Map(),
): string {
  const header = [
    'School',
    'URN',
    'Phase',
    'Local authority',
    'Assessment status',
    'Last completed cycle',
    'Completed on',
    'Standards version',
    'Overall score',
    'Overall maturity',
    'Change since previous cycle',
    'Overdue actions',
    'Scores from',
    'Strategy version',
    'Strategy review date',
    'Next big spend (£)',
    'Next big spend',
    'Next big spend by',
    ...columns.flatMap((c) => [`${c.title} score`, `${c.title} maturity`]),
  ];
  const body = rows.map((row) => [
    row.name,
    row.urn,
    PHASE_LABEL[row.phase as SchoolPhase] ?? row.phase,
    row.localAuthority,
    STATUS_LABEL[row.status],
    row.latest?.cycleLabel,
    dateOnly(row.latest?.completedAt),
    row.latest?.catalogueVersion,
    row.overall?.score,
    row.overall ? MATURITY_LABEL[row.overall.maturity] : '',
    row.change,
    row.overdueActions,
    row.fromDraft ? 'Draft in progress' : row.overall ? 'Completed cycle' : '',
    strategies.get(row.id)?.number,
    strategies.get(row.id)?.reviewDay ?? '',
    spends.has(row.id) ? spends.get(row.id)!.pence / 100 : '',
    spends.get(row.id)?.what ?? '',
    spends.get(row.id)?.day ?? '',
    ...columns.flatMap((c) => {
      const standard = row.standards[c.slug];
      return [standard?.score, standard ? MATURITY_LABEL[standard.maturity] : ''];
    }),
  ]);
  const average = [
    'Trust average',
    '',
    '',
    '',
    `${overall.schools} schools assessed`,
    '',
    '',
    '',
    overall.score,
    '',
    '',
    rows.reduce((sum, row) => sum + row.overdueActions, 0),
    '',
    `${rows.filter((row) => strategies.has(row.id)).length} published`,
    '',
    '',
    '',
    '',
    ...columns.flatMap((c) => [averages[c.slug]?.score, '']),
  ];
  return toCsv([header, ...body, average]);
}

export function gapsCsv(gaps: readonly CommonGap[], assessedSchools: number): string {
  const header = [
    'Requirement',
    'Code',
    'Standard',
    'DfE expectation',
    'Schools short of met',
    `Share of ${assessedSchools} assessed schools (%)`,
    'Not met',
    'Not sure',
    'Partly met',
  ];
  const body = gaps.map((gap) => [
    gap.title,
    gap.code,
    gap.standardTitle,
    gap.expectation === 'MUST' ? 'Must' : 'Should',
    gap.schools,
    gap.share,
    gap.notMet,
    gap.notSure,
    gap.partlyMet,
  ]);
  return toCsv([header, ...body]);
}

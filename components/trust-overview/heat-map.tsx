import Link from 'next/link';
import { MATURITY_LABEL, type Maturity } from '@/lib/assessment/scoring';
import { formatDate, parseIsoDate } from '@/lib/dates/format';
import type { LatestStrategy } from '@/lib/strategy/strategy-pdf';
import { PHASE_LABEL, type SchoolPhase } from '@/lib/schools/school-options';
import { maturityOfAverage, STATUS_LABEL, type Average, type SchoolRow, type SortKey, type StandardColumn } from '@/lib/trust-overview/aggregate';
import { viewQuery, type ViewParams } from '@/lib/trust-overview/view-params';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';

// Short column labels so twelve standards fit on a laptop screen; the full title is announced.
const SHORT_TITLE: Record<string, string> = {
  'broadband-internet': 'Broadband',
  'network-switching': 'Switching',
  'network-cabling': 'Cabling',
  'wireless-network': 'Wireless',
  'cyber-security': 'Cyber',
  'filtering-and-monitoring': 'Filtering',
  'digital-leadership-and-governance': 'Leadership',
  'laptops-desktops-and-tablets': 'Devices',
  'digital-accessibility': 'Accessibility',
  'it-support': 'IT support',
  'cloud-solutions': 'Cloud',
  'servers-and-storage': 'Servers',
};

export const HEAT: Record<Maturity, string> = {
  NOT_STARTED: 'bg-white text-slate-500',
  NOT_APPLICABLE: 'bg-slate-100 text-slate-600',
  EMERGING: 'bg-red-100 text-red-950',
  DEVELOPING: 'bg-amber-100 text-amber-950',
  ESTABLISHED: 'bg-sky-100 text-sky-950',
  MEETS_STANDARD: 'bg-green-200 text-green-950',
};

const LEVEL: Partial<Record<Maturity, number>> = { EMERGING: 1, DEVELOPING: 2, ESTABLISHED: 3, MEETS_STANDARD: 4 };

function SortHeader({
  label,
  srLabel,
  sortKey,
  view,
  basePath,
  className = '',
  defaultDir = 'desc',
}: {
  label: string;
  srLabel?: string;
  sortKey: SortKey;
  view: ViewParams;
  basePath: string;
  className?: string;
  defaultDir?: 'asc' | 'desc';
}) {
  const active = view.sort === sortKey;
  const nextDir = active ? (view.dir === 'asc' ? 'desc' : 'asc') : defaultDir;
  return (
    <th
      scope="col"
      aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={`px-2 py-2 align-bottom font-semibold ${className}`}
    >
      <Link
        href={`${basePath}${viewQuery(view, { sort: sortKey, dir: nextDir })}`}
        className="inline-flex items-center gap-1 text-slate-900 no-underline hover:underline"
      >
        <span aria-hidden={srLabel ? true : undefined}>{label}</span>
        {srLabel ? <span className="sr-only">{srLabel}</span> : null}
        <span aria-hidden="true" className="text-xs text-slate-500">
          {active ? (view.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
        <span className="sr-only">{active ? `, sorted ${view.dir === 'asc' ? 'ascending' : 'descending'}; select to reverse` : ', select to sort'}</span>
      </Link>
    </th>
  );
}

// Plain links, not next/link: a large trust has about a thousand cells, and a client component
// (with viewport prefetching) per cell would bloat the page and fetch a thousand pages behind it.
function Cell({
  score,
  maturity,
  href,
  label,
  draft = false,
}: {
  score: number | null | undefined;
  maturity: Maturity | undefined;
  href?: string;
  label: string;
  draft?: boolean;
}) {
  if (maturity === undefined) {
    return (
      <td className="heat-cell bg-white text-slate-500">
        <span aria-hidden="true">·</span>
        <span className="sr-only">No completed assessment</span>
      </td>
    );
  }
  const level = LEVEL[maturity];
  const scoreText = score === null || score === undefined ? '—' : String(score);
  const levelText = level ? `L${level}` : maturity === 'NOT_APPLICABLE' ? 'n/a' : '–';
  const described = `${label}, ${score === null || score === undefined ? 'no score' : `${score}%`}, ${MATURITY_LABEL[maturity]}${draft ? ', from the draft in progress' : ''}`;
  // A draft's scores: a dashed outline, not colour alone; the row's status says so in words.
  const cellClass = `heat-cell ${HEAT[maturity]}${draft ? ' heat-draft' : ''}`;
  // The level is the cell's own text (styled by .heat-cell): one element fewer per cell.
  const scoreElement = (
    <span key="score" className="heat-score">
      {scoreText}
    </span>
  );
  if (href) {
    // The link's name starts with what it shows ("36 L1"), as speech users will say it (WCAG 2.5.3).
    return (
      <td className={cellClass}>
        <a href={href} aria-label={`${scoreText} ${levelText}: ${described}`}>
          {scoreElement}
          {levelText}
        </a>
      </td>
    );
  }
  return (
    <td className={cellClass}>
      <span>
        {scoreElement}
        {levelText}
        <span className="sr-only">{`: ${described}`}</span>
      </span>
    </td>
  );
}

// Which catalogue each cycle was answered on, so a CEO can tell a DfE update from a school slipping.
function StatusText({ row }: { row: SchoolRow }) {
  const date = row.latest ? formatDate(row.latest.completedAt) : null;
  const catalogue = row.latest ? <span className="block whitespace-nowrap text-xs text-slate-600">{`Standards ${row.latest.catalogueVersion}`}</span> : null;
  if (row.status === 'COMPLETED') {
    return (
      <span>
        <span className="whitespace-nowrap">{`Completed ${date}`}</span>
        {catalogue}
      </span>
    );
  }
  return (
    <span>
      <span className="whitespace-nowrap font-semibold">{STATUS_LABEL[row.status]}</span>
      {row.fromDraft ? <span className="block whitespace-nowrap text-xs font-semibold text-slate-800">Scores: draft</span> : null}
      {row.draftCatalogueVersion ? (
        <span className="block whitespace-nowrap text-xs text-slate-600">{`Draft on standards ${row.draftCatalogueVersion}`}</span>
      ) : null}
      {date ? <span className="block whitespace-nowrap text-xs text-slate-600">{`Last completed ${date}`}</span> : null}
      {catalogue}
    </span>
  );
}

function Change({ change }: { change: number | null }) {
  if (change === null) return <span className="text-slate-500">—</span>;
  if (change === 0) return <span>No change</span>;
  return (
    <span className={change > 0 ? 'text-green-800' : 'text-red-800'}>
      <span aria-hidden="true">{change > 0 ? '▲' : '▼'} </span>
      {change > 0 ? `Up ${change}` : `Down ${-change}`}
    </span>
  );
}

// The newest published strategy and its review date: a governing board's question about every school.
function StrategyText({ strategy, today }: { strategy: LatestStrategy | undefined; today: string }) {
  if (!strategy) return <span className="whitespace-nowrap text-slate-600">None published</span>;
  const overdue = strategy.reviewDay !== null && strategy.reviewDay < today;
  return (
    <span>
      <span className="whitespace-nowrap">{`Version ${strategy.number}`}</span>
      {strategy.reviewDay ? (
        <span className={`block whitespace-nowrap text-xs ${overdue ? 'font-semibold text-red-800' : 'text-slate-600'}`}>
          {overdue ? `Review overdue (${formatDate(parseIsoDate(strategy.reviewDay))})` : `Review by ${formatDate(parseIsoDate(strategy.reviewDay))}`}
        </span>
      ) : null}
    </span>
  );
}

export function HeatMap({
  rows,
  columns,
  averages,
  overall,
  view,
  basePath,
  caption,
  strategies,
  today,
}: {
  rows: SchoolRow[];
  columns: StandardColumn[];
  averages: Record<string, Average>;
  overall: Average;
  view: ViewParams;
  basePath: string;
  caption: string;
  strategies: ReadonlyMap<string, LatestStrategy>;
  today: string;
}) {
  return (
    <div className={TABLE_SCROLL} tabIndex={0} role="region" aria-label="School comparison table, scrolls sideways">
      <table className="min-w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <SortHeader
              label="School"
              sortKey="name"
              view={view}
              basePath={basePath}
              defaultDir="asc"
              className="sticky left-0 z-10 min-w-52 bg-slate-50 px-4"
            />
            {/* What a CEO reads first sits next to the name, before the standards scroll off. */}
            <SortHeader label="Overall" sortKey="overall" view={view} basePath={basePath} className="text-center" />
            <SortHeader label="Change" srLabel="Change since last cycle" sortKey="change" view={view} basePath={basePath} />
            <SortHeader label="Overdue" srLabel="Overdue actions" sortKey="overdue" view={view} basePath={basePath} className="text-right" />
            <SortHeader label="Status" sortKey="status" view={view} basePath={basePath} defaultDir="asc" />
            <th scope="col" className="px-2 py-3 font-semibold">
              Strategy
            </th>
            {columns.map((column) => (
              <SortHeader
                key={column.slug}
                label={SHORT_TITLE[column.slug] ?? column.title}
                srLabel={column.title}
                sortKey={`standard:${column.slug}`}
                view={view}
                basePath={basePath}
                className="text-center"
              />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-white">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="sticky left-0 z-10 bg-white px-4 py-2 font-normal">
                <a href={`/schools/${row.id}`} className="font-semibold">
                  {row.name}
                </a>
                <span className="block text-xs text-slate-600">{`${PHASE_LABEL[row.phase as SchoolPhase] ?? row.phase} · ${row.localAuthority}`}</span>
              </th>
              <Cell score={row.overall?.score} maturity={row.overall?.maturity} label="Overall" draft={row.fromDraft} />
              <td className="whitespace-nowrap px-2 py-2 text-sm">
                <Change change={row.change} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">
                {row.overdueActions > 0 ? <span className="font-bold text-red-800">{row.overdueActions}</span> : <span className="text-slate-600">0</span>}
              </td>
              <td className="px-2 py-2 text-sm text-slate-800">
                <StatusText row={row} />
              </td>
              <td className="px-2 py-2 text-sm text-slate-800">
                <StrategyText strategy={strategies.get(row.id)} today={today} />
              </td>
              {columns.map((column) => {
                const cell = row.standards[column.slug];
                return (
                  <Cell
                    key={column.slug}
                    score={cell?.score}
                    maturity={cell?.maturity}
                    label={column.title}
                    draft={row.fromDraft}
                    href={
                      cell && row.scoredCycleId
                        ? `/schools/${row.id}/assessments/${row.scoredCycleId}/${column.slug}?from=${encodeURIComponent(`${basePath}${viewQuery(view)}`)}`
                        : undefined
                    }
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 bg-slate-50">
          <tr>
            <th scope="row" className="sticky left-0 z-10 bg-slate-50 px-4 py-2 font-semibold">
              Trust average
              <span className="block text-xs font-normal text-slate-600">
                {overall.schools} of {rows.length} shown {rows.length === 1 ? 'school' : 'schools'} assessed
              </span>
            </th>
            <Cell score={overall.score} maturity={overall.score === null ? undefined : maturityOfAverage(overall.score)} label="Trust average, overall" />
            <td />
            <td className="px-3 py-2 text-right font-semibold tabular-nums">{rows.reduce((sum, row) => sum + row.overdueActions, 0)}</td>
            <td />
            <td className="px-2 py-2 text-sm">{`${rows.filter((row) => strategies.has(row.id)).length} published`}</td>
            {columns.map((column) => {
              const average = averages[column.slug];
              return (
                <Cell
                  key={column.slug}
                  score={average?.score}
                  maturity={average?.score === null || average === undefined ? undefined : maturityOfAverage(average.score)}
                  label={`Trust average, ${column.title}, over ${average?.schools ?? 0} schools`}
                />
              );
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function HeatMapLegend() {
  const items: Maturity[] = ['EMERGING', 'DEVELOPING', 'ESTABLISHED', 'MEETS_STANDARD'];
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-slate-800" aria-label="Key to the colours">
      {items.map((maturity) => (
        <li key={maturity} className="flex items-center gap-2">
          <span className={`inline-flex h-6 w-8 items-center justify-center rounded text-[11px] font-semibold ${HEAT[maturity]}`}>L{LEVEL[maturity]}</span>
          {MATURITY_LABEL[maturity]}
        </li>
      ))}
      <li className="flex items-center gap-2">
        <span className="inline-flex h-6 w-8 items-center justify-center rounded border border-slate-200 bg-white text-slate-500">·</span>
        No completed assessment
      </li>
    </ul>
  );
}

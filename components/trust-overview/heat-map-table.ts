import type { Maturity } from '@/lib/assessment/scoring';
import { formatDate, parseIsoDate } from '@/lib/dates/format';
import { PHASE_LABEL, type SchoolPhase } from '@/lib/schools/school-options';
import type { LatestStrategy } from '@/lib/strategy/strategy-pdf';
import type { BigSpend } from '@/lib/roadmap/next-big-spend';
import { formatPence } from '@/lib/plan/plan-item-options';
import { maturityOfAverage, STATUS_LABEL, type Average, type SchoolRow, type SortKey, type StandardColumn } from '@/lib/trust-overview/aggregate';
import { viewQuery, type ViewParams } from '@/lib/trust-overview/view-params';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import { html, type Html } from '@/components/ui/html';

// The trust comparison's table, as an HTML string rather than React elements: a trust of 80
// schools has over a thousand cells, and React would build each one as an object, then write it
// twice (the HTML and its payload). A string costs a millisecond and goes into the page once as
// text (docs/decisions/013-comparison-cache.md). Short class names (app/globals.css, "heat-")
// and attributes without quotes where the value cannot need them keep it small; tests/unit checks
// that names from the database are escaped. Prettier leaves these templates as written
// (.prettierrc.json): its HTML layout would add quotes and spaces to every cell.

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

// One class per maturity (colours in app/globals.css), shared with the legend.
export const HEAT_CLASS: Record<Maturity, string> = {
  NOT_STARTED: 'heat-n',
  NOT_APPLICABLE: 'heat-x',
  EMERGING: 'heat-1',
  DEVELOPING: 'heat-2',
  ESTABLISHED: 'heat-3',
  MEETS_STANDARD: 'heat-4',
};

export const LEVEL: Partial<Record<Maturity, number>> = { EMERGING: 1, DEVELOPING: 2, ESTABLISHED: 3, MEETS_STANDARD: 4 };

type Table = {
  rows: readonly SchoolRow[];
  columns: readonly StandardColumn[];
  averages: Record<string, Average>;
  overall: Average;
  view: ViewParams;
  basePath: string;
  caption: string;
  strategies: ReadonlyMap<string, LatestStrategy>;
  spends: ReadonlyMap<string, BigSpend>;
  today: string;
};

function sortHeader(
  table: Table,
  {
    label,
    srLabel,
    sortKey,
    align = '',
    defaultDir = 'desc',
  }: { label: string; srLabel?: string; sortKey: SortKey; align?: string; defaultDir?: 'asc' | 'desc' },
) {
  const { view, basePath } = table;
  const active = view.sort === sortKey;
  const nextDir = active ? (view.dir === 'asc' ? 'desc' : 'asc') : defaultDir;
  const sort = active ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return html`<th scope=col aria-sort=${sort} class="heat-sort ${align}"><a href="${basePath}${viewQuery(view, { sort: sortKey, dir: nextDir })}">${
    srLabel ? html`<span aria-hidden=true>${label}</span><span class=sr-only>${srLabel}</span>` : label
  }<span aria-hidden=true class=heat-arrow>${active ? (view.dir === 'asc' ? '▲' : '▼') : '↕'}</span><span class=sr-only>${
    active ? `, sorted ${sort}; select to reverse` : ', select to sort'
  }</span></a></th>`;
}

// A score and level ("36 L1"): the link's name is what it shows, as speech users will say it
// (WCAG 2.5.3); the row and column headers give its context (2.4.4).
function cell(score: number | null | undefined, maturity: Maturity | undefined, href?: string, srText?: string): Html {
  if (maturity === undefined) return html`<td class=heat-n><span><span aria-hidden=true>·</span><span class=sr-only>No completed assessment</span></span></td>`;
  const level = LEVEL[maturity];
  const levelText = level ? `L${level}` : maturity === 'NOT_APPLICABLE' ? 'n/a' : '–';
  const content = html`<b>${score ?? '—'}</b>${levelText}`;
  if (href) return html`<td class=${HEAT_CLASS[maturity]}><a href=${href}>${content}</a></td>`;
  return html`<td class=${HEAT_CLASS[maturity]}><span>${content}${srText ? html`<span class=sr-only>${srText}</span>` : null}</span></td>`;
}

function change(value: number | null): Html {
  if (value === null) return html`<span class=heat-sub>—</span>`;
  if (value === 0) return html`No change`;
  return value > 0
    ? html`<span class=heat-up><span aria-hidden=true>▲ </span>Up ${value}</span>`
    : html`<span class=heat-down><span aria-hidden=true>▼ </span>Down ${-value}</span>`;
}

// Which catalogue each cycle was answered on, so a CEO can tell a DfE update from a school slipping.
function status(row: SchoolRow): Html {
  const date = row.latest ? formatDate(row.latest.completedAt) : null;
  const catalogue = row.latest ? html`<span class=heat-sub>Standards ${row.latest.catalogueVersion}</span>` : null;
  if (row.status === 'COMPLETED') return html`Completed ${date}${catalogue}`;
  return html`<strong>${STATUS_LABEL[row.status]}</strong>${row.fromDraft ? html`<strong class=heat-sub>Scores: draft</strong>` : null}${
    row.draftCatalogueVersion ? html`<span class=heat-sub>Draft on standards ${row.draftCatalogueVersion}</span>` : null
  }${date ? html`<span class=heat-sub>Last completed ${date}</span>` : null}${catalogue}`;
}

// The newest published strategy and its review date: a governing board's question about every school.
function strategy(latest: LatestStrategy | undefined, today: string): Html {
  if (!latest) return html`<span class=heat-sub>None published</span>`;
  if (!latest.reviewDay) return html`Version ${latest.number}`;
  const day = formatDate(parseIsoDate(latest.reviewDay));
  return latest.reviewDay < today
    ? html`Version ${latest.number}<strong class="heat-sub heat-down">Review overdue (${day})</strong>`
    : html`Version ${latest.number}<span class=heat-sub>Review by ${day}</span>`;
}

// The soonest register item costing £1,000 or more: what the budget must find next.
function spend(next: BigSpend | undefined): Html {
  if (!next) return html`<span class=heat-sub>None in the registers</span>`;
  const day = formatDate(parseIsoDate(next.day));
  return html`${formatPence(next.pence)}<span class=heat-sub>${next.what}</span>${
    next.overdue ? html`<strong class="heat-sub heat-down">Overdue (${day})</strong>` : html`<span class=heat-sub>By ${day}</span>`
  }`;
}

function row(table: Table, school: SchoolRow): Html {
  // Cells link to the redirect in comparison/[urn]/[standardSlug], relative to this page: the
  // school's URN and the standard are enough, and ids would double the table's size.
  const link = (slug: string) => (school.scoredCycleId ? `comparison/${school.urn}/${slug}${school.fromDraft ? '?d' : ''}` : undefined);
  return html`<tr${school.fromDraft ? html` class=heat-draft` : null}><th scope=row><a href=/schools/${school.id}>${school.name}</a><span class=heat-sub>${
    PHASE_LABEL[school.phase as SchoolPhase] ?? school.phase
  } · ${school.localAuthority}</span></th>${cell(school.overall?.score, school.overall?.maturity)}<td>${change(school.change)}</td><td class=heat-num>${
    school.overdueActions > 0 ? html`<strong class=heat-down>${school.overdueActions}</strong>` : 0
  }</td><td>${status(school)}</td><td>${strategy(table.strategies.get(school.id), table.today)}</td><td>${spend(table.spends.get(school.id))}</td>${table.columns.map(
    (column) => {
      const standard = school.standards[column.slug];
      return cell(standard?.score, standard?.maturity, standard ? link(column.slug) : undefined);
    },
  )}</tr>`;
}

export function heatMapTable(table: Table): Html {
  const { rows, columns, averages, overall } = table;
  const average = (value: Average | undefined, label: string) =>
    cell(value?.score, value === undefined || value.score === null ? undefined : maturityOfAverage(value.score), undefined, label);
  const headers = [
    sortHeader(table, { label: 'School', sortKey: 'name', defaultDir: 'asc', align: 'heat-name' }),
    // What a CEO reads first sits next to the name, before the standards scroll off.
    sortHeader(table, { label: 'Overall', sortKey: 'overall', align: 'text-center' }),
    sortHeader(table, { label: 'Change', srLabel: 'Change since last cycle', sortKey: 'change' }),
    sortHeader(table, { label: 'Overdue', srLabel: 'Overdue actions', sortKey: 'overdue', align: 'text-right' }),
    sortHeader(table, { label: 'Status', sortKey: 'status', defaultDir: 'asc' }),
    html`<th scope=col>Strategy</th>`,
    html`<th scope=col>Next big spend</th>`,
    columns.map((column) =>
      sortHeader(table, { label: SHORT_TITLE[column.slug] ?? column.title, srLabel: column.title, sortKey: `standard:${column.slug}`, align: 'text-center' }),
    ),
  ];
  const overdue = rows.reduce((sum, school) => sum + school.overdueActions, 0);
  const published = rows.filter((school) => table.strategies.has(school.id)).length;
  return html`
    <div class="${TABLE_SCROLL}" tabindex=0 role=region aria-label="School comparison table, scrolls sideways">
      <table class=heat>
        <caption class=sr-only>${table.caption}</caption>
        <thead><tr>${headers}</tr></thead>
        <tbody>${rows.map((school) => row(table, school))}</tbody>
        <tfoot>
          <tr>
            <th scope=row>Trust average<span class=heat-sub>${overall.schools} of ${rows.length} shown ${rows.length === 1 ? 'school' : 'schools'} assessed</span></th>
            ${average(overall, ', overall')}
            <td></td>
            <td class=heat-num><strong>${overdue}</strong></td>
            <td></td>
            <td>${published} published</td>
            <td></td>
            ${columns.map((column) => average(averages[column.slug], `, over ${averages[column.slug]?.schools ?? 0} schools`))}
          </tr>
        </tfoot>
      </table>
    </div>
  `;
}

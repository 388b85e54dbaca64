import Link from 'next/link';
import { Badge } from '@/components/ui/page-header';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import { formatDate, parseIsoDate } from '@/lib/dates/format';
import { formatPence } from '@/lib/plan/plan-item-options';
import type { Budget } from '@/lib/roadmap/budget';
import type { RoadmapEntry } from '@/lib/roadmap/build-roadmap';
import { entryCostText } from '@/lib/roadmap/entry-cost';

const th = 'px-4 py-3 font-semibold';
const td = 'px-4 py-3 align-top';
const day = (d: string | null) => (d ? formatDate(parseIsoDate(d)) : '—');

export function RoadmapEntryTable({
  entries,
  standardTitle,
  actionHref,
}: {
  entries: RoadmapEntry[];
  standardTitle: (slug: string) => string;
  actionHref?: (entry: RoadmapEntry) => string;
}) {
  return (
    <div className={TABLE_SCROLL}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Roadmap: what to do, by when</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              What to do
            </th>
            <th scope="col" className={th}>
              Decide by
            </th>
            <th scope="col" className={th}>
              Latest
            </th>
            <th scope="col" className={th}>
              Cost
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {entries.map((entry) => (
            <tr key={entry.key} id={entry.key.replace(/[^a-z0-9-]/gi, '-')}>
              <td className={td}>
                <span className="font-semibold">{entry.title}</span>
                {entry.overdue ? (
                  <span className="ml-2">
                    <Badge tone="red">Overdue</Badge>
                  </span>
                ) : null}
                {entry.kind === 'MISSING_FACT' ? (
                  <span className="ml-2">
                    <Badge tone="amber">Missing from the register</Badge>
                  </span>
                ) : null}
                <span className="mt-1 block text-slate-700">{entry.because}</span>
                <span className="mt-1 block text-slate-600">
                  {entry.standardSlugs.map(standardTitle).join(', ')}:{' '}
                  {entry.requirementCodes.length === 1 ? '1 requirement' : `${entry.requirementCodes.length} requirements`}
                </span>
                {entry.registerItems.length ? (
                  <span className="mt-1 block text-slate-600">From the register: {entry.registerItems.map((r) => r.label).join('; ')}</span>
                ) : null}
                {actionHref && entry.kind !== 'MISSING_FACT' ? (
                  <Link href={actionHref(entry)} className="mt-1 inline-block">
                    Add to the action plan
                  </Link>
                ) : null}
              </td>
              <td className={`${td} whitespace-nowrap`}>{day(entry.decisionDate)}</td>
              <td className={`${td} whitespace-nowrap`}>{day(entry.latestDate)}</td>
              <td className={td}>{entryCostText(entry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const bands = (b: Budget['years'][number]['bands']) =>
  [b.LOW ? `${b.LOW} under £1,000` : '', b.MEDIUM ? `${b.MEDIUM} of £1,000 to £10,000` : '', b.HIGH ? `${b.HIGH} over £10,000` : '']
    .filter(Boolean)
    .join(', ') || '—';

export function BudgetTable({ budget, startMonth }: { budget: Budget; startMonth: number }) {
  return (
    <div className={TABLE_SCROLL}>
      <table className="min-w-full text-left text-sm">
        <caption className="px-4 py-2 text-left text-sm text-slate-700">
          Financial years from {startMonth === 9 ? 'September to August' : startMonth === 4 ? 'April to March' : `month ${startMonth}`}. Recurring costs assume
          each contract is renewed at its current price.
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Financial year
            </th>
            <th scope="col" className={`${th} text-right`}>
              One-off (from the registers)
            </th>
            <th scope="col" className={`${th} text-right`}>
              Recurring contracts
            </th>
            <th scope="col" className={th}>
              Not yet costed, by band
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {budget.years.map((year) => (
            <tr key={year.label}>
              <th scope="row" className={`${td} font-semibold`}>
                {year.label}
              </th>
              <td className={`${td} text-right tabular-nums`}>{formatPence(year.oneOffPence)}</td>
              <td className={`${td} text-right tabular-nums`}>{formatPence(year.recurringPence)}</td>
              <td className={td}>{bands(year.bands)}</td>
            </tr>
          ))}
          {budget.undated.entries ? (
            <tr>
              <th scope="row" className={`${td} font-semibold`}>
                No date yet
              </th>
              <td className={`${td} text-right`}>—</td>
              <td className={`${td} text-right`}>—</td>
              <td className={td}>{bands(budget.undated.bands)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

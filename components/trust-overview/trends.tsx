import type { Average, CommonGap, CycleTrend, SchoolRow, StandardColumn } from '@/lib/trust-overview/aggregate';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';

function AverageText({ average }: { average: Average | undefined }) {
  if (!average || average.score === null) return <span className="text-slate-500">—</span>;
  return (
    <span className="tabular-nums">
      {average.score}%<span className="ml-1 text-xs text-slate-600">({average.schools})</span>
    </span>
  );
}

function Difference({ from, to }: { from: Average | undefined; to: Average | undefined }) {
  if (from?.score == null || to?.score == null) return <span className="text-slate-500">—</span>;
  const change = to.score - from.score;
  if (change === 0) return <span>No change</span>;
  return <span className={change > 0 ? 'text-green-800' : 'text-red-800'}>{change > 0 ? `Up ${change}` : `Down ${-change}`}</span>;
}

// Rows are standards and columns are cycles, so the table stays narrow however many cycles pass.
export function TrendTable({ trends, columns }: { trends: CycleTrend[]; columns: StandardColumn[] }) {
  const last = trends.at(-1);
  const before = trends.at(-2);
  const rows = [
    { slug: '', title: 'Overall', pick: (t: CycleTrend) => t.overall },
    ...columns.map((c) => ({ slug: c.slug, title: c.title, pick: (t: CycleTrend) => t.standards[c.slug] })),
  ];
  return (
    <div className={TABLE_SCROLL}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Trust average score per standard in each cycle; the number of schools averaged is in brackets</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Standard
            </th>
            {trends.map((t) => (
              <th key={t.cycleLabel} scope="col" className="px-4 py-3 text-right font-semibold">
                {t.cycleLabel}
              </th>
            ))}
            {before ? (
              <th scope="col" className="px-4 py-3 font-semibold">
                Since {before.cycleLabel}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.slug || 'overall'} className={row.slug ? '' : 'bg-slate-50 font-semibold'}>
              <th scope="row" className="px-4 py-2 font-[inherit]">
                {row.title}
              </th>
              {trends.map((t) => (
                <td key={t.cycleLabel} className="px-4 py-2 text-right">
                  <AverageText average={row.pick(t)} />
                </td>
              ))}
              {before && last ? (
                <td className="px-4 py-2">
                  <Difference from={row.pick(before)} to={row.pick(last)} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// A large trust can have sixty schools move in a year: the biggest movers are the conversation,
// and the table above has the rest (sort by "Change").
export const MOVEMENTS_SHOWN = 10;
// Up to this many school names beside a gap; beyond, the first few and a count.
export const GAP_NAMES_SHOWN = 12;

function gapNames(names: readonly string[] | undefined): string | null {
  if (!names?.length) return null;
  if (names.length <= GAP_NAMES_SHOWN) return names.join(', ');
  return `${names.slice(0, GAP_NAMES_SHOWN - 2).join(', ')} and ${names.length - GAP_NAMES_SHOWN + 2} more`;
}

export function MovementList({ title, rows, empty }: { title: string; rows: Array<SchoolRow & { change: number }>; empty: string }) {
  const hidden = rows.length - MOVEMENTS_SHOWN;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h3 className="text-base font-bold text-slate-900">{title}</h3>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 text-sm">
          {rows.slice(0, MOVEMENTS_SHOWN).map((row) => (
            <li key={row.id} className="flex items-center justify-between gap-3 py-2">
              <a href={`/schools/${row.id}`}>{row.name}</a>
              <span className={`whitespace-nowrap font-semibold tabular-nums ${row.change > 0 ? 'text-green-800' : 'text-red-800'}`}>
                {row.change > 0 ? `Up ${row.change}` : `Down ${-row.change}`} points
              </span>
            </li>
          ))}
          {hidden > 0 ? (
            <li className="py-2 text-slate-700">{`and ${hidden} more ${hidden === 1 ? 'school' : 'schools'}: sort the table by “Change” to see them all`}</li>
          ) : null}
        </ul>
      )}
    </section>
  );
}

export function CommonGapsTable({
  gaps,
  assessedSchools,
  schools = {},
  actionHref,
}: {
  gaps: CommonGap[];
  assessedSchools: number;
  schools?: Record<string, string[]>;
  // "Create a trust action" for a gap, for those who may.
  actionHref?: (code: string) => string;
}) {
  return (
    <div className={TABLE_SCROLL}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Requirements short of met in the most schools</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Requirement
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Standard
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              Schools short of met
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Of which
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {gaps.map((gap) => (
            <tr key={gap.code}>
              <th scope="row" className="px-4 py-2 font-normal">
                <span className="font-semibold text-slate-900">{gap.title}</span>
                <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700">
                  DfE: {gap.expectation === 'MUST' ? 'must' : 'should'}
                </span>
                {actionHref ? (
                  <a href={actionHref(gap.code)} className="mt-1 block text-xs font-semibold">
                    Create a trust action<span className="sr-only"> for {gap.title}</span>
                  </a>
                ) : null}
              </th>
              <td className="px-4 py-2 text-slate-800">{gap.standardTitle}</td>
              <td className="px-4 py-2 text-right tabular-nums">
                <span className="font-bold">{gap.schools}</span> of {assessedSchools} ({gap.share}%)
                {schools[gap.code]?.length ? <span className="block text-left text-xs text-slate-700">{gapNames(schools[gap.code])}</span> : null}
              </td>
              <td className="px-4 py-2 text-slate-700">
                {[
                  gap.notMet ? `${gap.notMet} not met` : null,
                  gap.notSure ? `${gap.notSure} not sure` : null,
                  gap.partlyMet ? `${gap.partlyMet} partly met` : null,
                ]
                  .filter(Boolean)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

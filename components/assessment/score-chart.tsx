import Link from 'next/link';
import type { Maturity } from '@/lib/assessment/scoring';
import { MaturityBadge } from './maturity-badge';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';

export type ScoreRow = {
  slug: string;
  title: string;
  core: boolean;
  score: number | null;
  maturity: Maturity;
  answered?: number;
  total?: number;
  previousScore?: number | null;
  href?: string;
};

function barColour(score: number) {
  if (score >= 70) return 'bg-brand-600';
  if (score >= 40) return 'bg-amber-500';
  return 'bg-red-600';
}

// A chart that is also a table: screen readers and keyboard users get every value as text.
export function ScoreChart({ rows, caption, showProgress = false }: { rows: ScoreRow[]; caption: string; showProgress?: boolean }) {
  const showChange = rows.some((row) => row.previousScore !== undefined);
  return (
    <div className={TABLE_SCROLL}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Standard
            </th>
            <th scope="col" className="w-2/5 px-4 py-3 font-semibold">
              Score
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Maturity
            </th>
            {showChange ? (
              <th scope="col" className="px-4 py-3 font-semibold">
                Since last cycle
              </th>
            ) : null}
            {showProgress ? (
              <th scope="col" className="px-4 py-3 text-right font-semibold">
                Answered
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const change = row.score !== null && row.previousScore !== undefined && row.previousScore !== null ? row.score - row.previousScore : null;
            return (
              <tr key={row.slug}>
                <th scope="row" className="px-4 py-3 font-semibold text-slate-900">
                  {row.href ? <Link href={row.href}>{row.title}</Link> : row.title}
                  {row.core ? <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-900">Core</span> : null}
                </th>
                <td className="px-4 py-3">
                  <div className="flex items-center gap-3">
                    <div className="h-3 flex-1 rounded-full bg-slate-100" aria-hidden="true">
                      {row.score !== null ? (
                        <div className={`h-3 rounded-full ${barColour(row.score)}`} style={{ width: `${Math.max(row.score, 2)}%` }} />
                      ) : null}
                    </div>
                    <span className="w-12 text-right font-semibold tabular-nums text-slate-900">{row.score === null ? '—' : `${row.score}%`}</span>
                  </div>
                </td>
                <td className="px-4 py-3">
                  <MaturityBadge maturity={row.maturity} />
                </td>
                {showChange ? (
                  <td className="px-4 py-3 tabular-nums text-slate-800">
                    {change === null ? '—' : change === 0 ? 'No change' : change > 0 ? `Up ${change} points` : `Down ${-change} points`}
                  </td>
                ) : null}
                {showProgress ? (
                  <td className="px-4 py-3 text-right tabular-nums text-slate-700">
                    {row.answered} of {row.total}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

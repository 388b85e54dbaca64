import type { OverallScore } from '@/lib/assessment/scoring';
import { MaturityBadge } from './maturity-badge';

export function ScoreSummary({ overall, label, change }: { overall: OverallScore; label: string; change?: number | null }) {
  const percent = overall.total === 0 ? 0 : Math.round((100 * overall.answered) / overall.total);
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <dt className="text-sm font-semibold text-slate-700">{label}</dt>
        <dd className="mt-1 text-4xl font-bold tabular-nums text-slate-900">{overall.score === null ? '—' : `${overall.score}%`}</dd>
        {change !== undefined && change !== null ? (
          <dd className="mt-1 text-sm text-slate-700">
            {change === 0
              ? 'No change since the last cycle'
              : change > 0
                ? `Up ${change} points since the last cycle`
                : `Down ${-change} points since the last cycle`}
          </dd>
        ) : null}
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <dt className="text-sm font-semibold text-slate-700">Maturity</dt>
        <dd className="mt-3">
          <MaturityBadge maturity={overall.maturity} />
        </dd>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <dt className="text-sm font-semibold text-slate-700">Requirements answered</dt>
        <dd className="mt-1 text-4xl font-bold tabular-nums text-slate-900">
          {overall.answered}
          <span className="text-lg font-semibold text-slate-600"> of {overall.total}</span>
        </dd>
        <dd className="mt-2">
          <div
            className="h-2 rounded-full bg-slate-100"
            role="progressbar"
            aria-valuenow={percent}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-label="Share of requirements answered"
          >
            <div className="h-2 rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
          </div>
        </dd>
      </div>
    </dl>
  );
}

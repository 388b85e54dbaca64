import { MATURITY_LABEL, type Maturity } from '@/lib/assessment/scoring';

const TONE: Record<Maturity, string> = {
  NOT_STARTED: 'bg-slate-100 text-slate-800 ring-slate-300',
  NOT_APPLICABLE: 'bg-slate-100 text-slate-800 ring-slate-300',
  EMERGING: 'bg-red-50 text-red-900 ring-red-300',
  DEVELOPING: 'bg-amber-50 text-amber-900 ring-amber-300',
  ESTABLISHED: 'bg-sky-50 text-sky-900 ring-sky-300',
  MEETS_STANDARD: 'bg-green-50 text-green-900 ring-green-300',
};

const LEVEL: Partial<Record<Maturity, string>> = { EMERGING: '1', DEVELOPING: '2', ESTABLISHED: '3', MEETS_STANDARD: '4' };

// The level is always written out: colour is never the only signal.
export function MaturityBadge({ maturity }: { maturity: Maturity }) {
  const level = LEVEL[maturity];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONE[maturity]}`}>
      {level ? <span aria-hidden="true">{level} ·</span> : null}
      {MATURITY_LABEL[maturity]}
      {level ? <span className="sr-only"> (level {level} of 4)</span> : null}
    </span>
  );
}

export function ScoreText({ score }: { score: number | null }) {
  return <span className="tabular-nums">{score === null ? '—' : `${score}%`}</span>;
}

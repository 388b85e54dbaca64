import Link from 'next/link';
import { ANSWER_LABEL } from '@/lib/assessment/answer-options';
import type { RankedGap } from '@/lib/assessment/priorities';
import { COST_BAND_LABEL, OWNER_LABEL, type NextStep } from '@/lib/standards/catalogue-schema';

export type PriorityItem = RankedGap & { nextSteps: NextStep[]; question: string };

export type PlanCoverLink = { href: string; label: string; title: string };

// Each priority says whether an action already covers it, so duplicates are not created by mistake.
export function PriorityList({
  items,
  addActionHref,
  covered,
  highlight,
}: {
  items: PriorityItem[];
  addActionHref?: (code: string) => string;
  covered?: (code: string) => PlanCoverLink | null;
  highlight?: string;
}) {
  return (
    <ol className="space-y-4">
      {items.map((item) => (
        <li
          key={item.code}
          id={`priority-${item.code}`}
          className={`scroll-mt-24 rounded-lg border bg-white p-5 shadow-sm ${highlight === item.code ? 'border-green-700 ring-2 ring-green-700' : 'border-slate-200'}`}
        >
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <p className="text-sm font-semibold text-brand-700">
                Priority {item.rank} · {item.standardTitle}
              </p>
              <h3 className="text-lg font-bold text-slate-900">{item.title}</h3>
              <p className="text-sm text-slate-700">
                Your answer: <strong>{ANSWER_LABEL[item.status]}</strong>
                {item.expectation === 'MUST' ? ' · DfE: must' : ' · DfE: should'}
              </p>
            </div>
            <PlanLinks code={item.code} title={item.title} addActionHref={addActionHref} covered={covered} />
          </div>
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-semibold text-slate-800">Why it is ranked here</summary>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
              {item.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </details>
          <div className="mt-3">
            <h4 className="text-sm font-semibold text-slate-900">{item.status === 'NOT_SURE' ? 'Find out first, then' : 'Next steps'}</h4>
            <ul className="mt-1 space-y-2 text-sm text-slate-800">
              {item.nextSteps.map((step) => (
                <li key={step.action} className="rounded-md bg-slate-50 p-3">
                  <p>{step.action}</p>
                  <p className="mt-1 text-xs text-slate-700">
                    Usually: {OWNER_LABEL[step.owner]} · Rough cost: {COST_BAND_LABEL[step.costBand]}
                    {step.guidance ? (
                      <>
                        {' · '}
                        <a href={step.guidance.url} rel="noreferrer" target="_blank">
                          {step.guidance.title}
                          <span className="sr-only"> (opens in a new tab)</span>
                        </a>
                      </>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          </div>
        </li>
      ))}
    </ol>
  );
}

function PlanLinks({
  code,
  title,
  addActionHref,
  covered,
}: {
  code: string;
  title: string;
  addActionHref?: (code: string) => string;
  covered?: (code: string) => PlanCoverLink | null;
}) {
  const cover = covered?.(code) ?? null;
  if (cover) {
    return (
      <p className="text-sm">
        <span className="rounded bg-green-50 px-2 py-0.5 font-semibold text-green-900 ring-1 ring-green-300">{cover.label}</span>{' '}
        <Link href={cover.href} className="font-semibold">
          See the action<span className="sr-only">: {cover.title}</span>
        </Link>
      </p>
    );
  }
  return addActionHref ? (
    <Link href={addActionHref(code)} className="text-sm font-semibold">
      Add to action plan<span className="sr-only">: {title}</span>
    </Link>
  ) : null;
}

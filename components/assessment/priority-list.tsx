import Link from 'next/link';
import { ANSWER_LABEL } from '@/lib/assessment/answer-options';
import type { RankedGap } from '@/lib/assessment/priorities';
import { COST_BAND_LABEL, OWNER_LABEL, type NextStep } from '@/lib/standards/catalogue-schema';

export type PriorityItem = RankedGap & { nextSteps: NextStep[]; question: string };

export function PriorityList({ items, addActionHref }: { items: PriorityItem[]; addActionHref?: (code: string) => string }) {
  return (
    <ol className="space-y-4">
      {items.map((item) => (
        <li key={item.code} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
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
            {addActionHref ? (
              <Link href={addActionHref(item.code)} className="text-sm font-semibold">
                Add to action plan<span className="sr-only">: {item.title}</span>
              </Link>
            ) : null}
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

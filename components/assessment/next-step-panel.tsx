import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import type { NextStep } from '@/lib/assessment/missing-answers';

// The draft cycle's one main call to action, on the overview and the cycle page: answer the next
// standard with blanks, or complete the cycle. Says why completing matters.
export function NextStepPanel({ step, cycleLabel, base, canComplete }: { step: NextStep; cycleLabel: string; base: string; canComplete: boolean }) {
  const why = 'Governors, the strategy and the trust see only completed cycles.';
  if (step.kind === 'complete') {
    return (
      <div className="rounded-lg border-2 border-green-700 bg-green-50 p-5">
        <h2 className="text-lg font-bold text-slate-900">Every requirement is answered</h2>
        <p className="mt-1 mb-4 text-slate-800">
          {canComplete ? `Complete the cycle to make its answers the school’s record. ${why}` : `A school leader can now complete the cycle. ${why}`}
        </p>
        {canComplete ? (
          <Link href={`${base}/complete`} className={buttonClasses.primary}>
            Complete the {cycleLabel} self-assessment
          </Link>
        ) : null}
      </div>
    );
  }
  return (
    <div className="rounded-lg border-2 border-brand-600 bg-brand-50 p-5">
      <h2 className="text-lg font-bold text-slate-900">
        {step.remaining} {step.remaining === 1 ? 'question' : 'questions'} still to answer
      </h2>
      <p className="mt-1 mb-4 text-slate-800">
        Next: {step.standardTitle}
        {step.core ? ', a core standard' : ''} ({step.remainingInStandard} unanswered). {why}
      </p>
      <Link href={`${base}/${step.standardSlug}`} className={buttonClasses.primary}>
        Continue with {step.standardTitle}
      </Link>
    </div>
  );
}

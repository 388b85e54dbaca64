import Link from 'next/link';
import { ActionButtonForm } from '@/components/forms/action-button-form';
import { Badge } from '@/components/ui/page-header';
import type { FormAction } from '@/lib/actions/form-state';
import { ANSWER_LABEL, type AnswerValue } from '@/lib/assessment/answer-options';
import { formatDate } from '@/lib/dates/format';

export type TrustAnswerView = { value: AnswerValue; evidenceNote: string | null; updatedByName: string | null; updatedAt: Date };

export function trustAnswerLine(trust: TrustAnswerView): string {
  const who = [trust.updatedByName, formatDate(trust.updatedAt)].filter(Boolean).join(', ');
  return `Answered by the trust: ${ANSWER_LABEL[trust.value]} (${who})`;
}

// A requirement the trust answers for the school: read-only, with the way to record that it is
// different here, or (once recorded) to go back to the trust's answer.
export function TrustAnswerCard({
  number,
  title,
  question,
  trust,
  local,
  differentHref,
  useTrustAction,
  hidden,
}: {
  number: number;
  title: string;
  question: string;
  trust: TrustAnswerView | null;
  local: { value: AnswerValue; localReason: string } | null;
  differentHref?: string;
  useTrustAction?: FormAction;
  hidden?: Record<string, string>;
}) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h3 className="text-lg font-bold text-slate-900">
        {number}. {title}
      </h3>
      <p className="mt-1 text-slate-800">{question}</p>
      {local ? (
        <>
          <p className="mt-3">
            <Badge tone="amber">Different here: {ANSWER_LABEL[local.value]}</Badge>
          </p>
          <p className="mt-2 text-sm text-slate-700">Why: {local.localReason}</p>
          {trust ? <p className="mt-1 text-sm text-slate-700">{trustAnswerLine(trust)}</p> : null}
        </>
      ) : trust ? (
        <>
          <p className="mt-3">
            <Badge tone={trust.value === 'MET' ? 'green' : 'amber'}>{trustAnswerLine(trust)}</Badge>
          </p>
          {trust.evidenceNote ? <p className="mt-2 text-sm text-slate-700">Evidence: {trust.evidenceNote}</p> : null}
        </>
      ) : null}
      {differentHref || (local && useTrustAction) ? (
        <div className="mt-3 flex flex-wrap items-start gap-4">
          {differentHref ? (
            <Link href={differentHref} className="font-semibold">
              {local ? 'Change the answer for this school' : 'This is different here'}
              <span className="sr-only">: {title}</span>
            </Link>
          ) : null}
          {local && useTrustAction && hidden ? (
            <ActionButtonForm action={useTrustAction} hidden={hidden} label="Use the trust’s answer" pendingLabel="Saving…" />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

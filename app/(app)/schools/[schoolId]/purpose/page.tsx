import type { Metadata } from 'next';
import Link from 'next/link';
import { PurposeLinkForm } from '@/components/purpose/purpose-link-form';
import { SuggestedGoalsForm } from '@/components/purpose/suggested-goals-form';
import { PageContainer } from '@/components/layout/page-container';
import { buttonClasses } from '@/components/ui/button';
import { SuccessNotice } from '@/components/ui/notice';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { loadSchoolPage } from '@/lib/http/load-page';
import { formatPence } from '@/lib/plan/plan-item-options';
import { getSchoolPurpose } from '@/lib/purpose/get-school-purpose';
import { lastReview } from '@/lib/purpose/manage-review';
import { ReviewSummary } from '@/components/purpose/review-summary';
import type { PurposeEntry } from '@/lib/purpose/purpose-rules';
import { MAX_GOALS, MIN_GOALS, SUGGESTED_GOALS } from '@/lib/purpose/suggested-goals';
import { addSuggestedGoalsAction, setPurposeAction } from './actions';

export const metadata: Metadata = { title: 'Purpose' };

const KIND: Record<PurposeEntry['kind'], string> = { action: 'Action', contract: 'Contract', kit: 'Kit' };

function EntryList({ entries }: { entries: PurposeEntry[] }) {
  return (
    <ul className="mt-2 space-y-1 text-sm">
      {entries.map((e) => (
        <li key={`${e.kind}-${e.id}`} className="flex flex-wrap justify-between gap-2">
          <span>
            <span className="text-slate-600">{KIND[e.kind]}: </span>
            <Link href={e.href}>{e.title}</Link>
          </span>
          <span className="tabular-nums text-slate-700">{e.pence ? formatPence(e.pence) : 'No cost set'}</span>
        </li>
      ))}
    </ul>
  );
}

export default async function PurposePage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = await searchParams;
  const { actor, school, can } = await loadSchoolPage(params, 'assessment:read');
  const [{ goals, summary }, review] = await Promise.all([getSchoolPurpose(actor, school.id), lastReview(school.id)]);
  const base = `/schools/${school.id}/purpose`;
  const editsGoals = can.has('strategy:edit');
  const mayLink = (e: PurposeEntry) => (e.kind === 'action' ? can.has('plan:edit') : can.has('register:edit'));
  const notice = query.goals
    ? `${query.goals === '1' ? 'Goal' : `${query.goals} goals`} added.`
    : query.goal === 'saved'
      ? 'Goal saved.'
      : query.goal === 'deleted'
        ? 'Goal deleted.'
        : query.linked
          ? 'Saved what it serves.'
          : query.reviewed
            ? `Review saved: ${query.reviewed === '1' ? '1 goal or platform' : `${query.reviewed} goals and platforms`} rated.`
            : null;
  const goalOptions = goals.map((g) => ({ id: g.id, title: g.title }));
  return (
    <PageContainer>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      <PageHeader
        title="Purpose"
        description="What learning do we want to enable, and how can technology help? Name three to six learning goals; every action and purchase then says which it serves, or that it is a foundation (safeguarding, leadership, the network) that enables them all."
        actions={
          editsGoals && goals.length > 0 && goals.length < MAX_GOALS ? (
            <Link href={`${base}/goals/new`} className={buttonClasses.primary}>
              Add a learning goal
            </Link>
          ) : null
        }
      />
      {goals.length === 0 ? (
        editsGoals ? (
          <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
            <SuggestedGoalsForm action={addSuggestedGoalsAction} hidden={{ schoolId: school.id }} suggestions={SUGGESTED_GOALS} />
            <div className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="font-bold text-slate-900">Or write your own</h2>
              <p className="mt-1 text-sm text-slate-700">Start from what your development plan says about teaching and learning.</p>
              <Link href={`${base}/goals/new`} className={`${buttonClasses.secondary} mt-3`}>
                Write a learning goal
              </Link>
            </div>
          </div>
        ) : (
          <EmptyState title="No learning goals yet">The school’s leaders name them here, as part of the strategy.</EmptyState>
        )
      ) : (
        <>
          {goals.length < MIN_GOALS ? (
            <p className="mb-6 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-900">
              A strategy works best with {MIN_GOALS} to {MAX_GOALS} learning goals: {goals.length === 1 ? 'there is 1' : `there are ${goals.length}`} so far.
            </p>
          ) : null}
          <section aria-labelledby="shares-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="shares-heading" className="font-bold text-slate-900">
              Where the money goes
            </h2>
            {summary.shares.totalPence ? (
              <>
                <p className="mt-1 text-sm text-slate-700" data-testid="purpose-shares">
                  Of {formatPence(summary.shares.totalPence)} costed: {summary.shares.goals}% serves learning goals, {summary.shares.foundation}% is foundations
                  {summary.shares.unlinked ? `, ${summary.shares.unlinked}% serves nothing named yet` : ''}.
                </p>
                <div className="mt-2 flex h-4 overflow-hidden rounded" aria-hidden="true">
                  <div className="bg-brand-700" style={{ width: `${summary.shares.goals}%` }} />
                  <div className="bg-slate-400" style={{ width: `${summary.shares.foundation}%` }} />
                  <div className="bg-amber-500" style={{ width: `${summary.shares.unlinked}%` }} />
                </div>
              </>
            ) : (
              <p className="mt-1 text-sm text-slate-700">No actions or purchases have a cost yet.</p>
            )}
          </section>
          <ReviewSummary review={review} reviewHref={editsGoals ? `${base}/review` : null} />
          {summary.empty.length ? (
            <p className="mb-6 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-900" data-testid="empty-goals">
              Nothing serves {summary.empty.length === 1 ? 'this goal' : 'these goals'} yet: {summary.empty.join('; ')}.
            </p>
          ) : null}
          <ol className="space-y-4">
            {summary.goals.map((goal, i) => {
              const stored = goals.find((g) => g.id === goal.id)!;
              return (
                <li key={goal.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h2 className="text-xl font-bold text-slate-900">
                      {i + 1}. {goal.title}
                    </h2>
                    {editsGoals ? (
                      <Link href={`${base}/goals/${goal.id}`}>
                        Change<span className="sr-only"> {goal.title}</span>
                      </Link>
                    ) : null}
                  </div>
                  <p className="mt-1 text-slate-800">
                    <span className="font-semibold">Success looks like: </span>
                    {stored.success}
                  </p>
                  <p className="mt-1 text-slate-800">
                    <span className="font-semibold">How we will know: </span>
                    {stored.measure}
                  </p>
                  <h3 className="mt-3 text-sm font-semibold text-slate-900">What serves it{goal.pence ? ` (${formatPence(goal.pence)})` : ''}</h3>
                  {goal.entries.length ? <EntryList entries={goal.entries} /> : <p className="text-sm text-slate-700">Nothing yet.</p>}
                </li>
              );
            })}
          </ol>
          <section aria-labelledby="unlinked-heading" className="mt-10">
            <h2 id="unlinked-heading" className="text-xl font-bold text-slate-900">
              Which learning goal does this serve?
            </h2>
            {summary.unlinked.length === 0 ? (
              <p className="mt-1 text-slate-700">Every action and purchase says what it serves.</p>
            ) : (
              <>
                <p className="mt-1 text-slate-700">These actions and purchases name no goal and are not foundations. Say what each is for, or reconsider it.</p>
                <ul className="mt-3 space-y-3">
                  {summary.unlinked.map((e) => (
                    <li key={`${e.kind}-${e.id}`} className="rounded-lg border-l-4 border-amber-600 bg-white p-4 shadow-sm">
                      <p className="font-semibold text-slate-900">
                        <span className="font-normal text-slate-600">{KIND[e.kind]}: </span>
                        <Link href={e.href}>{e.title}</Link>
                        {e.pence ? <span className="ml-2 font-normal tabular-nums text-slate-700">{formatPence(e.pence)}</span> : null}
                      </p>
                      {mayLink(e) ? (
                        <div className="mt-2">
                          <PurposeLinkForm
                            action={setPurposeAction}
                            hidden={{ schoolId: school.id, kind: e.kind, itemId: e.id }}
                            goals={goalOptions}
                            checked={[]}
                            foundation={false}
                            label={e.title}
                          />
                        </div>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <details className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-bold text-slate-900">
              Foundations ({summary.foundation.entries.length}
              {summary.foundation.pence ? `, ${formatPence(summary.foundation.pence)}` : ''})
            </summary>
            <p className="mt-2 text-sm text-slate-700">
              Safeguarding, leadership and the network: they serve every goal. Actions for those standards, network kit and contracts for connectivity,
              filtering, support and cyber cover count as foundations unless they name a goal.
            </p>
            <EntryList entries={summary.foundation.entries} />
          </details>
        </>
      )}
    </PageContainer>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PlanItemForm } from '@/components/plan/plan-item-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { getPlanItem } from '@/lib/plan/manage-plan-items';
import { ownerOptionsFor } from '@/lib/plan/owner-options';
import { requirementOptionsFor } from '@/lib/plan/requirement-options';
import { formatIsoDate } from '@/lib/dates/format';
import { updatePlanItemAction } from '../actions';
import { setPurposeAction } from '../../purpose/actions';
import { PurposeLinkForm } from '@/components/purpose/purpose-link-form';
import { listGoals } from '@/lib/purpose/manage-goals';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { idParam } from '@/lib/http/route-params';

export const metadata: Metadata = { title: 'Edit an action' };

export default async function EditPlanItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string; itemId: string }>;
  searchParams: Promise<{ purpose?: string }>;
}) {
  const [{ itemId }, query] = await Promise.all([params, searchParams]);
  const { actor, school } = await loadSchoolPage(params, 'plan:edit');
  const action = await loadOr404(() => getPlanItem(actor, idParam(itemId, 'That action')));
  if (action.schoolId !== school.id) notFound();
  const [options, owners, goals] = await Promise.all([requirementOptionsFor(actor, school.id), ownerOptionsFor(actor, school.id), listGoals(actor, school.id)]);
  return (
    <PageContainer>
      <PageHeader title="Edit an action" description="Mark it done when it is done, or dropped if the school decides against it." />
      <PlanItemForm
        action={updatePlanItemAction}
        hidden={{ actionId: action.id, version: String(action.version) }}
        defaults={{
          title: action.title,
          description: action.description ?? '',
          ownerUserId: action.ownerUserId ?? '',
          ownerName: action.ownerUserId ? '' : (action.ownerName ?? ''),
          ownerEmail: action.ownerEmail ?? '',
          dueDate: action.dueDate ? formatIsoDate(action.dueDate) : '',
          estimatedCost: action.estimatedCostPence === null ? '' : String(action.estimatedCostPence / 100),
          status: action.status,
          requirementCodes: action.requirementCodes,
        }}
        requirementOptions={options}
        ownerOptions={owners}
        submitLabel="Save action"
      />
      <p className="mt-6">
        <Link href={`/schools/${school.id}/plan`}>Cancel and go back to the action plan</Link>
      </p>
      <section aria-labelledby="purpose-heading" className="mt-10 max-w-3xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="purpose-heading" className="text-lg font-bold text-slate-900">
          Purpose
        </h2>
        {query.purpose ? (
          <p className="mb-2 text-sm font-semibold text-green-800" role="status">
            Saved what it serves.
          </p>
        ) : null}
        {goals.length ? (
          <PurposeLinkForm
            action={setPurposeAction}
            hidden={{ schoolId: school.id, kind: 'action', itemId: action.id, back: 'plan' }}
            goals={goals.map((g) => ({ id: g.id, title: g.title }))}
            checked={action.goalIds ?? []}
            foundation={action.foundation}
            label={action.title}
          />
        ) : (
          <p className="text-sm text-slate-700">
            The school has no learning goals yet. <Link href={`/schools/${school.id}/purpose`}>Name them on the Purpose page</Link>, then say which this action
            serves.
          </p>
        )}
      </section>
    </PageContainer>
  );
}

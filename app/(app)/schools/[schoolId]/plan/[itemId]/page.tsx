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
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { idParam } from '@/lib/http/route-params';

export const metadata: Metadata = { title: 'Edit an action' };

export default async function EditPlanItemPage({ params }: { params: Promise<{ schoolId: string; itemId: string }> }) {
  const { itemId } = await params;
  const { actor, school } = await loadSchoolPage(params, 'plan:edit');
  const action = await loadOr404(() => getPlanItem(actor, idParam(itemId, 'That action')));
  if (action.schoolId !== school.id) notFound();
  const [options, owners] = await Promise.all([requirementOptionsFor(actor, school.id), ownerOptionsFor(actor, school.id)]);
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
    </PageContainer>
  );
}

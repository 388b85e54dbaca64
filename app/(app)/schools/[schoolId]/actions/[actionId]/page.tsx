import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/action-plan/action-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { getAction } from '@/lib/action-plan/manage-actions';
import { requirementOptionsFor } from '@/lib/action-plan/requirement-options';
import { formatIsoDate } from '@/lib/dates/format';
import { updateActionAction } from '../actions';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'Edit an action' };

export default async function EditActionPage({ params }: { params: Promise<{ schoolId: string; actionId: string }> }) {
  const { schoolId, actionId } = await params;
  const { actor, school } = await loadSchoolPage(params, 'action:edit');
  const action = await loadOr404(() => getAction(actor, actionId));
  if (action.schoolId !== school.id) notFound();
  const options = await requirementOptionsFor(actor, school.id);
  return (
    <PageContainer>
      <PageHeader title="Edit an action" description="Mark it done when it is done, or dropped if the school decides against it." />
      <ActionForm
        action={updateActionAction}
        hidden={{ actionId: action.id, version: String(action.version) }}
        defaults={{
          title: action.title,
          description: action.description ?? '',
          ownerName: action.ownerName ?? '',
          dueDate: action.dueDate ? formatIsoDate(action.dueDate) : '',
          estimatedCost: action.estimatedCostPence === null ? '' : String(action.estimatedCostPence / 100),
          status: action.status,
          requirementCodes: action.requirementCodes,
        }}
        requirementOptions={options}
        submitLabel="Save action"
      />
      <p className="mt-6">
        <Link href={`/schools/${school.id}/actions`}>Cancel and go back to the action plan</Link>
      </p>
    </PageContainer>
  );
}

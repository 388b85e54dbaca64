import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConfirmForm } from '@/components/forms/confirm-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { loadSchoolPage } from '@/lib/http/load-page';
import { listGoals } from '@/lib/purpose/manage-goals';
import { deleteGoalAction } from '../../../actions';

export const metadata: Metadata = { title: 'Delete a learning goal' };

export default async function DeleteGoalPage({ params }: { params: Promise<{ schoolId: string; goalId: string }> }) {
  const { goalId } = await params;
  // Deleting unlinks actions and purchases: for those who edit the plan (lib/purpose/manage-goals.ts).
  const { actor, school } = await loadSchoolPage(params, 'plan:edit');
  const goal = (await listGoals(actor, school.id)).find((g) => g.id === goalId);
  if (!goal) notFound();
  return (
    <PageContainer>
      <PageHeader title={`Delete “${goal.title}”?`} />
      <p className="mb-6 max-w-3xl">
        Actions and purchases that serve it will no longer name it, and will be asked which goal they serve. The published strategy keeps it until the next
        version. The deletion is recorded in the audit log.
      </p>
      <ConfirmForm
        action={deleteGoalAction}
        hidden={{ schoolId: school.id, goalId: goal.id, version: String(goal.version) }}
        confirmLabel="Delete goal"
        pendingLabel="Deleting…"
        cancelHref={`/schools/${school.id}/purpose/goals/${goal.id}`}
      />
    </PageContainer>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GoalForm } from '@/components/purpose/goal-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { loadSchoolPage } from '@/lib/http/load-page';
import { listGoals } from '@/lib/purpose/manage-goals';
import { updateGoalAction } from '../../actions';

export const metadata: Metadata = { title: 'Change a learning goal' };

export default async function GoalPage({ params }: { params: Promise<{ schoolId: string; goalId: string }> }) {
  const { goalId } = await params;
  const { actor, school, can } = await loadSchoolPage(params, 'strategy:edit');
  const goal = (await listGoals(actor, school.id)).find((g) => g.id === goalId);
  if (!goal) notFound();
  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={`/schools/${school.id}/purpose`}>← Purpose</Link>
      </nav>
      <PageHeader
        title={goal.title}
        actions={
          can.has('plan:edit') ? (
            <Link href={`/schools/${school.id}/purpose/goals/${goal.id}/delete`} className="font-semibold">
              Delete this goal
            </Link>
          ) : null
        }
      />
      <GoalForm
        action={updateGoalAction}
        hidden={{ schoolId: school.id, goalId: goal.id, version: String(goal.version) }}
        defaults={{ title: goal.title, success: goal.success, measure: goal.measure }}
        submitLabel="Save changes"
      />
    </PageContainer>
  );
}

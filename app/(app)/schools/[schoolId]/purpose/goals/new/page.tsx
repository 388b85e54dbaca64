import type { Metadata } from 'next';
import Link from 'next/link';
import { GoalForm } from '@/components/purpose/goal-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { loadSchoolPage } from '@/lib/http/load-page';
import { createGoalAction } from '../../actions';

export const metadata: Metadata = { title: 'Add a learning goal' };

export default async function NewGoalPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { school } = await loadSchoolPage(params, 'strategy:edit');
  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={`/schools/${school.id}/purpose`}>← Purpose</Link>
      </nav>
      <PageHeader
        title="Add a learning goal"
        description="Start from learning, not from what to buy: what should pupils and staff be able to do that technology can help with?"
      />
      <GoalForm action={createGoalAction} hidden={{ schoolId: school.id }} defaults={{}} submitLabel="Add goal" />
    </PageContainer>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CreateStandaloneSchoolForm } from '@/components/forms/platform-forms';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { createStandaloneSchoolAction } from '../../actions';

export const metadata: Metadata = { title: 'Create a standalone school' };

export default async function NewStandaloneSchoolPage() {
  const actor = await requireActor();
  if (!actor.isPlatformAdmin) notFound();
  return (
    <PageContainer>
      <PageHeader caption="Platform administration" title="Create a standalone school" />
      <CreateStandaloneSchoolForm action={createStandaloneSchoolAction} />
    </PageContainer>
  );
}

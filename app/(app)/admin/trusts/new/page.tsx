import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CreateTrustForm } from '@/components/forms/platform-forms';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { createTrustAction } from '../../actions';

export const metadata: Metadata = { title: 'Create a trust' };

export default async function NewTrustPage() {
  const actor = await requireActor();
  if (!actor.isPlatformAdmin) notFound();
  return (
    <PageContainer>
      <PageHeader caption="Platform administration" title="Create a trust" />
      <CreateTrustForm action={createTrustAction} />
    </PageContainer>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { SchoolForm } from '@/components/forms/school-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { loadOr404 } from '@/lib/http/page-guard';
import { getTrust } from '@/lib/trusts/get-trust';
import { createSchoolAction } from '../../actions';

export const metadata: Metadata = { title: 'Add a school' };

export default async function NewSchoolPage({ params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const actor = await requireActor();
  const trust = await loadOr404(() => getTrust(actor, trustId, 'school:create'));
  return (
    <PageContainer>
      <PageHeader caption={trust.name} title="Add a school" description="You can invite the school’s leaders once it is added." />
      <SchoolForm action={createSchoolAction} hidden={{ trustId: trust.id }} submitLabel="Add school" />
      <p className="mt-6">
        <Link href={`/trusts/${trust.id}`}>Cancel and go back to the schools</Link>
      </p>
    </PageContainer>
  );
}

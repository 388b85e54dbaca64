import type { Metadata } from 'next';
import Link from 'next/link';
import { SchoolForm } from '@/components/forms/school-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { createSchoolAction } from '../../actions';
import { loadTrustPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'Add a school' };

export default async function NewSchoolPage({ params }: { params: Promise<{ trustId: string }> }) {
  const { trust } = await loadTrustPage(params, 'school:create');
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

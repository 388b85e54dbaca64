import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageContainer } from '@/components/layout/page-container';
import { CONTRACT_FIELDS, KIT_FIELDS } from '@/components/registers/register-fields';
import { RegisterItemForm } from '@/components/registers/register-item-form';
import { PageHeader } from '@/components/ui/page-header';
import { loadSchoolPage } from '@/lib/http/load-page';
import { createContractAction, createKitAction } from '../../actions';

export const metadata: Metadata = { title: 'Add to the register' };

export default async function NewRegisterItemPage({ params }: { params: Promise<{ schoolId: string; register: string }> }) {
  const { register } = await params;
  if (register !== 'contract' && register !== 'kit') notFound();
  const { school } = await loadSchoolPage(params, 'register:edit');
  const contract = register === 'contract';
  return (
    <PageContainer>
      <PageHeader
        title={contract ? 'Add a contract' : 'Add kit'}
        description={contract ? 'A service the school pays a supplier for.' : 'One line per model: a batch of 40 identical laptops is one line.'}
      />
      <RegisterItemForm
        action={contract ? createContractAction : createKitAction}
        hidden={{ ownerKind: 'school', ownerId: school.id }}
        fields={contract ? CONTRACT_FIELDS : KIT_FIELDS}
        defaults={contract ? {} : { quantity: '1' }}
        submitLabel={contract ? 'Add contract' : 'Add kit'}
      />
      <p className="mt-6">
        <Link href={`/schools/${school.id}/registers`}>Cancel and go back to the registers</Link>
      </p>
    </PageContainer>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageContainer } from '@/components/layout/page-container';
import { CONTRACT_FIELDS, KIT_FIELDS } from '@/components/registers/register-fields';
import { RegisterItemForm } from '@/components/registers/register-item-form';
import { PageHeader } from '@/components/ui/page-header';
import { prisma } from '@/lib/db/prisma';
import { loadTrustPage } from '@/lib/http/load-page';
import { createContractAction, createKitAction } from '@/app/(app)/schools/[schoolId]/registers/actions';

export const metadata: Metadata = { title: 'Add to the trust’s register' };

export default async function NewTrustRegisterItemPage({ params }: { params: Promise<{ trustId: string; register: string }> }) {
  const { register } = await params;
  if (register !== 'contract' && register !== 'kit') notFound();
  const { trust } = await loadTrustPage(params, 'register:edit-trust');
  const schools = await prisma.school.findMany({ where: { trustId: trust.id, archivedAt: null }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
  const contract = register === 'contract';
  return (
    <PageContainer>
      <PageHeader title={contract ? 'Add a central contract' : 'Add central kit'} />
      <RegisterItemForm
        action={contract ? createContractAction : createKitAction}
        hidden={{ ownerKind: 'trust', ownerId: trust.id }}
        fields={contract ? CONTRACT_FIELDS : KIT_FIELDS}
        defaults={contract ? {} : { quantity: '1' }}
        schools={{ options: schools, covered: [] }}
        submitLabel={contract ? 'Add contract' : 'Add kit'}
      />
      <p className="mt-6">
        <Link href={`/trusts/${trust.id}/registers`}>Cancel and go back to the registers</Link>
      </p>
    </PageContainer>
  );
}

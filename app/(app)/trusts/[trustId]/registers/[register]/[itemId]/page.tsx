import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageContainer } from '@/components/layout/page-container';
import { RegisterItemEditor } from '@/components/registers/register-item-editor';
import { prisma } from '@/lib/db/prisma';
import { loadOr404, loadTrustPage } from '@/lib/http/load-page';
import { getRegisterItemForEdit } from '@/lib/registers/list-registers';
import { deleteRegisterItemAction, updateContractAction, updateKitAction } from '@/app/(app)/schools/[schoolId]/registers/actions';

export const metadata: Metadata = { title: 'Edit the trust’s register' };

export default async function EditTrustRegisterItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ trustId: string; register: string; itemId: string }>;
  searchParams: Promise<{ delete?: string }>;
}) {
  const asking = (await searchParams).delete === '1';
  const { register, itemId } = await params;
  if (register !== 'contract' && register !== 'kit') notFound();
  const { actor, trust } = await loadTrustPage(params, 'register:edit-trust');
  const item = await loadOr404(() => getRegisterItemForEdit(actor, register, itemId));
  if (item.trustId !== trust.id) notFound();
  const schools = await prisma.school.findMany({ where: { trustId: trust.id, archivedAt: null }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
  return (
    <PageContainer>
      <RegisterItemEditor
        item={item}
        back={`/trusts/${trust.id}/registers`}
        asking={asking}
        schools={schools}
        deleteNote="It leaves the registers and roadmaps of every school it covers."
        actions={{ updateContract: updateContractAction, updateKit: updateKitAction, delete: deleteRegisterItemAction }}
      />
    </PageContainer>
  );
}

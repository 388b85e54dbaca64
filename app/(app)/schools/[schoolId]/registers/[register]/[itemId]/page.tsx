import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageContainer } from '@/components/layout/page-container';
import { RegisterItemEditor } from '@/components/registers/register-item-editor';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { getRegisterItemForEdit } from '@/lib/registers/list-registers';
import { deleteRegisterItemAction, updateContractAction, updateKitAction } from '../../actions';

export const metadata: Metadata = { title: 'Edit the register' };

export default async function EditRegisterItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string; register: string; itemId: string }>;
  searchParams: Promise<{ delete?: string }>;
}) {
  const asking = (await searchParams).delete === '1';
  const { register, itemId } = await params;
  if (register !== 'contract' && register !== 'kit') notFound();
  const { actor, school } = await loadSchoolPage(params, 'register:edit');
  const item = await loadOr404(() => getRegisterItemForEdit(actor, register, itemId));
  if (item.schoolId !== school.id) notFound();
  return (
    <PageContainer>
      <RegisterItemEditor
        item={item}
        back={`/schools/${school.id}/registers`}
        asking={asking}
        deleteNote="It leaves the registers and the roadmap."
        actions={{ updateContract: updateContractAction, updateKit: updateKitAction, delete: deleteRegisterItemAction }}
      />
    </PageContainer>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConfirmForm } from '@/components/forms/confirm-form';
import { PageContainer } from '@/components/layout/page-container';
import { CONTRACT_FIELDS, contractDefaults, KIT_FIELDS, kitDefaults } from '@/components/registers/register-fields';
import { RegisterItemForm } from '@/components/registers/register-item-form';
import { PageHeader } from '@/components/ui/page-header';
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
  const back = `/trusts/${trust.id}/registers`;
  const contract = 'supplier' in item;
  return (
    <PageContainer>
      <PageHeader title={contract ? `Contract: ${item.supplier}` : `Kit: ${item.makeModel}`} />
      <RegisterItemForm
        action={contract ? updateContractAction : updateKitAction}
        hidden={{ itemId: item.id, version: String(item.version) }}
        fields={contract ? CONTRACT_FIELDS : KIT_FIELDS}
        defaults={contract ? contractDefaults(item) : kitDefaults(item)}
        schools={{ options: schools, covered: item.coveredSchoolIds }}
        submitLabel="Save changes"
      />
      <section className="mt-10 max-w-3xl rounded-lg border border-red-200 bg-red-50 p-4">
        <h2 className="text-lg font-bold text-red-900">{asking ? `Delete ${contract ? item.supplier : item.makeModel}?` : 'Delete this item'}</h2>
        <p className="mb-3 text-sm text-slate-800">
          It leaves the registers and roadmaps of every school it covers. The audit log keeps a record of what it said.
        </p>
        {asking ? (
          <ConfirmForm
            action={deleteRegisterItemAction}
            hidden={{ register, itemId: item.id, version: String(item.version) }}
            confirmLabel="Delete it"
            pendingLabel="Deleting…"
            cancelHref={back}
          />
        ) : (
          <Link href="?delete=1" className="font-semibold text-red-800">
            Delete this item…
          </Link>
        )}
      </section>
      <p className="mt-6">
        <Link href={back}>Go back to the registers</Link>
      </p>
    </PageContainer>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { buttonClasses } from '@/components/ui/button';
import { SuccessNotice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { RegisterLists } from '@/components/registers/register-lists';
import { loadTrustPage } from '@/lib/http/load-page';
import { listTrustRegisters } from '@/lib/registers/list-registers';
import { FinancialYearForm } from '@/components/registers/financial-year-form';
import { setTrustFinancialYearAction } from './actions';

export const metadata: Metadata = { title: 'Trust registers' };

export default async function TrustRegistersPage({
  params,
  searchParams,
}: {
  params: Promise<{ trustId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = await searchParams;
  const { actor, trust, can } = await loadTrustPage(params, 'register:read');
  const registers = await listTrustRegisters(actor, trust.id);
  const editable = can.has('register:edit-trust');
  const base = `/trusts/${trust.id}/registers`;
  const notice = query.imported
    ? `${query.imported} items imported.`
    : query.saved === 'year'
      ? 'Financial year saved.'
      : query.saved
        ? 'Saved.'
        : query.deleted
          ? 'Item deleted.'
          : null;
  return (
    <PageContainer>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      <PageHeader
        title="Trust registers"
        description="Contracts and kit the trust buys centrally. Each covers every school of the trust, or the schools chosen, and shows in their registers and roadmaps as provided by the trust."
        actions={
          editable ? (
            <div className="flex flex-wrap gap-3">
              <Link href={`${base}/contract/new`} className={buttonClasses.primary}>
                Add a contract
              </Link>
              <Link href={`${base}/kit/new`} className={buttonClasses.secondary}>
                Add kit
              </Link>
              <Link href={`${base}/import`} className={buttonClasses.secondary}>
                Import a spreadsheet
              </Link>
            </div>
          ) : null
        }
      />
      <p className="mb-6">
        <Link href={`/trusts/${trust.id}/roadmap`}>See every school’s roadmap rolled up</Link>
      </p>
      {can.has('trust:update') ? (
        <div className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
          <FinancialYearForm action={setTrustFinancialYearAction} trustId={trust.id} month={trust.financialYearStart} />
        </div>
      ) : null}
      <RegisterLists
        registers={registers}
        editHref={editable ? (register, item) => `${base}/${register}/${item.id}` : undefined}
        empty={{
          contracts: { title: 'No central contracts yet', text: 'Add the broadband, filtering or IT support the trust buys for its schools.' },
          kit: { title: 'No central kit yet', text: 'Add firewalls, core switches or servers the trust runs for its schools.' },
        }}
      />
    </PageContainer>
  );
}

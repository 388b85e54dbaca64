import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { buttonClasses } from '@/components/ui/button';
import { SuccessNotice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { RegisterLists } from '@/components/registers/register-lists';
import { loadSchoolPage } from '@/lib/http/load-page';
import { listSchoolRegisters } from '@/lib/registers/list-registers';

export const metadata: Metadata = { title: 'Registers' };

export default async function RegistersPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = await searchParams;
  const { actor, school, can } = await loadSchoolPage(params, 'register:read');
  const registers = await listSchoolRegisters(actor, school.id);
  const editable = can.has('register:edit');
  const base = `/schools/${school.id}/registers`;
  const notice = query.imported
    ? `${query.imported} items imported.`
    : query.saved
      ? `${query.saved === 'contract' ? 'Contract' : 'Kit'} saved.`
      : query.deleted
        ? 'Item deleted.'
        : null;
  return (
    <PageContainer>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      <PageHeader
        title="Registers"
        description="The school’s contracts and kit. Their dates decide when each standard falls due on the roadmap, and their costs fill the budget."
        actions={
          <div className="flex flex-wrap gap-3">
            {editable ? (
              <>
                <Link href={`${base}/contract/new`} className={buttonClasses.primary}>
                  Add a contract
                </Link>
                <Link href={`${base}/kit/new`} className={buttonClasses.secondary}>
                  Add kit
                </Link>
                <Link href={`${base}/import`} className={buttonClasses.secondary}>
                  Import a spreadsheet
                </Link>
              </>
            ) : null}
            {registers.contracts.length || registers.kit.length ? (
              <a href={`${base}/registers.xlsx`} className={buttonClasses.secondary} download>
                Download as Excel
              </a>
            ) : null}
          </div>
        }
      />
      <p className="mb-6">
        <Link href={`/schools/${school.id}/roadmap`}>See the roadmap these dates make</Link>
      </p>
      <RegisterLists
        registers={registers}
        editHref={editable ? (register, item) => (item.providedByTrust ? null : `${base}/${register}/${item.id}`) : undefined}
        empty={{
          contracts: {
            title: 'No contracts yet',
            text: 'Add the broadband, filtering, IT support and other contracts, with their end dates and notice periods.',
          },
          kit: {
            title: 'No kit yet',
            text: 'Add firewalls, switches, access points, servers and devices, with when they were bought or stop being supported.',
          },
        }}
      />
    </PageContainer>
  );
}

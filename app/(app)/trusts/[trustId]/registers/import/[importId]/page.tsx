import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageContainer } from '@/components/layout/page-container';
import { ImportPreview } from '@/components/registers/import-preview';
import { PageHeader } from '@/components/ui/page-header';
import { loadOr404, loadTrustPage } from '@/lib/http/load-page';
import { getRegisterImport } from '@/lib/registers/register-import';
import { confirmRegisterImportAction } from '@/app/(app)/schools/[schoolId]/registers/actions';

export const metadata: Metadata = { title: 'Check the import' };

export default async function TrustRegisterImportPage({ params }: { params: Promise<{ trustId: string; importId: string }> }) {
  const { importId } = await params;
  const { actor, trust } = await loadTrustPage(params, 'register:edit-trust');
  const preview = await loadOr404(() => getRegisterImport(actor, importId));
  if (preview.trustId !== trust.id) notFound();
  return (
    <PageContainer>
      <PageHeader
        title={`Import ${preview.fileName}`}
        description={`${preview.rowCount} ${preview.register === 'contract' ? 'contracts' : 'kit lines'} found in the file.`}
      />
      <ImportPreview preview={preview} base={`/trusts/${trust.id}/registers`} owner="the trust’s registers" confirmAction={confirmRegisterImportAction} />
    </PageContainer>
  );
}

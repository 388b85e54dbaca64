import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageContainer } from '@/components/layout/page-container';
import { ImportPreview } from '@/components/registers/import-preview';
import { PageHeader } from '@/components/ui/page-header';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { getRegisterImport } from '@/lib/registers/register-import';
import { confirmRegisterImportAction } from '../../actions';

export const metadata: Metadata = { title: 'Check the import' };

export default async function RegisterImportPage({ params }: { params: Promise<{ schoolId: string; importId: string }> }) {
  const { importId } = await params;
  const { actor, school } = await loadSchoolPage(params, 'register:edit');
  const preview = await loadOr404(() => getRegisterImport(actor, importId));
  if (preview.schoolId !== school.id) notFound();
  return (
    <PageContainer>
      <PageHeader
        title={`Import ${preview.fileName}`}
        description={`${preview.rowCount} ${preview.register === 'contract' ? 'contracts' : 'kit lines'} found in the file.`}
      />
      <ImportPreview preview={preview} base={`/schools/${school.id}/registers`} owner="the school’s registers" confirmAction={confirmRegisterImportAction} />
    </PageContainer>
  );
}

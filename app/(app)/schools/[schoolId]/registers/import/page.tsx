import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { RegisterUploadForm } from '@/components/registers/register-upload-form';
import { PageHeader } from '@/components/ui/page-header';
import { loadSchoolPage } from '@/lib/http/load-page';
import { previewRegisterImportAction } from '../actions';

export const metadata: Metadata = { title: 'Import a register' };

export default async function ImportRegisterPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { school } = await loadSchoolPage(params, 'register:edit');
  const base = `/schools/${school.id}/registers`;
  return (
    <PageContainer>
      <PageHeader
        title="Import a register"
        description="Bring in the spreadsheet you already keep. Waypoint checks every row first and shows what it would import and what is wrong; nothing is saved until you confirm a file with no problems."
      />
      <RegisterUploadForm action={previewRegisterImportAction} hidden={{ ownerKind: 'school', ownerId: school.id }} templateHref={`${base}/template.xlsx`} />
      <p className="mt-6">
        <Link href={base}>Cancel and go back to the registers</Link>
      </p>
    </PageContainer>
  );
}

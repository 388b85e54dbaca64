import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { RegisterUploadForm } from '@/components/registers/register-upload-form';
import { PageHeader } from '@/components/ui/page-header';
import { loadTrustPage } from '@/lib/http/load-page';
import { previewRegisterImportAction } from '@/app/(app)/schools/[schoolId]/registers/actions';

export const metadata: Metadata = { title: 'Import a trust register' };

export default async function ImportTrustRegisterPage({ params }: { params: Promise<{ trustId: string }> }) {
  const { trust } = await loadTrustPage(params, 'register:edit-trust');
  const base = `/trusts/${trust.id}/registers`;
  return (
    <PageContainer>
      <PageHeader
        title="Import a trust register"
        description="Items imported here cover every school of the trust; choose schools for an item afterwards by editing it. Nothing is saved until you confirm a file with no problems."
      />
      <RegisterUploadForm action={previewRegisterImportAction} hidden={{ ownerKind: 'trust', ownerId: trust.id }} templateHref={`${base}/template.xlsx`} />
      <p className="mt-6">
        <Link href={base}>Cancel and go back to the registers</Link>
      </p>
    </PageContainer>
  );
}

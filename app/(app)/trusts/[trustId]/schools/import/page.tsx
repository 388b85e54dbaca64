import type { Metadata } from 'next';
import Link from 'next/link';
import { GiasUploadForm } from '@/components/gias/gias-upload-form';
import { GiasImportList } from '@/components/gias/gias-import-list';
import { PageContainer } from '@/components/layout/page-container';
import { Card, PageHeader } from '@/components/ui/page-header';
import { listGiasImports } from '@/lib/gias/gias-import';
import { MAX_UPLOAD_TEXT } from '@/lib/gias/limits';
import { loadTrustPage } from '@/lib/http/load-page';
import { uploadTrustGiasAction } from './actions';

export const metadata: Metadata = { title: 'Import schools from GIAS' };

export default async function TrustGiasUploadPage({ params }: { params: Promise<{ trustId: string }> }) {
  const { actor, trust } = await loadTrustPage(params, 'school:create');
  const imports = await listGiasImports(actor, { kind: 'trust', trustId: trust.id });
  return (
    <PageContainer>
      <PageHeader
        caption={trust.name}
        title="Import schools from GIAS"
        description="Add your trust’s schools, or bring their details up to date, from a Get Information About Schools download. You see what would change before anything does."
      />
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Upload the file">
            <GiasUploadForm
              action={uploadTrustGiasAction}
              hidden={{ trustId: trust.id }}
              hint={`A CSV file of establishments as downloaded from GIAS, up to ${MAX_UPLOAD_TEXT}. The whole country’s file works: only your trust’s schools are used.`}
            />
          </Card>
        </div>
        <Card title="Getting the file">
          <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-700">
            <li>
              On <a href="https://get-information-schools.service.gov.uk/Downloads">Get Information About Schools downloads</a>, choose “Establishment fields
              CSV”.
            </li>
            <li>Or search for your trust, open its establishments and download them.</li>
            <li>Upload the file here unchanged. Either character encoding GIAS uses is fine.</li>
          </ol>
        </Card>
      </div>
      <GiasImportList imports={imports} hrefFor={(id) => `/trusts/${trust.id}/schools/import/${id}`} />
      <p className="mt-8">
        <Link href={`/trusts/${trust.id}`}>Back to the schools</Link>
      </p>
    </PageContainer>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GiasImportList } from '@/components/gias/gias-import-list';
import { GiasUploadForm } from '@/components/gias/gias-upload-form';
import { PageContainer } from '@/components/layout/page-container';
import { Card, PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { listGiasImports } from '@/lib/gias/gias-import';
import { MAX_UPLOAD_TEXT } from '@/lib/gias/limits';
import { uploadPlatformGiasAction } from './actions';

export const metadata: Metadata = { title: 'Import trusts and schools from GIAS' };

export default async function PlatformGiasUploadPage() {
  const actor = await requireActor();
  if (!actor.isPlatformAdmin) notFound();
  const imports = await listGiasImports(actor, { kind: 'platform' });
  return (
    <PageContainer>
      <PageHeader
        caption="Platform administration"
        title="Import trusts and schools from GIAS"
        description="Create trusts from the file’s trust columns and schools in them, or standalone, in bulk. You see what would change before anything does. Schools already in Waypoint have their details brought up to date; none is moved between trusts."
      />
      <Card title="Upload the file">
        <GiasUploadForm
          action={uploadPlatformGiasAction}
          hidden={{}}
          hint={`A CSV file of establishments as downloaded from GIAS, up to ${MAX_UPLOAD_TEXT}. For the full national file, use the command line: npm run import:gias -- <file> --as <your email>.`}
        />
      </Card>
      <GiasImportList imports={imports} hrefFor={(id) => `/admin/gias/${id}`} />
      <p className="mt-8">
        <Link href="/admin">Back to platform administration</Link>
      </p>
    </PageContainer>
  );
}

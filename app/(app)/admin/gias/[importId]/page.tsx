import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConfirmForm } from '@/components/forms/confirm-form';
import { PreviewKeptNote } from '@/components/imports/preview-kept-note';
import { GiasImportOutcome } from '@/components/gias/gias-import-outcome';
import { GiasPreview } from '@/components/gias/gias-preview';
import { PageContainer } from '@/components/layout/page-container';
import { Card, PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { describeGiasApply } from '@/lib/gias/describe-gias-apply';
import { getGiasImport } from '@/lib/gias/gias-import';
import { loadOr404 } from '@/lib/http/load-page';
import { idParam } from '@/lib/http/route-params';
import { applyPlatformGiasAction } from '../actions';

export const metadata: Metadata = { title: 'GIAS import preview' };

export default async function PlatformGiasImportPage({
  params,
  searchParams,
}: {
  params: Promise<{ importId: string }>;
  searchParams: Promise<{ applied?: string }>;
}) {
  const actor = await requireActor();
  if (!actor.isPlatformAdmin) notFound();
  const { importId } = await params;
  const found = await loadOr404(() => getGiasImport(actor, { kind: 'platform' }, idParam(importId)));
  const { applied } = await searchParams;
  return (
    <PageContainer>
      <PageHeader
        caption="Platform administration"
        title={found.plan ? 'Check the import' : 'Import finished'}
        description={`${found.fileName}: ${found.rowCount.toLocaleString('en-GB')} rows.`}
      />
      {found.plan ? (
        <div className="space-y-8">
          <GiasPreview plan={found.plan} scope="platform" />
          {found.plan.create.length + found.plan.update.length + found.plan.trustsToCreate.length > 0 ? (
            <Card title="Confirm">
              <p className="mb-4 text-slate-700">{describeGiasApply(found.plan)}</p>
              <PreviewKeptNote createdAt={found.createdAt} uploadHref="/admin/gias">
                <ConfirmForm
                  action={applyPlatformGiasAction}
                  hidden={{ importId: found.id, planHash: found.plan.hash }}
                  confirmLabel="Import"
                  pendingLabel="Importing…"
                  cancelHref="/admin/gias"
                  variant="primary"
                />
              </PreviewKeptNote>
            </Card>
          ) : (
            <p className="rounded-md border border-slate-300 bg-white p-4">Nothing to import: Waypoint already matches this file.</p>
          )}
        </div>
      ) : (
        <GiasImportOutcome found={found} justApplied={applied === '1'} schoolsHref="/admin" />
      )}
      <p className="mt-8">
        <Link href="/admin/gias">Back to GIAS imports</Link>
      </p>
    </PageContainer>
  );
}

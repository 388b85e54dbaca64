import type { Metadata } from 'next';
import Link from 'next/link';
import { ChooseMatchForm } from '@/components/gias/choose-match-form';
import { GiasImportOutcome } from '@/components/gias/gias-import-outcome';
import { GiasPreview } from '@/components/gias/gias-preview';
import { ConfirmForm } from '@/components/forms/confirm-form';
import { PreviewKeptNote } from '@/components/imports/preview-kept-note';
import { PageContainer } from '@/components/layout/page-container';
import { Card, PageHeader } from '@/components/ui/page-header';
import { getGiasImport } from '@/lib/gias/gias-import';
import { loadOr404, loadTrustPage } from '@/lib/http/load-page';
import { idParam } from '@/lib/http/route-params';
import { describeGiasApply } from '@/lib/gias/describe-gias-apply';
import { applyTrustGiasAction, chooseGiasMatchAction } from '../actions';

export const metadata: Metadata = { title: 'GIAS import preview' };

export default async function TrustGiasImportPage({
  params,
  searchParams,
}: {
  params: Promise<{ trustId: string; importId: string }>;
  searchParams: Promise<{ applied?: string }>;
}) {
  const { actor, trust } = await loadTrustPage(params, 'school:create');
  const { importId } = await params;
  const found = await loadOr404(() => getGiasImport(actor, { kind: 'trust', trustId: trust.id }, idParam(importId)));
  const { applied } = await searchParams;
  const back = `/trusts/${trust.id}/schools/import`;
  return (
    <PageContainer>
      <PageHeader
        caption={trust.name}
        title={found.plan ? 'Check the import' : 'Import finished'}
        description={`${found.fileName}: ${found.rowCount.toLocaleString('en-GB')} rows.`}
      />
      {found.plan ? (
        <div className="space-y-8">
          <Card title="Your schools in this file">
            <ChooseMatchForm
              action={chooseGiasMatchAction}
              hidden={{ trustId: trust.id, importId: found.id }}
              trusts={found.plan.trustsInFile}
              current={{ trustCode: found.matchTrustCode, urns: found.matchUrns }}
            />
          </Card>
          {found.matched ? (
            <>
              <GiasPreview plan={found.plan} scope="trust" />
              {found.plan.create.length + found.plan.update.length > 0 ? (
                <Card title="Confirm">
                  <p className="mb-4 text-slate-700">
                    {describeGiasApply(found.plan)} Nothing else changes. Each school’s people, assessments and plans are kept.
                  </p>
                  <PreviewKeptNote createdAt={found.createdAt} uploadHref={back}>
                    <ConfirmForm
                      action={applyTrustGiasAction}
                      hidden={{ trustId: trust.id, importId: found.id, planHash: found.plan.hash }}
                      confirmLabel="Import these schools"
                      pendingLabel="Importing…"
                      cancelHref={back}
                      variant="primary"
                    />
                  </PreviewKeptNote>
                </Card>
              ) : (
                <p className="rounded-md border border-slate-300 bg-white p-4">
                  Nothing to import: every school of your trust in this file is already up to date in Waypoint.
                </p>
              )}
            </>
          ) : (
            <p className="rounded-md border border-slate-300 bg-white p-4">Choose your trust or list your schools’ URNs above to see what would be imported.</p>
          )}
        </div>
      ) : (
        <GiasImportOutcome found={found} justApplied={applied === '1'} schoolsHref={`/trusts/${trust.id}`} />
      )}
      <p className="mt-8">
        <Link href={back}>Back to GIAS imports</Link>
      </p>
    </PageContainer>
  );
}

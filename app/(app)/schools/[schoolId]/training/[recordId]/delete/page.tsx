import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConfirmForm } from '@/components/forms/confirm-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { listTrainingRecords } from '@/lib/evidence/manage-training';
import { loadSchoolPage } from '@/lib/http/load-page';
import { deleteTrainingAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete a training record' };

export default async function DeleteTrainingRecordPage({ params }: { params: Promise<{ schoolId: string; recordId: string }> }) {
  const { recordId } = await params;
  const { actor, school } = await loadSchoolPage(params, 'evidence:edit');
  const record = (await listTrainingRecords(actor, school.id)).find((r) => r.id === recordId);
  if (!record) notFound();
  return (
    <PageContainer>
      <PageHeader title={`Delete ${record.name}’s training record?`} />
      <p className="mb-6 max-w-3xl">
        Do this when they no longer have access to the school’s IT. Their certificate stays on the Evidence page. The deletion is recorded in the audit log.
      </p>
      <ConfirmForm
        action={deleteTrainingAction}
        hidden={{ schoolId: school.id, recordId: record.id, version: String(record.version) }}
        confirmLabel="Delete record"
        pendingLabel="Deleting…"
        cancelHref={`/schools/${school.id}/training/${record.id}`}
      />
    </PageContainer>
  );
}

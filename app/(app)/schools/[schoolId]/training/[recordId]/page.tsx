import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TrainingForm } from '@/components/evidence/training-forms';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { formatIsoDate, londonToday } from '@/lib/dates/format';
import { listEvidence } from '@/lib/evidence/list-evidence';
import { listTrainingRecords } from '@/lib/evidence/manage-training';
import { loadSchoolPage } from '@/lib/http/load-page';
import { updateTrainingAction } from '../actions';

export const metadata: Metadata = { title: 'Change a training record' };

export default async function TrainingRecordPage({ params }: { params: Promise<{ schoolId: string; recordId: string }> }) {
  const { recordId } = await params;
  const { actor, school } = await loadSchoolPage(params, 'evidence:edit');
  const [records, evidence] = await Promise.all([listTrainingRecords(actor, school.id), listEvidence(actor, school.id, londonToday())]);
  const record = records.find((r) => r.id === recordId);
  if (!record) notFound();
  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={`/schools/${school.id}/training`}>← Training records</Link>
      </nav>
      <PageHeader
        title={record.name}
        actions={
          <Link href={`/schools/${school.id}/training/${record.id}/delete`} className="font-semibold">
            Delete this record
          </Link>
        }
      />
      <TrainingForm
        action={updateTrainingAction}
        hidden={{ schoolId: school.id, recordId: record.id, version: String(record.version) }}
        defaults={{
          name: record.name,
          email: record.email ?? '',
          role: record.role,
          trainedOn: record.trainedOn ? formatIsoDate(record.trainedOn) : '',
          certificateId: record.certificateId ?? '',
        }}
        certificates={evidence.filter((e) => e.kind === 'FILE').map((e) => ({ value: e.id, label: e.title }))}
        submitLabel="Save changes"
      />
    </PageContainer>
  );
}

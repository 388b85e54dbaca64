import type { Metadata } from 'next';
import Link from 'next/link';
import { EvidenceForm } from '@/components/evidence/evidence-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { londonToday } from '@/lib/dates/format';
import { getEvidence } from '@/lib/evidence/list-evidence';
import { evidenceTargetGroups } from '@/lib/evidence/target-groups';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { idParam } from '@/lib/http/route-params';
import { notFound } from 'next/navigation';
import { updateEvidenceAction } from '../../actions';

export const metadata: Metadata = { title: 'Change evidence' };

export default async function EditEvidencePage({ params }: { params: Promise<{ schoolId: string; evidenceId: string }> }) {
  const { evidenceId } = await params;
  const { actor, school } = await loadSchoolPage(params, 'evidence:edit');
  const item = await loadOr404(() => getEvidence(actor, school.id, idParam(evidenceId, 'That evidence'), londonToday()));
  if (item.withdrawn) notFound();
  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={`/schools/${school.id}/evidence/${item.id}`}>← Back to {item.title}</Link>
      </nav>
      <PageHeader title="Change evidence" description={item.kind === 'FILE' ? 'Change the details, or replace the file with a newer one.' : undefined} />
      <EvidenceForm
        action={updateEvidenceAction}
        hidden={{ schoolId: school.id, evidenceId: item.id, version: String(item.version) }}
        kindFixed={item.kind}
        defaults={{
          title: item.title,
          url: item.url ?? '',
          note: item.note ?? '',
          producedOn: item.producedOn,
          validUntil: item.validUntil ?? '',
          sharedWithGovernors: item.sharedWithGovernors ? 'on' : '',
        }}
        groups={evidenceTargetGroups()}
        checked={item.targets}
        currentFile={item.fileName}
        submitLabel="Save changes"
      />
    </PageContainer>
  );
}

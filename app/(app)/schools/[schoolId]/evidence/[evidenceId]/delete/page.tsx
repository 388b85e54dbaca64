import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConfirmForm } from '@/components/forms/confirm-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { londonToday } from '@/lib/dates/format';
import { getEvidence } from '@/lib/evidence/list-evidence';
import { targetLabel } from '@/lib/evidence/target-groups';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { idParam } from '@/lib/http/route-params';
import { deleteEvidenceAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete evidence' };

export default async function DeleteEvidencePage({ params }: { params: Promise<{ schoolId: string; evidenceId: string }> }) {
  const { evidenceId } = await params;
  const { actor, school } = await loadSchoolPage(params, 'evidence:edit');
  const item = await loadOr404(() => getEvidence(actor, school.id, idParam(evidenceId, 'That evidence'), londonToday()));
  if (item.withdrawn) notFound();
  const back = `/schools/${school.id}/evidence/${item.id}`;
  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={back}>← Back to {item.title}</Link>
      </nav>
      <PageHeader title={`Delete “${item.title}”?`} />
      <div className="mb-6 max-w-3xl space-y-3">
        {item.targets.length ? (
          <>
            <p>It backs {item.targets.length === 1 ? 'this' : `these ${item.targets.length}`}; they will show no evidence from it:</p>
            <ul className="list-disc pl-6">
              {item.targets.slice(0, 10).map((t) => (
                <li key={t}>{targetLabel(t)}</li>
              ))}
              {item.targets.length > 10 ? <li>and {item.targets.length - 10} more</li> : null}
            </ul>
          </>
        ) : null}
        <p>
          {item.kind === 'FILE' ? 'The file is deleted too, ' : 'It is deleted, '}
          unless a completed self-assessment cycle named it: then it is kept with that cycle’s record and hidden everywhere else. The deletion is recorded in
          the audit log.
        </p>
      </div>
      <ConfirmForm
        action={deleteEvidenceAction}
        hidden={{ schoolId: school.id, evidenceId: item.id, version: String(item.version) }}
        confirmLabel="Delete evidence"
        pendingLabel="Deleting…"
        cancelHref={back}
      />
    </PageContainer>
  );
}

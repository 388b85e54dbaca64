import type { Metadata } from 'next';
import Link from 'next/link';
import { EvidenceForm } from '@/components/evidence/evidence-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { londonToday } from '@/lib/dates/format';
import { knownTargets } from '@/lib/evidence/evidence-targets';
import { returnPath } from '@/lib/evidence/return-path';
import { evidenceTargetGroups, targetLabel } from '@/lib/evidence/target-groups';
import { loadSchoolPage } from '@/lib/http/load-page';
import { createEvidenceAction } from '../actions';

export const metadata: Metadata = { title: 'Add evidence' };

export default async function NewEvidencePage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const { school } = await loadSchoolPage(params, 'evidence:edit');
  // Opened from a question ("Add evidence"): that question comes ticked, and saving goes back there.
  const codes = (Array.isArray(query.code) ? query.code : query.code ? [query.code] : []).filter((c) => knownTargets().has(c));
  const back = returnPath(school.id, typeof query.back === 'string' ? query.back : null);
  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={back ?? `/schools/${school.id}/evidence`}>← Back</Link>
      </nav>
      <PageHeader
        title="Add evidence"
        description={
          codes.length
            ? `For: ${codes.map(targetLabel).join('; ')}. Tick anything else it also backs.`
            : 'Upload a file, or add a link or a note, and say what it backs.'
        }
      />
      <EvidenceForm
        action={createEvidenceAction}
        hidden={{ schoolId: school.id, ...(back ? { back } : {}) }}
        defaults={{ kind: 'FILE', producedOn: londonToday() }}
        groups={evidenceTargetGroups()}
        checked={codes}
        submitLabel="Add evidence"
      />
    </PageContainer>
  );
}

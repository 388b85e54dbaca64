import type { Metadata } from 'next';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { TrustActionForm } from '@/components/trust-actions/trust-action-form';
import { getCatalogue, NEWEST_CATALOGUE_FIRST } from '@/lib/assessment/get-catalogue';
import { prisma } from '@/lib/db/prisma';
import { loadTrustPage } from '@/lib/http/load-page';
import { listTrustSchools } from '@/lib/schools/list-schools';
import { schoolsWithGap } from '@/lib/trust-actions/schools-with-gap';
import { createTrustActionAction } from '../actions';

export const metadata: Metadata = { title: 'Create a trust action' };

// From a common gap (?code=…), the schools with that gap are chosen and the title suggested.
export default async function NewTrustActionPage({
  params,
  searchParams,
}: {
  params: Promise<{ trustId: string }>;
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  const { actor, trust } = await loadTrustPage(params, 'trust:update');
  const { code: raw } = await searchParams;
  const code = typeof raw === 'string' && /^[a-z0-9.-]{1,120}$/.test(raw) ? raw : null;
  const schools = await listTrustSchools(actor, trust.id);
  let requirement: { code: string; title: string } | null = null;
  if (code) {
    const newest = await prisma.catalogueVersion.findFirst({ orderBy: NEWEST_CATALOGUE_FIRST, select: { id: true } });
    const found = newest ? (await getCatalogue(newest.id)).flatMap((s) => s.requirements).find((r) => r.code === code) : undefined;
    requirement = found ? { code: found.code, title: found.title } : null;
  }
  const withGap = requirement
    ? await schoolsWithGap(
        schools.map((s) => s.id),
        requirement.code,
      )
    : new Set<string>();
  return (
    <PageContainer>
      <PageHeader
        caption={trust.name}
        title="Create a trust action"
        description={
          requirement
            ? `For the common gap “${requirement.title}”: the schools that have it are chosen.`
            : 'One action for many schools. Each school’s action plan gets it, and keeps its own status.'
        }
      />
      <TrustActionForm
        action={createTrustActionAction}
        trustId={trust.id}
        schools={schools.map((s) => ({ id: s.id, name: s.name, hasGap: withGap.has(s.id) }))}
        defaults={{ title: requirement ? requirement.title : '', requirementCodes: requirement ? [requirement.code] : [], schoolIds: [...withGap] }}
        cancelHref={`/trusts/${trust.id}/actions`}
      />
    </PageContainer>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { PriorityList } from '@/components/assessment/priority-list';
import { PageContainer } from '@/components/layout/page-container';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { getCurrentEvaluation } from '@/lib/assessment/current-evaluation';
import { loadSchoolPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'Priorities' };

export default async function PrioritiesPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { actor, school, can } = await loadSchoolPage(params, 'assessment:read');
  const [{ current, detail }] = await Promise.all([getCurrentEvaluation(actor, school.id)]);
  const requirements = new Map(detail?.catalogue.flatMap((s) => s.requirements.map((r) => [r.code, r] as const)) ?? []);
  const items = (detail?.evaluation.priorities ?? []).map((gap) => ({
    ...gap,
    nextSteps: requirements.get(gap.code)?.nextSteps ?? [],
    question: requirements.get(gap.code)?.question ?? '',
  }));
  return (
    <PageContainer>
      <PageHeader
        title="Priorities"
        description={
          current
            ? `Everything not yet met in the ${current.cycleLabel} cycle, foundations first: safeguarding and legal duties, then leadership, then the network, then devices and cloud. Within each, what DfE says you must do comes before what you should do, and the nearest deadline first.`
            : 'Priorities appear once you have answered some of the self-assessment.'
        }
      />
      {!current ? (
        <EmptyState title="No self-assessment yet">
          <Link href={`/schools/${school.id}/assessments`}>Go to the self-assessment</Link> to start.
        </EmptyState>
      ) : items.length === 0 ? (
        <EmptyState title="No gaps found">Every requirement answered so far is met or does not apply.</EmptyState>
      ) : (
        <>
          <p className="mb-4 text-sm text-slate-700">
            {items.length} {items.length === 1 ? 'item' : 'items'}, ranked.
          </p>
          <PriorityList
            items={items}
            addActionHref={can.has('plan:edit') ? (code) => `/schools/${school.id}/plan/new?requirement=${encodeURIComponent(code)}` : undefined}
          />
        </>
      )}
    </PageContainer>
  );
}

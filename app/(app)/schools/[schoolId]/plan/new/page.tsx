import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanItemForm } from '@/components/plan/plan-item-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { ownerOptionsFor } from '@/lib/plan/owner-options';
import { requirementOptionsFor } from '@/lib/plan/requirement-options';
import { createPlanItemAction } from '../actions';
import { loadSchoolPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'Add an action' };

export default async function NewActionPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ requirement?: string; from?: string; due?: string }>;
}) {
  const { requirement, from, due } = await searchParams;
  // From the roadmap: its decision date becomes the due date.
  const dueDate = typeof due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : undefined;
  // Started from a priority: saving goes back to it, and so does cancelling.
  const fromPriorities = from === 'priorities' && typeof requirement === 'string';
  const { actor, school } = await loadSchoolPage(params, 'plan:edit');
  const [options, owners] = await Promise.all([requirementOptionsFor(actor, school.id), ownerOptionsFor(actor, school.id)]);
  const linked = options.find((o) => o.code === requirement);
  return (
    <PageContainer>
      <PageHeader title="Add an action" description={linked ? `For: ${linked.label}` : 'Say what will be done, by whom and by when.'} />
      <PlanItemForm
        action={createPlanItemAction}
        hidden={fromPriorities && linked ? { schoolId: school.id, returnTo: 'priorities' } : { schoolId: school.id }}
        defaults={{ title: linked ? linked.label.split(': ').slice(1).join(': ') : '', requirementCodes: linked ? [linked.code] : [], dueDate }}
        requirementOptions={options}
        ownerOptions={owners}
        submitLabel="Add action"
      />
      <p className="mt-6">
        {fromPriorities && linked ? (
          <Link href={`/schools/${school.id}/priorities#priority-${linked.code}`}>Cancel and go back to the priorities</Link>
        ) : (
          <Link href={`/schools/${school.id}/plan`}>Cancel and go back to the action plan</Link>
        )}
      </p>
    </PageContainer>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanItemTable } from '@/components/plan/plan-item-table';
import { PageContainer } from '@/components/layout/page-container';
import { buttonClasses } from '@/components/ui/button';
import { SuccessNotice } from '@/components/ui/notice';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { formatPence, isOpenStatus, isOverdue } from '@/lib/plan/plan-item-options';
import { listPlanItems } from '@/lib/plan/manage-plan-items';
import { loadSchoolPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'Action plan' };

export default async function ActionPlanPage({ params, searchParams }: { params: Promise<{ schoolId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { saved } = await searchParams;
  const { actor, school, can } = await loadSchoolPage(params, 'assessment:read');
  const [actions] = await Promise.all([listPlanItems(actor, school.id)]);
  const editable = can.has('plan:edit');
  const open = actions.filter((a) => isOpenStatus(a.status));
  const closed = actions.filter((a) => !isOpenStatus(a.status));
  const overdue = open.filter((a) => isOverdue(a));
  const openCost = open.reduce((sum, a) => sum + (a.estimatedCostPence ?? 0), 0);
  const editHref = editable ? (id: string) => `/schools/${school.id}/plan/${id}` : undefined;
  const calendarHref = (id: string) => `/schools/${school.id}/plan/${id}/calendar.ics`;

  return (
    <PageContainer>
      {saved ? <SuccessNotice>Action saved.</SuccessNotice> : null}
      <PageHeader
        title="Action plan"
        description="What the school will do about its gaps, who does it, by when and at what cost. Open actions carry over from one cycle to the next until they are done or dropped."
        actions={
          editable ? (
            <Link href={`/schools/${school.id}/plan/new`} className={buttonClasses.primary}>
              Add an action
            </Link>
          ) : null
        }
      />
      {actions.length === 0 ? (
        <EmptyState title="No actions yet">
          {editable ? (
            <>
              Start from the <Link href={`/schools/${school.id}/priorities`}>priorities</Link>: each has an “Add to action plan” link.
            </>
          ) : (
            'The school’s leaders have not planned any actions yet.'
          )}
        </EmptyState>
      ) : (
        <>
          <dl className="mb-6 grid gap-4 sm:grid-cols-3">
            <div className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-sm font-semibold text-slate-700">Open actions</dt>
              <dd className="text-2xl font-bold tabular-nums">{open.length}</dd>
            </div>
            <div className={`rounded-lg border p-4 ${overdue.length ? 'border-red-300 bg-red-50' : 'border-slate-200 bg-white'}`}>
              <dt className="text-sm font-semibold text-slate-700">Overdue</dt>
              <dd className="text-2xl font-bold tabular-nums">{overdue.length}</dd>
            </div>
            <div className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-sm font-semibold text-slate-700">Estimated cost of open actions</dt>
              <dd className="text-2xl font-bold tabular-nums">{formatPence(openCost)}</dd>
            </div>
          </dl>
          <h2 className="mb-3 text-xl font-bold text-slate-900">Open</h2>
          {open.length ? (
            <PlanItemTable actions={open} caption="Open actions" editHref={editHref} calendarHref={calendarHref} />
          ) : (
            <p className="text-slate-700">No open actions.</p>
          )}
          {closed.length ? (
            <>
              <h2 className="mb-3 mt-8 text-xl font-bold text-slate-900">Done or dropped</h2>
              <PlanItemTable actions={closed} caption="Done or dropped actions" editHref={editHref} calendarHref={calendarHref} />
            </>
          ) : null}
        </>
      )}
    </PageContainer>
  );
}

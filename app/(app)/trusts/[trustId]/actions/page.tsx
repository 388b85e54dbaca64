import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import { formatDate } from '@/lib/dates/format';
import { loadTrustPage } from '@/lib/http/load-page';
import { formatPence } from '@/lib/plan/plan-item-options';
import { listTrustActions } from '@/lib/trust-actions/trust-actions';

export const metadata: Metadata = { title: 'Trust actions' };

export default async function TrustActionsPage({ params }: { params: Promise<{ trustId: string }> }) {
  const { actor, trust, can } = await loadTrustPage(params);
  const actions = await listTrustActions(actor, trust.id);
  const create = can.has('trust:update') ? (
    <Link href={`/trusts/${trust.id}/actions/new`} className={buttonClasses.primary}>
      Create a trust action
    </Link>
  ) : null;
  return (
    <PageContainer>
      <PageHeader
        title="Trust actions"
        description="Actions the trust takes for many schools at once. Each school’s action plan shows the action, and each school keeps its own status."
        actions={create}
      />
      {actions.length === 0 ? (
        <EmptyState title="No trust actions yet">Start one from a common gap on Compare schools, or create one here.</EmptyState>
      ) : (
        <div className={TABLE_SCROLL}>
          <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
            <caption className="sr-only">Trust actions, newest first</caption>
            <thead className="bg-slate-50">
              <tr>
                {['Action', 'Owner', 'Due', 'Cost', 'Done'].map((heading) => (
                  <th key={heading} scope="col" className="px-4 py-3 font-semibold">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {actions.map((action) => {
                const done = action.planItems.filter((item) => item.status === 'DONE').length;
                return (
                  <tr key={action.id}>
                    <th scope="row" className="px-4 py-3 font-semibold">
                      <Link href={`/trusts/${trust.id}/actions/${action.id}`}>{action.title}</Link>
                    </th>
                    <td className="px-4 py-3">{action.ownerName ?? '—'}</td>
                    <td className="whitespace-nowrap px-4 py-3">{action.dueDate ? formatDate(action.dueDate) : '—'}</td>
                    <td className="px-4 py-3">
                      {action.costPence === null ? '—' : `${formatPence(action.costPence)}${action.costSplit === 'EACH' ? ' each' : ' in all'}`}
                    </td>
                    <td className="px-4 py-3 tabular-nums">{`${done} of ${action.planItems.length} schools`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </PageContainer>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { SuccessNotice } from '@/components/ui/notice';
import { Badge, PageHeader } from '@/components/ui/page-header';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import { formatDate } from '@/lib/dates/format';
import { loadOr404, loadTrustPage } from '@/lib/http/load-page';
import { idParam } from '@/lib/http/route-params';
import { PLAN_ITEM_STATUS_LABEL, formatPence } from '@/lib/plan/plan-item-options';
import { getTrustAction } from '@/lib/trust-actions/trust-actions';

export const metadata: Metadata = { title: 'Trust action' };

export default async function TrustActionPage({
  params,
  searchParams,
}: {
  params: Promise<{ trustId: string; actionId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { actor, trust } = await loadTrustPage(params);
  const { actionId } = await params;
  const action = await loadOr404(() => getTrustAction(actor, trust.id, idParam(actionId, 'That trust action')));
  const { created } = await searchParams;
  const done = action.planItems.filter((item) => item.status === 'DONE').length;
  return (
    <PageContainer>
      {created === '1' ? <SuccessNotice>Action created in {action.planItems.length} schools’ action plans.</SuccessNotice> : null}
      <PageHeader
        caption="Trust action"
        title={action.title}
        description={[
          action.ownerName ? `Owner: ${action.ownerName}` : null,
          action.dueDate ? `Due ${formatDate(action.dueDate)}` : null,
          action.costPence !== null ? `Cost ${formatPence(action.costPence)}${action.costSplit === 'EACH' ? ' for each school' : ' in all'}` : null,
          `Done in ${done} of ${action.planItems.length} schools`,
        ]
          .filter(Boolean)
          .join(' · ')}
      />
      <div className={TABLE_SCROLL}>
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption className="sr-only">Each school’s status for this action</caption>
          <thead className="bg-slate-50">
            <tr>
              {['School', 'Status', 'Cost for the school'].map((heading) => (
                <th key={heading} scope="col" className="px-4 py-3 font-semibold">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {action.planItems.map((item) => (
              <tr key={item.id}>
                <th scope="row" className="px-4 py-3 font-semibold">
                  <Link href={`/schools/${item.school.id}/plan`}>{item.school.name}</Link>
                </th>
                <td className="px-4 py-3">
                  <Badge tone={item.status === 'DONE' ? 'green' : 'slate'}>{PLAN_ITEM_STATUS_LABEL[item.status]}</Badge>
                  {item.completedAt ? <span className="ml-2 text-xs text-slate-600">{formatDate(item.completedAt)}</span> : null}
                </td>
                <td className="px-4 py-3 tabular-nums">{formatPence(item.estimatedCostPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-8">
        <Link href={`/trusts/${trust.id}/actions`}>Back to trust actions</Link>
      </p>
    </PageContainer>
  );
}

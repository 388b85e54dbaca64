import Link from 'next/link';
import { Badge } from '@/components/ui/page-header';
import { PLAN_ITEM_STATUS_LABEL, formatPence, isOverdue, type PlanItemStatus } from '@/lib/plan/plan-item-options';
import { formatDate } from '@/lib/dates/format';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';

export type ActionRow = {
  id: string;
  title: string;
  ownerName: string | null;
  dueDate: Date | null;
  estimatedCostPence: number | null;
  status: PlanItemStatus;
  requirementCodes: string[];
  // Created by the trust for several of its schools; the status is still this school's own.
  trustActionId?: string | null;
};

const STATUS_TONE: Record<PlanItemStatus, 'slate' | 'brand' | 'green' | 'amber'> = { PLANNED: 'slate', IN_PROGRESS: 'brand', DONE: 'green', DROPPED: 'slate' };

export function PlanItemTable({
  actions,
  caption,
  editHref,
  calendarHref,
}: {
  actions: ActionRow[];
  caption: string;
  editHref?: (id: string) => string;
  // "Add to calendar" (an .ics file) for items with a due date.
  calendarHref?: (id: string) => string;
}) {
  return (
    <div className={TABLE_SCROLL}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Action
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Owner
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Due
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              Estimated cost
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {actions.map((action) => {
            const overdue = isOverdue(action);
            return (
              <tr key={action.id} className={overdue ? 'bg-red-50' : undefined}>
                <th scope="row" className="px-4 py-3 font-semibold text-slate-900">
                  {editHref ? <Link href={editHref(action.id)}>{action.title}</Link> : action.title}
                  {action.trustActionId ? (
                    <span className="ml-2">
                      <Badge tone="brand">Trust action</Badge>
                    </span>
                  ) : null}
                  {action.requirementCodes.length > 0 ? (
                    <span className="block text-xs font-normal text-slate-600">
                      Addresses {action.requirementCodes.length} {action.requirementCodes.length === 1 ? 'requirement' : 'requirements'}
                    </span>
                  ) : null}
                </th>
                <td className="px-4 py-3 text-slate-800">{action.ownerName ?? '—'}</td>
                <td className="whitespace-nowrap px-4 py-3 text-slate-800">
                  {action.dueDate ? formatDate(action.dueDate) : '—'}
                  {overdue ? (
                    <span className="ml-2">
                      <Badge tone="red">Overdue</Badge>
                    </span>
                  ) : null}
                  {action.dueDate && calendarHref ? (
                    <a href={calendarHref(action.id)} className="mt-1 block text-xs font-semibold">
                      Add to calendar<span className="sr-only">: {action.title}</span>
                    </a>
                  ) : null}
                </td>
                <td className="px-4 py-3 text-right tabular-nums text-slate-800">{formatPence(action.estimatedCostPence)}</td>
                <td className="px-4 py-3">
                  <Badge tone={STATUS_TONE[action.status]}>{PLAN_ITEM_STATUS_LABEL[action.status]}</Badge>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

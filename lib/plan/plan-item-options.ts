import { formatIsoDate, londonToday } from '@/lib/dates/format';

// Action plan facts that the browser may see too.
export const PLAN_ITEM_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

export const PLAN_ITEM_STATUS_LABEL: Record<PlanItemStatus, string> = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DROPPED: 'Dropped',
};

export const isOpenStatus = (status: PlanItemStatus) => status === 'PLANNED' || status === 'IN_PROGRESS';

// Overdue: still open and its due date is before today in London. (Between midnight and 01:00 BST
// the server's UTC day is still yesterday: comparing UTC days would leave yesterday's actions on time.)
// The due date is date-only (UTC midnight), which formatIsoDate keeps as its own day.
export function isOverdue(action: { status: PlanItemStatus; dueDate: Date | null }, now: Date = new Date()): boolean {
  if (!action.dueDate || !isOpenStatus(action.status)) return false;
  return formatIsoDate(action.dueDate) < londonToday(now);
}

export function formatPence(pence: number | null | undefined): string {
  if (pence === null || pence === undefined) return '—';
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: pence % 100 === 0 ? 0 : 2 }).format(pence / 100);
}

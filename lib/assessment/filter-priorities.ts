// Narrowing the ranked priorities (GOV.UK filter pattern: a GET form, so links and the back button
// keep the filters, and it works without JavaScript). Pure: unit-tested without a database.
import { z } from 'zod';
import type { RankedGap } from './priorities';

export const TOP_PRIORITIES = 10;

export const PriorityFiltersSchema = z.object({
  standard: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  expectation: z.enum(['MUST', 'SHOULD']).optional().catch(undefined),
  answer: z.enum(['NOT_MET', 'PARTLY_MET', 'NOT_SURE']).optional().catch(undefined),
  all: z
    .literal('1')
    .optional()
    .catch(undefined)
    .transform((value) => value === '1'),
});
export type PriorityFilters = z.output<typeof PriorityFiltersSchema>;

export function filterPriorities<T extends Pick<RankedGap, 'standardSlug' | 'expectation' | 'status'>>(items: T[], filters: PriorityFilters) {
  const matching = items.filter(
    (item) =>
      (!filters.standard || item.standardSlug === filters.standard) &&
      (!filters.expectation || item.expectation === filters.expectation) &&
      (!filters.answer || item.status === filters.answer),
  );
  return { matching: matching.length, shown: filters.all ? matching : matching.slice(0, TOP_PRIORITIES) };
}

export type PlanCover = { id: string; title: string; dueDate: Date | null };

/** For each requirement, the action that covers it (the one due soonest), from actions that are not dropped. */
export function planCoverage(items: Array<PlanCover & { requirementCodes: string[]; status: string }>): Map<string, PlanCover> {
  const cover = new Map<string, PlanCover>();
  for (const item of items) {
    if (item.status === 'DROPPED') continue;
    for (const code of item.requirementCodes) {
      const current = cover.get(code);
      const sooner = !current || (item.dueDate !== null && (current.dueDate === null || item.dueDate < current.dueDate));
      if (sooner) cover.set(code, { id: item.id, title: item.title, dueDate: item.dueDate });
    }
  }
  return cover;
}

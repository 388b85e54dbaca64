import { z } from 'zod';
import type { AssessmentStatus, RowFilter, SortDirection, SortKey } from './aggregate';

// Sorting and filtering live in the URL, so views can be bookmarked and shared. Anything odd in
// the URL falls back to the default rather than failing.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = z.preprocess(first, z.string().trim().max(100).optional().catch(undefined));

const ViewParamsSchema = z.object({
  sort: z
    .preprocess(
      first,
      z
        .string()
        .regex(/^(name|overall|status|overdue|change|standard:[a-z0-9-]{1,80})$/)
        .catch('name'),
    )
    .default('name'),
  dir: z.preprocess(first, z.enum(['asc', 'desc']).catch('asc')).default('asc'),
  phase: optionalText,
  la: optionalText,
  status: z.preprocess(first, z.enum(['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED']).optional().catch(undefined)),
  wip: z.preprocess(first, z.enum(['1']).optional().catch(undefined)),
});

// includeDrafts: "including work in progress", drafts' live scores instead of completed cycles'.
export type ViewParams = { sort: SortKey; dir: SortDirection; filter: RowFilter; includeDrafts: boolean };

export function parseViewParams(searchParams: Record<string, string | string[] | undefined>): ViewParams {
  const parsed = ViewParamsSchema.parse(searchParams);
  return {
    sort: parsed.sort as SortKey,
    dir: parsed.dir,
    filter: {
      ...(parsed.phase ? { phase: parsed.phase } : {}),
      ...(parsed.la ? { localAuthority: parsed.la } : {}),
      ...(parsed.status ? { status: parsed.status as AssessmentStatus } : {}),
    },
    includeDrafts: parsed.wip === '1',
  };
}

export function viewQuery(params: ViewParams, change: Partial<{ sort: SortKey; dir: SortDirection }> = {}): string {
  const query = new URLSearchParams();
  const sort = change.sort ?? params.sort;
  const dir = change.dir ?? params.dir;
  if (sort !== 'name') query.set('sort', sort);
  if (dir !== 'asc') query.set('dir', dir);
  if (params.filter.phase) query.set('phase', params.filter.phase);
  if (params.filter.localAuthority) query.set('la', params.filter.localAuthority);
  if (params.filter.status) query.set('status', params.filter.status);
  if (params.includeDrafts) query.set('wip', '1');
  const text = query.toString();
  return text ? `?${text}` : '';
}

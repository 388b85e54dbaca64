import { z } from 'zod';
import { ActionFieldsSchema } from '@/lib/plan/schemas';
import { idField } from '@/lib/validation/primitives';

const ids = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(idField).max(200));

// The plan item's own fields (title, owner, due date, cost, requirements) plus which schools and
// how the cost is split. A trust action's owner is a name and address, not a school's member.
export const CreateTrustActionSchema = z
  .object({ trustId: idField, costSplit: z.enum(['SHARED', 'EACH']).default('SHARED'), schoolIds: ids })
  .loose()
  .transform((input, context) => {
    const fields = ActionFieldsSchema.safeParse({ ...input, ownerUserId: undefined, status: 'PLANNED' });
    if (!fields.success) for (const issue of fields.error.issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    if (input.schoolIds.length === 0) context.addIssue({ code: 'custom', path: ['schoolIds'], message: 'Choose at least one school' });
    return { trustId: input.trustId, costSplit: input.costSplit, schoolIds: input.schoolIds, fields: fields.success ? fields.data : null };
  });

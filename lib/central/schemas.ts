import { z } from 'zod';
import { AnswerEntrySchema } from '@/lib/assessment/schemas';
import { idField } from '@/lib/validation/primitives';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'Reload the page and try again');
const code = z.string().regex(/^[a-z0-9.-]+$/, 'Reload the page and try again');
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(500));

export const CoverageSchema = z
  .object({
    trustId: idField,
    standardSlug: slug,
    mode: z.enum(['none', 'standard', 'requirements'], { error: 'Choose what your trust provides' }),
    codes: list(code),
    schools: z.enum(['all', 'chosen'], { error: 'Choose which schools it covers' }).default('all'),
    schoolIds: list(idField),
  })
  .superRefine((input, context) => {
    if (input.mode !== 'none' && input.schools === 'chosen' && input.schoolIds.length === 0) {
      context.addIssue({ code: 'custom', path: ['schoolIds'], message: 'Choose at least one school, or choose “All schools in the trust”' });
    }
  });

export const LocalDifferenceSchema = z
  .object({
    schoolId: idField,
    assessmentId: idField,
    standardSlug: slug,
    code,
    value: z.enum(['MET', 'PARTLY_MET', 'NOT_MET', 'NOT_SURE', 'NOT_APPLICABLE'], { error: 'Choose the answer for your school' }),
    reason: z.string().trim().max(500, 'The reason must be 500 characters or fewer').default(''),
    note: z.string().trim().max(2000, 'Evidence notes must be 2,000 characters or fewer').default(''),
    localReason: z.string().trim().min(3, 'Say why it is different at your school').max(1000, 'Keep this to 1,000 characters or fewer'),
    version: z.coerce.number().int().min(0).max(2_147_483_647),
  })
  .transform((input, context) => {
    const entry = AnswerEntrySchema.safeParse({
      code: input.code,
      value: input.value,
      reason: input.reason,
      note: input.note,
      links: [],
      version: input.version,
    });
    if (!entry.success) for (const issue of entry.error.issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return { ...input, entry: entry.success ? entry.data : null };
  });

export const ClearLocalDifferenceSchema = z.object({ schoolId: idField, assessmentId: idField, standardSlug: slug, code });

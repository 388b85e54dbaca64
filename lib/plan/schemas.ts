import { z } from 'zod';
import { parseIsoDate } from '@/lib/dates/format';
import { dateOnlyProblem, idField, readPounds, versionField } from '@/lib/validation/primitives';
import { PLAN_ITEM_STATUSES } from './plan-item-options';

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .optional()
    .transform((value) => value || null);

const PlanItemFieldsObject = z
  .object({
    title: z.string({ error: 'Say what will be done' }).trim().min(3, 'Say what will be done').max(200, 'Keep the action to 200 characters or fewer'),
    description: optionalText(2000, 'Details'),
    // A member (reminded at their Waypoint address), or a name and optional email for anyone else.
    ownerUserId: z
      .string()
      .trim()
      .max(40)
      .regex(/^[a-z0-9]*$/i, 'Choose a person from the list')
      .optional()
      .transform((value) => value || null),
    ownerName: optionalText(100, 'The owner'),
    ownerEmail: z
      .string()
      .trim()
      .max(254, 'The email address must be 254 characters or fewer')
      .optional()
      .transform((value) => value?.toLowerCase() || null)
      .refine((value) => value === null || z.email().safeParse(value).success, 'Enter an email address like name@school.org.uk'),
    dueDate: z
      .string()
      .trim()
      .optional()
      .transform((value, ctx) => {
        if (!value) return null;
        const problem = dateOnlyProblem(value, { minYear: 2000, maxYear: 2100, example: '31/03/2027' });
        if (problem) {
          ctx.addIssue({ code: 'custom', message: problem });
          return z.NEVER;
        }
        return parseIsoDate(value);
      }),
    estimatedCost: z
      .string()
      .trim()
      .optional()
      .transform((value, ctx) => {
        if (!value) return null;
        const pence = readPounds(value);
        if (pence === null) {
          ctx.addIssue({ code: 'custom', message: 'Enter the cost in pounds, for example 1500 or 1,250.50' });
          return z.NEVER;
        }
        if (pence > 1_000_000_000) {
          ctx.addIssue({ code: 'custom', message: 'The cost must be £10,000,000 or less' });
          return z.NEVER;
        }
        return pence;
      }),
    status: z.enum(PLAN_ITEM_STATUSES, { error: 'Choose a status' }).default('PLANNED'),
    requirementCodes: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
      .pipe(z.array(z.string().regex(/^[a-z0-9.-]+$/)).max(30, 'Link at most 30 requirements')),
  })
  .superRefine((fields, ctx) => {
    if (fields.ownerUserId && fields.ownerName)
      ctx.addIssue({ code: 'custom', path: ['ownerName'], message: 'Choose a member or type the name of someone else, not both' });
    if (fields.ownerUserId && fields.ownerEmail)
      ctx.addIssue({ code: 'custom', path: ['ownerEmail'], message: 'Choose a member or enter an email for someone else, not both' });
  });
// The form asks for pounds; the database keeps pence.
function toPence<T extends { estimatedCost: number | null }>({ estimatedCost, ...rest }: T) {
  return { ...rest, estimatedCostPence: estimatedCost };
}

export type PlanItemFields = Omit<z.output<typeof PlanItemFieldsObject>, 'estimatedCost'> & { estimatedCostPence: number | null };

export const ActionFieldsSchema = PlanItemFieldsObject.transform(toPence);
export const CreatePlanItemSchema = PlanItemFieldsObject.extend({ schoolId: idField }).transform(toPence);
export const UpdatePlanItemSchema = PlanItemFieldsObject.extend({
  actionId: idField,
  version: versionField.refine((v) => v >= 1, 'Reload the page and try again'),
}).transform(toPence);

import { z } from 'zod';
import { idField, versionField } from '@/lib/validation/primitives';

const text = (min: number, max: number, missing: string, label: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? '').trim())
    .pipe(z.string().min(min, missing).max(max, `${label} must be ${max} characters or fewer`));

export const GoalFieldsSchema = z.object({
  title: text(3, 80, 'Name the learning goal, for example “Better feedback”', 'The goal'),
  success: text(10, 600, 'Say what success looks like, in a sentence or two', 'What success looks like'),
  measure: text(5, 400, 'Say how the school will know: a measure or evidence it will look at', 'How you will know'),
});
export type GoalFields = z.output<typeof GoalFieldsSchema>;

export const CreateGoalSchema = GoalFieldsSchema.extend({ schoolId: idField });
export const UpdateGoalSchema = GoalFieldsSchema.extend({ schoolId: idField, goalId: idField, version: versionField });
export const DeleteGoalSchema = z.object({ schoolId: idField, goalId: idField, version: versionField });
export const AddSuggestedGoalsSchema = z.object({
  schoolId: idField,
  suggestions: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v : v ? [v] : []).map(Number))
    .pipe(z.array(z.number().int().min(0).max(20)).min(1, 'Tick at least one goal to start from')),
});

// "Which learning goals does this serve?" for an action or a school's own purchase.
export const SetPurposeSchema = z.object({
  schoolId: idField,
  kind: z.enum(['action', 'contract', 'kit']),
  itemId: idField,
  goalIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set(Array.isArray(v) ? v : v ? [v] : [])])
    .pipe(z.array(idField).max(6)),
  foundation: z
    .string()
    .optional()
    .transform((v) => v === 'on' || v === 'true'),
  back: z.enum(['purpose', 'plan']).default('purpose'),
});

import { z } from 'zod';
import { parseIsoDate } from '@/lib/dates/format';
import { readOption, readUkDate } from '@/lib/registers/register-values';
import { dateOnlyProblem, idField, versionField } from '@/lib/validation/primitives';

// Training records, from the form or from a CSV row (lib/evidence/import-training.ts).

export const TRAINEE_ROLE_LABEL = { STAFF: 'Staff', GOVERNOR: 'Governor or trustee', OTHER: 'Someone else with access' } as const;
export type TraineeRole = keyof typeof TRAINEE_ROLE_LABEL;
const ROLE_VARIANTS: Record<string, TraineeRole> = {
  staff: 'STAFF',
  teacher: 'STAFF',
  employee: 'STAFF',
  governor: 'GOVERNOR',
  trustee: 'GOVERNOR',
  other: 'OTHER',
  contractor: 'OTHER',
  volunteer: 'OTHER',
};

/** One record per person: what names are compared on. */
export const nameKeyOf = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

const text = z
  .string()
  .optional()
  .transform((value) => (value ?? '').trim());

export const TrainingFieldsSchema = z.object({
  name: text.pipe(z.string().min(1, 'Enter the person’s name').max(100, 'The name must be 100 characters or fewer')),
  email: text
    .pipe(z.string().max(254, 'The email address must be 254 characters or fewer'))
    .transform((value) => value.toLowerCase() || null)
    .refine((value) => value === null || z.email().safeParse(value).success, 'Enter an email address like name@school.org.uk'),
  role: text.transform((value, ctx) => {
    const role = readOption(value, TRAINEE_ROLE_LABEL, ROLE_VARIANTS) as TraineeRole | null;
    if (!role) {
      ctx.addIssue({ code: 'custom', message: 'Choose staff, governor or trustee, or someone else' });
      return z.NEVER;
    }
    return role;
  }),
  // A date input sends 2026-09-14; a spreadsheet 14/09/2026. Either is read; none means "not yet".
  trainedOn: text.transform((value, ctx) => {
    if (!value) return null;
    const iso = readUkDate(value);
    const problem = iso
      ? dateOnlyProblem(iso, { minYear: 2000, maxYear: 2100, example: '14/09/2026' })
      : 'Enter a real date for the training, for example 14/09/2026';
    if (problem || !iso) {
      ctx.addIssue({ code: 'custom', message: problem ?? 'Enter a real date for the training, for example 14/09/2026' });
      return z.NEVER;
    }
    return parseIsoDate(iso);
  }),
  certificateId: text.pipe(z.union([z.literal(''), idField])).transform((value) => value || null),
});

export type TrainingFields = z.output<typeof TrainingFieldsSchema>;

export const CreateTrainingSchema = TrainingFieldsSchema.extend({ schoolId: idField });
export const UpdateTrainingSchema = TrainingFieldsSchema.extend({ schoolId: idField, recordId: idField, version: versionField });
export const DeleteTrainingSchema = z.object({ schoolId: idField, recordId: idField, version: versionField });
export const ImportTrainingSchema = z.object({
  schoolId: idField,
  file: z
    .instanceof(File, { error: 'Choose a CSV file to upload' })
    .refine((file) => file.size > 0, 'Choose a CSV file to upload')
    .refine((file) => file.size <= 1024 * 1024, 'The file must be smaller than 1 MB')
    .refine((file) => /\.csv$/i.test(file.name), 'The file must be a CSV file (.csv)'),
});

import { z } from 'zod';
import { idField, organisationNameField, versionField } from '@/lib/validation/primitives';
import { SCHOOL_PHASES, SCHOOL_TYPES } from './school-options';

export const urnField = z
  .string({ error: 'Enter the URN' })
  .trim()
  .min(1, 'Enter the URN')
  .regex(/^\d{6}$/, 'URN must be 6 digits, as shown on Get Information About Schools');

export const monthField = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? Number(value) : null))
  .refine((value) => value === null || (Number.isInteger(value) && value >= 1 && value <= 12), 'Choose a month from the list');

export const SchoolDetailsSchema = z.object({
  name: organisationNameField('school'),
  urn: urnField,
  phase: z.enum(SCHOOL_PHASES, { error: 'Select the school’s phase' }),
  type: z.enum(SCHOOL_TYPES, { error: 'Select the type of school' }),
  localAuthority: z
    .string({ error: 'Enter the local authority' })
    .trim()
    .min(2, 'Enter the local authority')
    .max(80, 'Local authority must be 80 characters or fewer'),
  // The month leaders are reminded to start the yearly self-assessment; empty means "12 months after the last".
  cycleMonth: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? Number(value) : null))
    .refine((value) => value === null || (Number.isInteger(value) && value >= 1 && value <= 12), 'Choose a month from the list'),
  // The month its financial year starts, for the roadmap's budget; empty means its trust's, else by type.
  financialYearStart: monthField,
});
// cycleMonth and financialYearStart may be left out by callers other than the form: then they are kept as they are.
export type SchoolDetails = Omit<z.infer<typeof SchoolDetailsSchema>, 'cycleMonth' | 'financialYearStart'> & {
  cycleMonth?: number | null;
  financialYearStart?: number | null;
};

export const CreateSchoolInTrustSchema = SchoolDetailsSchema.extend({ trustId: idField });
export const UpdateSchoolSchema = SchoolDetailsSchema.extend({ schoolId: idField, version: versionField });

// An empty choice ("Not named yet") unnames the role.
const optionalPerson = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((value) => value || null)
  .refine((value) => value === null || /^[a-z0-9]+$/i.test(value), 'Choose a person from the list');

export const DigitalRolesSchema = z.object({
  schoolId: idField,
  version: versionField,
  leadId: optionalPerson,
  governorId: optionalPerson,
});

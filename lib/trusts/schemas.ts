import { z } from 'zod';
import { SchoolDetailsSchema } from '@/lib/schools/schemas';
import { emailField, organisationNameField, personNameField } from '@/lib/validation/primitives';

const firstAdmin = {
  adminEmail: emailField,
  adminName: personNameField,
};

export const CreateTrustSchema = z.object({
  name: organisationNameField('trust'),
  companyNumber: z
    .string()
    .trim()
    .regex(/^(\d{8}|)$/, 'Companies House number must be 8 digits')
    .optional()
    .transform((value) => value || undefined),
  ...firstAdmin,
});

export const CreateStandaloneSchoolSchema = SchoolDetailsSchema.extend(firstAdmin);

import { z } from 'zod';
import { idField, versionField } from '@/lib/validation/primitives';
import { SAFETY_STANDARDS, type SafetyStandardId } from './safety-standards';
import { CHECK_VALUES, TOOL_USERS, TOOL_USES, type CheckValue } from './tool-checks';

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((v) => v ?? '');

const yesNo = (message: string) => z.enum(['yes', 'no'], { error: message }).transform((v) => v === 'yes');

// One radio group per safety standard, named "check:<standard id>"; unanswered means not sure.
const checkFields = Object.fromEntries(
  SAFETY_STANDARDS.map((s) => [`check:${s.id}`, z.enum(CHECK_VALUES, { error: `Choose an answer for ${s.title.toLowerCase()}` }).optional()]),
) as Record<`check:${SafetyStandardId}`, z.ZodOptional<z.ZodEnum<{ [K in CheckValue]: K }>>>;

export const AiToolFieldsSchema = z
  .object({
    name: z.string({ error: 'Enter the tool’s name' }).trim().min(1, 'Enter the tool’s name').max(120, 'The name must be 120 characters or fewer'),
    supplier: text(120, 'The supplier'),
    usedBy: z.enum(TOOL_USERS, { error: 'Choose who uses it' }),
    pupilAges: text(80, 'The ages'),
    uses: z
      .union([z.enum(TOOL_USES), z.array(z.enum(TOOL_USES))], { error: 'Choose what it is used for from the list' })
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
    dataIn: text(500, 'What goes in'),
    personalData: yesNo('Say whether personal data goes into it'),
    dpiaDone: yesNo('Say whether a DPIA has been done'),
    approved: yesNo('Say whether the school approves it'),
    notes: text(1000, 'Notes'),
    ...checkFields,
  })
  .superRefine((value, ctx) => {
    if (value.usedBy !== 'STAFF' && !value.pupilAges)
      ctx.addIssue({ code: 'custom', path: ['pupilAges'], message: 'Say which pupils use it, for example Years 5 and 6' });
    if (value.approved && value.personalData && !value.dpiaDone)
      ctx.addIssue({ code: 'custom', path: ['approved'], message: 'Complete a DPIA before approving a tool that personal data goes into' });
  })
  .transform(({ name, supplier, usedBy, pupilAges, uses, dataIn, personalData, dpiaDone, approved, notes, ...rest }) => ({
    name,
    supplier,
    usedBy,
    pupilAges: usedBy === 'STAFF' ? '' : pupilAges,
    uses: [...new Set(uses)],
    dataIn,
    personalData,
    dpiaDone,
    approved,
    notes,
    checks: Object.fromEntries(SAFETY_STANDARDS.map((s) => [s.id, (rest as Record<string, CheckValue | undefined>)[`check:${s.id}`] ?? 'UNKNOWN'])) as Record<
      SafetyStandardId,
      CheckValue
    >,
  }));
export type AiToolFields = z.output<typeof AiToolFieldsSchema>;

export const CreateAiToolSchema = z.object({ schoolId: idField }).and(AiToolFieldsSchema);
export const UpdateAiToolSchema = z.object({ schoolId: idField, toolId: idField, version: versionField }).and(AiToolFieldsSchema);
export const DeleteAiToolSchema = z.object({ schoolId: idField, toolId: idField, version: versionField });

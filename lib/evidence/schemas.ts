import { z } from 'zod';
import { parseIsoDate } from '@/lib/dates/format';
import { dateOnlyProblem, idField, versionField } from '@/lib/validation/primitives';
import { MAX_EVIDENCE_BYTES } from './check-file';

// The evidence forms (lib/evidence): every problem is a message for its field.

const text = z
  .string()
  .optional()
  .transform((value) => (value ?? '').trim());

function readDay(value: string, ctx: z.RefinementCtx): Date {
  const problem = dateOnlyProblem(value, { minYear: 1990, maxYear: 2100, example: '31/03/2027' });
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return parseIsoDate(value);
}

const optionalDay = text.transform((value, ctx) => (value ? readDay(value, ctx) : null));

const requiredDay = (what: string) =>
  text.transform((value, ctx) => {
    if (value) return readDay(value, ctx);
    ctx.addIssue({ code: 'custom', message: `Enter ${what}` });
    return z.NEVER;
  });

// A browser sends an empty, nameless file when none was chosen: that is "no file".
const upload = z
  .union([z.instanceof(File), z.string()])
  .optional()
  .transform((value) => (value instanceof File && (value.size > 0 || value.name) ? value : null))
  .refine((file) => !file || file.size > 0, 'The file is empty. Choose the file again')
  .refine((file) => !file || file.size <= MAX_EVIDENCE_BYTES, 'The file must be 20 MB or smaller');

// What it backs: requirement codes and framework items, checked against the catalogue and the
// crosswalk by lib/evidence/manage-evidence.ts.
const targets = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((value) => [...new Set((Array.isArray(value) ? value : value ? [value] : []).map((v) => v.trim()).filter(Boolean))])
  .pipe(
    z
      .array(
        z
          .string()
          .max(120)
          .regex(/^[a-z0-9.:-]+$/, 'Choose what this backs from the list'),
      )
      .max(200, 'Choose at most 200 things this backs'),
  );

const EvidenceFields = z.object({
  title: text.pipe(z.string().min(1, 'Enter a title, for example “Backup restore test, autumn term”').max(160, 'The title must be 160 characters or fewer')),
  producedOn: requiredDay('the date it was produced'),
  validUntil: optionalDay,
  url: text.pipe(z.string().max(2000, 'The web address must be 2,000 characters or fewer')),
  note: text.pipe(z.string().max(4000, 'The note must be 4,000 characters or fewer')),
  sharedWithGovernors: z
    .string()
    .optional()
    .transform((value) => value === 'on' || value === 'true'),
  targets,
  // The page to return to (lib/evidence/return-path.ts checks it).
  back: text.pipe(z.string().max(400)).transform((value) => value || null),
});

const kind = z.enum(['FILE', 'LINK', 'NOTE'], { error: 'Choose a file, a link or a note' });

function checkKind(value: z.output<typeof EvidenceFields> & { kind: 'FILE' | 'LINK' | 'NOTE'; file: File | null }, ctx: z.RefinementCtx, creating: boolean) {
  if (value.kind === 'FILE' && creating && !value.file) ctx.addIssue({ code: 'custom', path: ['file'], message: 'Choose a file to upload' });
  if (value.kind === 'LINK') {
    let ok = false;
    try {
      ok = /^https?:$/.test(new URL(value.url).protocol);
    } catch {
      ok = false;
    }
    if (!ok) ctx.addIssue({ code: 'custom', path: ['url'], message: 'Enter a web address starting with https://' });
  }
  if (value.kind === 'NOTE' && !value.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Write the note: what shows this, and where it is kept' });
  if (value.producedOn && value.validUntil && value.validUntil < value.producedOn)
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'The valid-until date must be on or after the date it was produced' });
}

export const CreateEvidenceSchema = EvidenceFields.extend({ schoolId: idField, kind, file: upload }).superRefine((value, ctx) => checkKind(value, ctx, true));

export const UpdateEvidenceSchema = EvidenceFields.extend({ schoolId: idField, evidenceId: idField, version: versionField, kind, file: upload }).superRefine(
  (value, ctx) => checkKind(value, ctx, false),
);

export const DeleteEvidenceSchema = z.object({ schoolId: idField, evidenceId: idField, version: versionField });

export type EvidenceInput = Omit<z.output<typeof CreateEvidenceSchema>, 'schoolId' | 'back'>;

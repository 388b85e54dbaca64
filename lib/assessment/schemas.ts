import { z } from 'zod';
import { idField, versionField } from '@/lib/validation/primitives';
import { ANSWER_VALUES } from './answer-options';

export const MAX_LINKS = 10;

const linkField = z
  .string()
  .trim()
  .max(500, 'Each link must be 500 characters or fewer')
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'Each link must start with https:// or http://');

export const AnswerEntrySchema = z
  .object({
    code: z.string().regex(/^[a-z0-9.-]+$/),
    value: z.enum(ANSWER_VALUES).nullable(),
    reason: z.string().trim().max(500, 'The reason must be 500 characters or fewer'),
    note: z.string().trim().max(2000, 'Evidence notes must be 2,000 characters or fewer'),
    links: z.array(linkField).max(MAX_LINKS, `Add at most ${MAX_LINKS} links`),
    version: versionField,
  })
  .superRefine((entry, ctx) => {
    if (entry.value === 'NOT_APPLICABLE' && entry.reason.length < 3) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why this does not apply to your school' });
    }
  });
export type AnswerEntry = z.infer<typeof AnswerEntrySchema>;

export const SaveAnswersSchema = z.object({ assessmentId: idField, standardSlug: z.string().regex(/^[a-z0-9-]+$/) }).loose();

const FIELD_KEY = { value: 'answer', reason: 'reason', note: 'note', links: 'links' } as const;

// Reads a standard's form ("answer:<code>", "reason:<code>", ...) into validated entries, with
// field errors keyed by the form's own field names.
export function parseAnswerEntries(raw: Record<string, unknown>): { entries: AnswerEntry[]; fieldErrors: Record<string, string[]> } {
  const codes = Object.keys(raw)
    .filter((key) => key.startsWith('version:'))
    .map((key) => key.slice('version:'.length));
  const entries: AnswerEntry[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const code of codes) {
    const text = (key: string) => (typeof raw[`${key}:${code}`] === 'string' ? (raw[`${key}:${code}`] as string) : '');
    const value = text('answer');
    const parsed = AnswerEntrySchema.safeParse({
      code,
      value: value === '' ? null : value,
      reason: text('reason'),
      note: text('note'),
      links: text('links')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
      version: text('version') || '0',
    });
    if (parsed.success) {
      entries.push(parsed.data);
      continue;
    }
    for (const issue of parsed.error.issues) {
      const field = FIELD_KEY[issue.path[0] as keyof typeof FIELD_KEY] ?? 'answer';
      (fieldErrors[`${field}:${code}`] ??= []).push(issue.path[0] === 'value' ? 'Choose one of the answers' : issue.message);
    }
  }
  return { entries, fieldErrors };
}

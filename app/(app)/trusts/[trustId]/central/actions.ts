'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/form-action';
import { parseAnswerEntries } from '@/lib/assessment/schemas';
import { saveCentralAnswers, setStandardCoverage } from '@/lib/central/central-services';
import { CoverageSchema } from '@/lib/central/schemas';
import { AppError } from '@/lib/errors';
import { idField } from '@/lib/validation/primitives';

export const setCoverageAction = formAction(CoverageSchema, async (input, actor) => {
  await setStandardCoverage(actor, input.trustId, {
    standardSlug: input.standardSlug,
    mode: input.mode,
    codes: input.mode === 'requirements' ? input.codes : [],
    schoolIds: input.schools === 'chosen' ? input.schoolIds : [],
  });
  // Every school of the trust may now score differently.
  revalidatePath('/', 'layout');
  return { status: 'success', message: 'Saved what your trust provides.' };
});

// The answers come as "answer:<code>", "version:<code>"… fields, read by parseAnswerEntries.
const CentralAnswersSchema = z.object({ trustId: idField, standardSlug: z.string().regex(/^[a-z0-9-]+$/) }).loose();

async function save(input: z.output<typeof CentralAnswersSchema>, actor: Parameters<typeof saveCentralAnswers>[0]) {
  const { entries, fieldErrors } = parseAnswerEntries(input);
  if (Object.keys(fieldErrors).length > 0)
    throw new AppError('VALIDATION', 'Some answers need attention, so nothing was saved. Check the questions marked below.', fieldErrors);
  return saveCentralAnswers(actor, input.trustId, { standardSlug: input.standardSlug, entries });
}

export const saveCentralAnswersAction = formAction(CentralAnswersSchema, async (input, actor) => {
  const { saved } = await save(input, actor);
  revalidatePath('/', 'layout');
  return {
    status: 'success',
    message: saved === 0 ? 'Nothing had changed, so there was nothing to save.' : `Saved ${saved} ${saved === 1 ? 'answer' : 'answers'}.`,
  };
});

// One question at a time, as the school form does; no score, as the trust has none of its own.
export const autosaveCentralAnswerAction = formAction(CentralAnswersSchema, async (input, actor) => {
  const { versions } = await save(input, actor);
  return {
    status: 'success',
    message: 'Saved',
    data: {
      ...Object.fromEntries(Object.entries(versions).map(([code, version]) => [`version:${code}`, String(version)])),
      score: '',
      answered: '0',
      total: '0',
    },
  };
});

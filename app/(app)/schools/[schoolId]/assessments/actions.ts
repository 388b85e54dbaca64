'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/form-action';
import { completeAssessment } from '@/lib/assessment/complete-assessment';
import { getAssessment } from '@/lib/assessment/get-assessments';
import { getCatalogue } from '@/lib/assessment/get-catalogue';
import { saveStandardAnswers } from '@/lib/assessment/save-answers';
import { SaveAnswersSchema, parseAnswerEntries } from '@/lib/assessment/schemas';
import { moveDraftToCatalogue } from '@/lib/assessment/move-draft';
import { startAssessment } from '@/lib/assessment/start-assessment';
import { AppError } from '@/lib/errors';
import { clearLocalDifference, recordLocalDifference } from '@/lib/central/local-difference';
import { ClearLocalDifferenceSchema, LocalDifferenceSchema } from '@/lib/central/schemas';
import { idField } from '@/lib/validation/primitives';

// "core": the first-run path that starts with the six core standards, at the first of them.
export const startAssessmentAction = formAction(
  z.object({ schoolId: idField, start: z.enum(['core', 'all']).default('all') }),
  async ({ schoolId, start }, actor) => {
    const assessment = await startAssessment(actor, schoolId);
    revalidatePath(`/schools/${schoolId}`, 'layout');
    if (start === 'core') {
      const firstCore = (await getCatalogue(assessment.catalogueVersionId)).find((s) => s.core);
      if (firstCore) redirect(`/schools/${schoolId}/assessments/${assessment.id}/${firstCore.slug}`);
    }
    redirect(`/schools/${schoolId}/assessments/${assessment.id}`);
  },
);

const SaveSchema = SaveAnswersSchema.extend({
  next: z
    .string()
    .regex(/^[a-z0-9-]*$/)
    .optional(),
  then: z.string().optional(),
});

export const saveAnswersAction = formAction(SaveSchema, async (input, actor) => {
  const { entries, fieldErrors } = parseAnswerEntries(input);
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError('VALIDATION', 'Some answers need attention, so nothing was saved. Check the questions marked below.', fieldErrors);
  }
  const { saved, schoolId } = await saveStandardAnswers(actor, { assessmentId: input.assessmentId, standardSlug: input.standardSlug, entries });
  revalidatePath(`/schools/${schoolId}`, 'layout');
  if (input.then === 'next' && input.next) redirect(`/schools/${schoolId}/assessments/${input.assessmentId}/${input.next}`);
  return {
    status: 'success',
    message: saved === 0 ? 'Nothing had changed, so there was nothing to save.' : `Saved ${saved} ${saved === 1 ? 'answer' : 'answers'}.`,
  };
});

// One question at a time, as it is answered (components/assessment/standard-answer-form.tsx). It
// does not revalidate the page: a refresh would replace what the person is typing elsewhere on it.
// It answers with the saved versions and the standard's new score, for the page to show.
export const autosaveAnswerAction = formAction(SaveAnswersSchema, async (input, actor) => {
  const { entries, fieldErrors } = parseAnswerEntries(input);
  if (Object.keys(fieldErrors).length > 0) throw new AppError('VALIDATION', 'Not saved: check the question marked below.', fieldErrors);
  const { schoolId, versions } = await saveStandardAnswers(actor, { assessmentId: input.assessmentId, standardSlug: input.standardSlug, entries });
  const { catalogue, evaluation } = await getAssessment(actor, schoolId, input.assessmentId);
  const result = evaluation.standards[catalogue.findIndex((s) => s.slug === input.standardSlug)]?.result;
  return {
    status: 'success',
    message: 'Saved',
    data: {
      ...Object.fromEntries(Object.entries(versions).map(([code, version]) => [`version:${code}`, String(version)])),
      score: result?.score === null || result?.score === undefined ? '' : String(result.score),
      answered: String(result?.answered ?? 0),
      total: String(result?.total ?? 0),
    },
  };
});

export const completeAssessmentAction = formAction(z.object({ assessmentId: idField }), async ({ assessmentId }, actor) => {
  const completed = await completeAssessment(actor, assessmentId);
  revalidatePath(`/schools/${completed.schoolId}`, 'layout');
  redirect(`/schools/${completed.schoolId}/assessments/${completed.id}?completed=1`);
});

// Moves a draft to a newer catalogue after the person has seen the preview (the move page).
export const moveDraftAction = formAction(z.object({ assessmentId: idField, catalogueVersionId: idField }), async (input, actor) => {
  const { schoolId } = await moveDraftToCatalogue(actor, input);
  revalidatePath(`/schools/${schoolId}`, 'layout');
  redirect(`/schools/${schoolId}/assessments/${input.assessmentId}?moved=1`);
});

// "This is different here" (the local difference page), and back to the trust's answer.
export const recordLocalDifferenceAction = formAction(LocalDifferenceSchema, async (input, actor) => {
  if (!input.entry?.value)
    throw new AppError('VALIDATION', 'There is a problem: check the fields marked below.', { value: ['Choose the answer for your school'] });
  const { schoolId } = await recordLocalDifference(actor, {
    assessmentId: input.assessmentId,
    entry: { ...input.entry, value: input.entry.value },
    localReason: input.localReason,
  });
  revalidatePath(`/schools/${schoolId}`, 'layout');
  redirect(`/schools/${schoolId}/assessments/${input.assessmentId}/${input.standardSlug}`);
});

export const clearLocalDifferenceAction = formAction(ClearLocalDifferenceSchema, async (input, actor) => {
  const { schoolId } = await clearLocalDifference(actor, { assessmentId: input.assessmentId, code: input.code });
  revalidatePath(`/schools/${schoolId}`, 'layout');
  return { status: 'success', message: 'The trust’s answer counts again.' };
});

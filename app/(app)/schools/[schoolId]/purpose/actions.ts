'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { createGoals, deleteGoal, suggestedDrafts, updateGoal } from '@/lib/purpose/manage-goals';
import { AddSuggestedGoalsSchema, CreateGoalSchema, DeleteGoalSchema, SetPurposeSchema, UpdateGoalSchema } from '@/lib/purpose/schemas';
import { setPurpose } from '@/lib/purpose/set-purpose';
import { savePurposeReview } from '@/lib/purpose/manage-review';
import { SavePurposeReviewSchema } from '@/lib/purpose/review-schemas';

function done(schoolId: string, query: string, path = 'purpose'): never {
  revalidatePath(`/schools/${schoolId}`, 'layout');
  redirect(`/schools/${schoolId}/${path}?${query}`);
}

export const addSuggestedGoalsAction = formAction(AddSuggestedGoalsSchema, async ({ schoolId, suggestions }, actor) => {
  const created = await createGoals(actor, schoolId, suggestedDrafts(suggestions));
  done(schoolId, `goals=${created.length}`);
});

export const createGoalAction = formAction(CreateGoalSchema, async ({ schoolId, ...fields }, actor) => {
  await createGoals(actor, schoolId, [fields]);
  done(schoolId, 'goals=1');
});

export const updateGoalAction = formAction(UpdateGoalSchema, async ({ schoolId, goalId, version, ...fields }, actor) => {
  await updateGoal(actor, schoolId, goalId, version, fields);
  done(schoolId, 'goal=saved');
});

export const deleteGoalAction = formAction(DeleteGoalSchema, async ({ schoolId, goalId, version }, actor) => {
  await deleteGoal(actor, schoolId, goalId, version);
  done(schoolId, 'goal=deleted');
});

export const setPurposeAction = formAction(SetPurposeSchema, async ({ schoolId, kind, itemId, goalIds, foundation, back }, actor) => {
  await setPurpose(actor, schoolId, kind, itemId, goalIds, foundation);
  if (back === 'plan') done(schoolId, `purpose=${itemId}`, `plan/${itemId}`);
  done(schoolId, `linked=${itemId}`);
});

export const savePurposeReviewAction = formAction(SavePurposeReviewSchema, async ({ schoolId, assessmentId, entries }, actor) => {
  const saved = await savePurposeReview(actor, schoolId, assessmentId, entries);
  done(schoolId, `reviewed=${saved}`);
});

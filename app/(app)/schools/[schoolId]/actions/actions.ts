'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { createAction, updateAction } from '@/lib/action-plan/manage-actions';
import { CreateActionSchema, UpdateActionSchema } from '@/lib/action-plan/schemas';

export const createActionAction = formAction(CreateActionSchema, async ({ schoolId, ...fields }, actor) => {
  await createAction(actor, schoolId, fields);
  revalidatePath(`/schools/${schoolId}`, 'layout');
  redirect(`/schools/${schoolId}/actions?saved=1`);
});

export const updateActionAction = formAction(UpdateActionSchema, async ({ actionId, version, ...fields }, actor) => {
  const schoolId = await updateAction(actor, actionId, version, fields);
  revalidatePath(`/schools/${schoolId}`, 'layout');
  redirect(`/schools/${schoolId}/actions?saved=1`);
});

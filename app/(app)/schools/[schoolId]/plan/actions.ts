'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { createPlanItem, updatePlanItem } from '@/lib/plan/manage-plan-items';
import { CreatePlanItemSchema, UpdatePlanItemSchema } from '@/lib/plan/schemas';

export const createPlanItemAction = formAction(CreatePlanItemSchema, async ({ schoolId, ...fields }, actor) => {
  await createPlanItem(actor, schoolId, fields);
  revalidatePath(`/schools/${schoolId}`, 'layout');
  redirect(`/schools/${schoolId}/plan?saved=1`);
});

export const updatePlanItemAction = formAction(UpdatePlanItemSchema, async ({ actionId, version, ...fields }, actor) => {
  const schoolId = await updatePlanItem(actor, actionId, version, fields);
  revalidatePath(`/schools/${schoolId}`, 'layout');
  redirect(`/schools/${schoolId}/plan?saved=1`);
});

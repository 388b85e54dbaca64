'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/form-action';
import { createPlanItem, updatePlanItem } from '@/lib/plan/manage-plan-items';
import { CreatePlanItemSchema, UpdatePlanItemSchema } from '@/lib/plan/schemas';

// From a priority, the person goes back to that priority, now marked as in the plan.
const CreateFormSchema = z.intersection(CreatePlanItemSchema, z.object({ returnTo: z.enum(['priorities']).optional() }));

export const createPlanItemAction = formAction(CreateFormSchema, async ({ schoolId, returnTo, ...fields }, actor) => {
  await createPlanItem(actor, schoolId, fields);
  revalidatePath(`/schools/${schoolId}`, 'layout');
  const code = fields.requirementCodes[0];
  if (returnTo === 'priorities' && code) redirect(`/schools/${schoolId}/priorities?added=${encodeURIComponent(code)}#priority-${code}`);
  redirect(`/schools/${schoolId}/plan?saved=1`);
});

export const updatePlanItemAction = formAction(UpdatePlanItemSchema, async ({ actionId, version, ...fields }, actor) => {
  const schoolId = await updatePlanItem(actor, actionId, version, fields);
  revalidatePath(`/schools/${schoolId}`, 'layout');
  redirect(`/schools/${schoolId}/plan?saved=1`);
});

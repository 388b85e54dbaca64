'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { AppError } from '@/lib/errors';
import { createTrustAction } from '@/lib/trust-actions/trust-actions';
import { CreateTrustActionSchema } from '@/lib/trust-actions/schemas';

export const createTrustActionAction = formAction(CreateTrustActionSchema, async (input, actor) => {
  if (!input.fields) throw new AppError('VALIDATION', 'There is a problem: check the fields marked below.');
  const action = await createTrustAction(actor, input.trustId, { costSplit: input.costSplit, schoolIds: input.schoolIds, fields: input.fields });
  revalidatePath(`/trusts/${input.trustId}`, 'layout');
  redirect(`/trusts/${input.trustId}/actions/${action.id}?created=1`);
});

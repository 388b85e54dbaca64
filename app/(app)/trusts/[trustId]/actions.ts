'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { createSchoolInTrust } from '@/lib/schools/create-school';
import { CreateSchoolInTrustSchema } from '@/lib/schools/schemas';

export const createSchoolAction = formAction(CreateSchoolInTrustSchema, async ({ trustId, ...details }, actor) => {
  const school = await createSchoolInTrust(actor, trustId, details);
  revalidatePath(`/trusts/${trustId}`);
  redirect(`/schools/${school.id}?created=1`);
});

'use server';

import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/form-action';
import { createStandaloneSchool, createTrust } from '@/lib/trusts/create-trust';
import { CreateStandaloneSchoolSchema, CreateTrustSchema } from '@/lib/trusts/schemas';

export const createTrustAction = formAction(CreateTrustSchema, async (input, actor) => {
  const { trust, invitation, link } = await createTrust(actor, input);
  revalidatePath('/admin');
  return {
    status: 'success',
    message: `${trust.name} has been created and ${invitation.email} invited as its trust admin.`,
    data: { link, email: invitation.email, href: `/trusts/${trust.id}` },
  };
});

export const createStandaloneSchoolAction = formAction(CreateStandaloneSchoolSchema, async (input, actor) => {
  const { school, invitation, link } = await createStandaloneSchool(actor, input);
  revalidatePath('/admin');
  return {
    status: 'success',
    message: `${school.name} has been created and ${invitation.email} invited as its school leader.`,
    data: { link, email: invitation.email, href: `/schools/${school.id}` },
  };
});

'use server';

import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/form-action';
import { deliveryState } from '@/lib/invitations/invitation-link';
import { createStandaloneSchool, createTrust } from '@/lib/trusts/create-trust';
import { CreateStandaloneSchoolSchema, CreateTrustSchema } from '@/lib/trusts/schemas';

export const createTrustAction = formAction(CreateTrustSchema, async (input, actor) => {
  const { trust, invitation, delivery } = await createTrust(actor, input);
  revalidatePath('/admin');
  const state = deliveryState(delivery, `${trust.name} has been created and ${invitation.email} invited as its trust admin`);
  return { ...state, data: { ...('data' in state ? state.data : {}), href: `/trusts/${trust.id}` } };
});

export const createStandaloneSchoolAction = formAction(CreateStandaloneSchoolSchema, async (input, actor) => {
  const { school, invitation, delivery } = await createStandaloneSchool(actor, input);
  revalidatePath('/admin');
  const state = deliveryState(delivery, `${school.name} has been created and ${invitation.email} invited as its school leader`);
  return { ...state, data: { ...('data' in state ? state.data : {}), href: `/schools/${school.id}` } };
});

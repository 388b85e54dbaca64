'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ChangePasswordSchema, UpdateProfileSchema } from '@/lib/account/schemas';
import { changePassword, updateProfile } from '@/lib/account/update-account';
import { formAction } from '@/lib/actions/form-action';
import { requestContext } from '@/lib/http/request-context';

export const updateProfileAction = formAction(UpdateProfileSchema, async (input, actor) => {
  await updateProfile(actor, input);
  revalidatePath('/', 'layout');
  return { status: 'success', message: 'Your name has been saved.' };
});

export const changePasswordAction = formAction(ChangePasswordSchema, async (input, actor) => {
  await changePassword(actor, input, await requestContext(headers));
  // Every session, this one included, has ended: sign in again with the new password.
  redirect('/sign-in?passwordChanged=1');
});

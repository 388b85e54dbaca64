'use server';

import { headers } from 'next/headers';
import { resetPassword } from '@/lib/account/password-reset';
import { ResetPasswordSchema } from '@/lib/account/schemas';
import { publicFormAction } from '@/lib/actions/form-action';
import { requestContext } from '@/lib/http/request-context';

export const resetPasswordAction = publicFormAction(ResetPasswordSchema, async ({ token, password }) => {
  await resetPassword({ token, password }, await requestContext(headers));
  return { status: 'success', message: 'Your password has been changed, and you have been signed out everywhere. Sign in with your new password.' };
});

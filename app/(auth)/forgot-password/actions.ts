'use server';

import { headers } from 'next/headers';
import { after } from 'next/server';
import { requestPasswordReset } from '@/lib/account/password-reset';
import { ForgotPasswordSchema } from '@/lib/account/schemas';
import { publicFormAction } from '@/lib/actions/form-action';
import { requestContext } from '@/lib/http/request-context';

// The same answer, at the same speed, whether or not the address has an account: the work (and
// any mail) happens after the response has gone.
export const forgotPasswordAction = publicFormAction(ForgotPasswordSchema, async ({ email }) => {
  const context = await requestContext(headers);
  after(() =>
    requestPasswordReset(email, context).catch((error) =>
      console.error('[waypoint] Password reset request failed:', error instanceof Error ? error.message : error),
    ),
  );
  return {
    status: 'success',
    message: `If ${email} has a Waypoint account, we have emailed it a link to choose a new password. The link works once, for an hour. If nothing arrives in a few minutes, check your spam folder.`,
  };
});

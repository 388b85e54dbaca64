'use server';

import { z } from 'zod';
import { publicFormAction } from '@/lib/actions/form-action';
import { AppError } from '@/lib/errors';
import { applyUnsubscribe } from '@/lib/reminders/mail-preferences';
import { readUnsubscribeToken } from '@/lib/reminders/unsubscribe-token';

// The button on the unsubscribe page: works without signing in, like the one-click header.
export const unsubscribeAction = publicFormAction(z.object({ token: z.string().max(600) }), async ({ token }) => {
  const unsubscribe = readUnsubscribeToken(token);
  if (!unsubscribe)
    throw new AppError(
      'NOT_FOUND',
      'This unsubscribe link is not valid. Use the link in your most recent email, or sign in and change what you receive on your account page.',
    );
  await applyUnsubscribe(unsubscribe);
  return { status: 'success', message: 'Done: you will not get these emails any more.' };
});

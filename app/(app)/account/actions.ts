'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ChangePasswordSchema, UpdateProfileSchema } from '@/lib/account/schemas';
import { changePassword, updateProfile } from '@/lib/account/update-account';
import { z } from 'zod';
import { formAction } from '@/lib/actions/form-action';
import { LINK_INTENT_TTL_MS, setLinkIntentCookie } from '@/lib/auth/link-intent';
import { prepareAccountLink, unlinkProviderAccount } from '@/lib/auth/provider-accounts';
import { idField } from '@/lib/validation/primitives';
import { requestContext } from '@/lib/http/request-context';
import { saveMailPreferences } from '@/lib/reminders/mail-preferences';

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

// Before "Link your Microsoft/Google account": the current password, then a signed, 10-minute
// note that the provider sign-in about to happen belongs to this session (lib/auth/provider-sign-in.ts).
export const startAccountLinkAction = formAction(
  z.object({ currentPassword: z.string().min(1, 'Enter your password').max(200), provider: z.enum(['azure-ad', 'google']) }),
  async ({ currentPassword, provider }, actor) => {
    const { sessionVersion } = await prepareAccountLink(actor, currentPassword, await requestContext(headers));
    await setLinkIntentCookie({ kind: 'account', userId: actor.userId, sessionVersion, exp: Date.now() + LINK_INTENT_TTL_MS });
    return { status: 'success', data: { provider } };
  },
);

export const unlinkProviderAction = formAction(z.object({ providerAccountId: idField }), async ({ providerAccountId }, actor) => {
  await unlinkProviderAccount(actor, providerAccountId);
  revalidatePath('/account');
  return { status: 'success', message: 'That account is no longer linked. It cannot be used to sign in to Waypoint.' };
});

// Ticked boxes come as "kind:scope"; the boxes shown are worked out again on the server, so a forged
// value for someone else's school changes nothing.
export const updateMailPreferencesAction = formAction(
  z.object({
    wanted: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
      .pipe(z.array(z.string().max(100)).max(500)),
  }),
  async ({ wanted }, actor) => {
    await saveMailPreferences(actor, new Set(wanted));
    revalidatePath('/account');
    return { status: 'success', message: 'Your email choices have been saved.' };
  },
);

'use server';

import { redirect } from 'next/navigation';
import { publicFormAction, errorState } from '@/lib/actions/form-action';
import type { FormState } from '@/lib/actions/form-state';
import { AcceptInvitationSchema } from '@/lib/account/schemas';
import { LINK_INTENT_TTL_MS, setLinkIntentCookie } from '@/lib/auth/link-intent';
import { getActor } from '@/lib/auth/session';
import { hashLinkToken, looksLikeLinkToken } from '@/lib/auth/tokens';
import { acceptInvitationAsExistingUser, acceptInvitationAsNewUser } from '@/lib/invitations/accept-invitation';

export const acceptInvitationAction = publicFormAction(AcceptInvitationSchema, async (input) => {
  await acceptInvitationAsNewUser(input);
  return { status: 'success', message: 'Your account is ready. Sign in with your email and new password.' };
});

export async function joinWithExistingAccountAction(token: string, _previous: FormState): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`);
  let landing: string;
  try {
    landing = (await acceptInvitationAsExistingUser(actor, token)).landingPath;
  } catch (error) {
    return errorState(error);
  }
  redirect(landing);
}

// Before "Accept with Microsoft/Google": remember, in a signed cookie that outlives the provider's
// redirect, that this sign-in is to accept this invitation (lib/auth/provider-sign-in.ts).
export async function startInvitationLinkAction(token: string): Promise<{ ok: boolean }> {
  if (typeof token !== 'string' || !looksLikeLinkToken(token)) return { ok: false };
  await setLinkIntentCookie({ kind: 'invitation', tokenHash: hashLinkToken(token), exp: Date.now() + LINK_INTENT_TTL_MS });
  return { ok: true };
}

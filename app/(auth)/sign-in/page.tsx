import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { IdentityProviderButtons } from '@/components/forms/identity-provider-buttons';
import { SignInForm } from '@/components/forms/sign-in-form';
import { enabledIdentityProviders } from '@/lib/auth/options';
import { getActor } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

export const metadata: Metadata = { title: 'Sign in' };

const PROVIDER_ERRORS: Record<string, string> = {
  NotLinked:
    'That Microsoft or Google account is not linked to Waypoint yet. Sign in with your email and password and link it from Your account, or accept your invitation with it.',
  LinkedElsewhere: 'That Microsoft or Google account is already linked to another Waypoint user.',
  InvitationMismatch:
    'Your Microsoft or Google account did not confirm the email address the invitation was sent to. Use the account for that address, or set a password instead.',
  InvitationUnusable: 'That invitation cannot be used any more. Ask whoever invited you to send a new one.',
  ProviderRefused: 'Your organisation’s account cannot sign in to Waypoint. Ask your administrator which account to use.',
  OAuthSignin: 'We could not reach your account provider. Please try again.',
  OAuthCallback: 'We could not reach your account provider. Please try again.',
  SessionRequired: 'Please sign in to continue.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  // Only same-site paths: an attacker must not be able to bounce people elsewhere after sign-in.
  const callbackUrl = safeRedirectPath(params.callbackUrl, env().NEXTAUTH_URL);
  if (await getActor()) redirect(callbackUrl);
  const error = params.error ? (PROVIDER_ERRORS[params.error] ?? 'Sign-in failed. Please try again.') : undefined;

  return (
    <div className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold text-slate-900">Sign in to Waypoint</h1>
      <p className="mt-2 mb-6 text-slate-700">Plan and track your school’s digital strategy.</p>
      {params.signedOut ? (
        <p role="status" className="mb-6 rounded-md bg-brand-50 p-3 text-sm text-brand-900">
          You have signed out.
        </p>
      ) : null}
      {params.passwordChanged ? (
        <p role="status" className="mb-6 rounded-md bg-brand-50 p-3 text-sm text-brand-900">
          Your password has been changed. Sign in again with your new password.
        </p>
      ) : null}
      <div className="space-y-6">
        <IdentityProviderButtons providers={enabledIdentityProviders()} callbackUrl={callbackUrl} />
        <SignInForm callbackUrl={callbackUrl} initialError={error} />
      </div>
    </div>
  );
}

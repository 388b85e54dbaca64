import type { Metadata } from 'next';
import { AcceptInvitationForm, JoinWithExistingAccountForm } from '@/components/forms/accept-invitation-form';
import { InvitationProviderButtons } from '@/components/forms/identity-provider-buttons';
import { enabledIdentityProviders } from '@/lib/auth/options';
import { getActor } from '@/lib/auth/session';
import { INVITATION_UNUSABLE, getInvitationForToken } from '@/lib/invitations/accept-invitation';
import { acceptInvitationAction, joinWithExistingAccountAction, startInvitationLinkAction } from './actions';

export const metadata: Metadata = { title: 'Accept your invitation', referrer: 'no-referrer' };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitationForToken(token);

  if (!invitation || invitation.state !== 'pending') {
    return (
      <>
        <div className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
          <h1 className="text-2xl font-bold text-slate-900">This invitation cannot be used</h1>
          <p className="mt-4 text-slate-700">
            {invitation?.state === 'accepted' ? 'This invitation has already been accepted. Sign in to continue.' : INVITATION_UNUSABLE}
          </p>
          <p className="mt-6">
            <a href="/sign-in" className="font-semibold">
              Go to sign in
            </a>
          </p>
        </div>
      </>
    );
  }

  // The page is the same whether or not the address has an account (it must not tell a link holder
  // who uses Waypoint): a signed-in invitee joins in one step, anyone else may create a password
  // or sign in first.
  const actor = await getActor();
  const providers = enabledIdentityProviders();
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`;
  return (
    <>
      <div className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Invitation</p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">Join {invitation.tenantName} on Waypoint</h1>
        <p className="mt-2 mb-6 text-slate-700">
          You have been invited as <strong>{invitation.roleLabel}</strong>.
        </p>
        {actor ? (
          actor.email.toLowerCase() === invitation.email ? (
            <JoinWithExistingAccountForm action={joinWithExistingAccountAction.bind(null, token)} />
          ) : (
            <p className="text-slate-700">
              This invitation is for {invitation.email}, and you are signed in as {actor.email}. Sign out, then open the link again.
            </p>
          )
        ) : (
          <div className="space-y-6">
            <p className="text-slate-700">
              Already use Waypoint with {invitation.email}?{' '}
              <a href={signInHref} className="font-semibold">
                Sign in to accept
              </a>
              .
            </p>
            {providers.length > 0 ? <InvitationProviderButtons providers={providers} action={startInvitationLinkAction.bind(null, token)} /> : null}
            <AcceptInvitationForm action={acceptInvitationAction} token={token} email={invitation.email} suggestedName={invitation.name} />
          </div>
        )}
      </div>
    </>
  );
}

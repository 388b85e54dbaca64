import type { Metadata } from 'next';
import { AcceptInvitationForm, JoinWithExistingAccountForm } from '@/components/forms/accept-invitation-form';
import { getActor } from '@/lib/auth/session';
import { INVITATION_UNUSABLE, getInvitationForToken } from '@/lib/invitations/accept-invitation';
import { acceptInvitationAction, joinWithExistingAccountAction } from './actions';

export const metadata: Metadata = { title: 'Accept your invitation', referrer: 'no-referrer' };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitationForToken(token);

  if (!invitation || invitation.state !== 'pending') {
    return (
      <>
        <div className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
          <h1 className="text-2xl font-bold text-slate-900">This invitation cannot be used</h1>
          <p className="mt-4 text-slate-700">{invitation?.state === 'accepted' ? 'This invitation has already been accepted. Sign in to continue.' : INVITATION_UNUSABLE}</p>
          <p className="mt-6">
            <a href="/sign-in" className="font-semibold">
              Go to sign in
            </a>
          </p>
        </div>
      </>
    );
  }

  const actor = invitation.hasAccount ? await getActor() : null;
  return (
    <>
      <div className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Invitation</p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">Join {invitation.tenantName} on Waypoint</h1>
        <p className="mt-2 mb-6 text-slate-700">
          You have been invited as <strong>{invitation.roleLabel}</strong>.
        </p>
        {invitation.hasAccount ? (
          actor ? (
            <JoinWithExistingAccountForm action={joinWithExistingAccountAction.bind(null, token)} />
          ) : (
            <div className="space-y-4">
              <p className="text-slate-700">You already have a Waypoint account for {invitation.email}. Sign in, and you will come back here to accept.</p>
              <a href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className="font-semibold">
                Sign in to accept
              </a>
            </div>
          )
        ) : (
          <AcceptInvitationForm action={acceptInvitationAction} token={token} email={invitation.email} suggestedName={invitation.name} />
        )}
      </div>
    </>
  );
}

import 'server-only';
import { env } from '@/lib/env';

export function invitationLink(token: string): string {
  return new URL(`/invite/${token}`, env().NEXTAUTH_URL).toString();
}

// Until email sending exists the link goes back to the inviting admin. The log names the
// invitation only: a token in a log file is a working key to someone's account.
export function deliverInvitation(invitation: { id: string; email: string }, token: string): string {
  console.info(`[waypoint] Invitation ${invitation.id} issued for ${invitation.email}`);
  return invitationLink(token);
}

import 'server-only';
import { env } from '@/lib/env';

export function invitationLink(token: string): string {
  return new URL(`/invite/${token}`, env().NEXTAUTH_URL).toString();
}

// Until email sending exists the link goes to the server log and back to the inviting admin.
export function deliverInvitation(email: string, token: string): string {
  const link = invitationLink(token);
  console.info(`[waypoint] Invitation for ${email}: ${link}`);
  return link;
}

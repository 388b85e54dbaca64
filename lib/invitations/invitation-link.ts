import 'server-only';
import { createElement } from 'react';
import { ROLE_LABEL, type Role } from '@/lib/auth/roles';
import { formatLongDateTime } from '@/lib/dates/format';
import { env } from '@/lib/env';
import { renderMail } from '@/lib/mail/render-mail';
import { sendMail } from '@/lib/mail/send-mail';
import { InvitationMail } from '@/lib/mail/templates/invitation-mail';
import type { Actor } from '@/lib/tenancy/actor';

export function invitationLink(token: string): string {
  return new URL(`/invite/${token}`, env().NEXTAUTH_URL).toString();
}

// What the inviting admin is told. The link itself only ever goes to the invitee's mailbox (or, on
// a development machine without SMTP_URL, to the mail folder); it is never shown to the admin.
export type InvitationDelivery =
  | { via: 'smtp'; email: string; expires: string }
  | { via: 'folder'; email: string; expires: string; file: string }
  | { via: 'failed'; email: string; expires: string };

export async function deliverInvitation(
  invitation: { id: string; email: string; role: Role; tenantName: string; expiresAt: Date },
  token: string,
  inviter: Actor,
): Promise<InvitationDelivery> {
  const expires = formatLongDateTime(invitation.expiresAt);
  const { html, text } = await renderMail(
    createElement(InvitationMail, {
      tenantName: invitation.tenantName,
      roleLabel: ROLE_LABEL[invitation.role],
      inviterName: inviter.name,
      link: invitationLink(token),
      expires,
    }),
  );
  try {
    const delivery = await sendMail({ to: invitation.email, subject: `Join ${invitation.tenantName} on Waypoint`, html, text, kind: 'invitation' });
    return delivery.via === 'smtp'
      ? { via: 'smtp', email: invitation.email, expires }
      : { via: 'folder', email: invitation.email, expires, file: delivery.file };
  } catch (error) {
    // The invitation stands; the admin can send it again from the list. The log names the
    // invitation only: a token in a log file is a working key to someone's account.
    console.error(`[waypoint] Invitation ${invitation.id} could not be emailed to ${invitation.email}:`, error instanceof Error ? error.message : error);
    return { via: 'failed', email: invitation.email, expires };
  }
}

// For the form: what to tell the admin, in words, and the facts the page shows.
export function deliveryState(delivery: InvitationDelivery, done: string) {
  if (delivery.via === 'failed') {
    return {
      status: 'error' as const,
      message: `${done}, but the email to ${delivery.email} could not be sent. Use “Resend” in the list of invitations to try again.`,
    };
  }
  return {
    status: 'success' as const,
    message: delivery.via === 'smtp' ? `${done}. We have emailed ${delivery.email} a link that works once, until ${delivery.expires}.` : `${done}.`,
    data: { delivery: delivery.via, email: delivery.email, expires: delivery.expires, ...(delivery.via === 'folder' ? { mailFile: delivery.file } : {}) },
  };
}

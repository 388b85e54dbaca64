// What happened to an invitation's email. The link itself is never shown to the person who sent
// it: it goes only to the invitee. On a development machine without SMTP_URL the message is written
// to the mail folder instead, and this says where.
export function InvitationDeliveryPanel({ data, id = 'invitation-delivery' }: { data?: Record<string, string>; id?: string }) {
  if (data?.delivery !== 'folder') return null;
  return (
    <div id={id} className="mt-3 space-y-2 rounded-md border border-brand-600 bg-brand-50 p-4 text-sm" data-testid={id}>
      <p className="text-slate-800">
        Email is not set up on this server (no <code>SMTP_URL</code>), so the invitation to {data.email} was written as a file instead of being sent. Open it in
        a mail client:
      </p>
      <p className="break-all font-mono text-xs text-slate-900">{data.mailFile}</p>
    </div>
  );
}

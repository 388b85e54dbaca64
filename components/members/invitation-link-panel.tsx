// Email is not switched on yet, so the admin passes the link on themselves.
export function InvitationLinkPanel({ link, email, expires, id = 'invitation-link' }: { link: string; email?: string; expires?: string; id?: string }) {
  return (
    <div className="mt-3 space-y-2 rounded-md border border-brand-600 bg-brand-50 p-4 text-sm">
      <p className="text-slate-800">
        Email sending is not switched on yet. Send this link to {email ?? 'them'} yourself. It works once
        {expires ? ` and expires on ${expires}` : ' and expires in 7 days'}.
      </p>
      <label className="block font-semibold text-slate-900" htmlFor={id}>
        Invitation link
      </label>
      <input
        id={id}
        readOnly
        value={link}
        className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-xs"
        data-testid={id}
      />
    </div>
  );
}

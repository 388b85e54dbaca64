import type { Metadata } from 'next';
import { UnsubscribeForm } from '@/components/forms/unsubscribe-form';
import { REMINDER_KIND_LABEL } from '@/lib/reminders/kinds';
import { unsubscribeScopeName } from '@/lib/reminders/mail-preferences';
import { readUnsubscribeToken } from '@/lib/reminders/unsubscribe-token';
import { unsubscribeAction } from './actions';

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false } };

// Opening the link only asks: link scanners in school mail systems open every link, and must not
// unsubscribe anyone. The button (or the mail client's one-click POST) does it, without signing in.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const unsubscribe = readUnsubscribeToken(token);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold text-slate-900">Unsubscribe</h1>
      {unsubscribe ? (
        <>
          <p className="mt-2 mb-6 text-slate-700">
            Stop sending <strong>{REMINDER_KIND_LABEL[unsubscribe.kind].title.toLowerCase()}</strong> about {await unsubscribeScopeName(unsubscribe.scope)} to{' '}
            <strong>{unsubscribe.email}</strong>? Invitations and password emails still arrive.
          </p>
          <UnsubscribeForm action={unsubscribeAction} token={token} label="Unsubscribe" />
          <p className="mt-6 text-sm text-slate-700">
            If you have a Waypoint account, you can turn any kind of email on or off on <a href="/account#mail">your account page</a>.
          </p>
        </>
      ) : (
        <p className="mt-2 text-slate-700">
          This unsubscribe link is not valid. Use the link in your most recent email, or sign in and choose what you receive on your account page.
        </p>
      )}
    </div>
  );
}

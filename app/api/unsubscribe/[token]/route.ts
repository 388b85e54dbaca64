import { applyUnsubscribe } from '@/lib/reminders/mail-preferences';
import { readUnsubscribeToken } from '@/lib/reminders/unsubscribe-token';

// RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" here, with no
// cookies and no sign-in. The signed token is the permission. GET (link scanners prefetch links)
// changes nothing: people who open the link see the page at /unsubscribe/<token>.
export const dynamic = 'force-dynamic';

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const unsubscribe = readUnsubscribeToken((await params).token);
  if (!unsubscribe) return new Response('This unsubscribe link is not valid.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  await applyUnsubscribe(unsubscribe);
  return new Response('You have been unsubscribed.', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return Response.redirect(new URL(`/unsubscribe/${encodeURIComponent((await params).token)}`, request.url), 303);
}

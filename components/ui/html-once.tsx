import { HtmlOnceClient } from '@/components/ui/html-once-client';
import { stashHtml } from '@/lib/http/html-stash';
import type { Html } from '@/components/ui/html';

// A large string of HTML (the trust comparison's heat map) sent once. React would send it twice:
// as HTML and again, escaped, in the RSC payload that hydration reads. Here the payload carries
// only an id, and the server-side render of the same request, in the same process, takes the
// string from lib/http/html-stash.ts.
export function HtmlOnce({ html, loading }: { html: Html; loading: string }) {
  return <HtmlOnceClient stashId={stashHtml(html.value)} loading={loading} />;
}

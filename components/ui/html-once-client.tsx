'use client';

import { useEffect, useState } from 'react';
import { stashedHtml } from '@/lib/http/html-stash';
import { UNFINISHED_ATTRIBUTE } from '@/lib/http/page-snapshot';

// Renders HTML the server built as a string (components/ui/html-once.tsx) without the string in
// the RSC payload. The server-side render takes it from the stash; hydration keeps what is already
// in the page. A client-side navigation has neither, so the page loads again in full (once: the
// full load finds the table in its own HTML).
export function HtmlOnceClient({ stashId, loading }: { stashId: string; loading: string }) {
  const [value] = useState(() => {
    if (typeof document === 'undefined') return stashedHtml(stashId) ?? null;
    return document.querySelector(`[data-html-once="${stashId}"]`)?.innerHTML ?? null;
  });
  useEffect(() => {
    if (value === null) window.location.replace(window.location.href);
  }, [value]);
  if (value === null) {
    return (
      <p role="status" className="rounded-md border border-slate-200 bg-white p-4 text-slate-700" {...{ [UNFINISHED_ATTRIBUTE]: '' }}>
        {loading}
      </p>
    );
  }
  return <div data-html-once={stashId} dangerouslySetInnerHTML={{ __html: value }} />;
}

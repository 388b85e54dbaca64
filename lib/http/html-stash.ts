// A hand-over of a large HTML string from the server render (React Server Components) to the
// server-side render of the same request, in the same process, so that the string goes into the
// page once instead of twice (once as HTML, once escaped in the RSC payload). Used by
// components/ui/html-once.tsx. Entries live a few seconds: long enough for the render that reads
// them, short enough that abandoned ones cost nothing. Safe in the browser: the map stays empty.
type Stash = Map<string, { html: string; at: number }>;
const KEEP_MS = 10_000;

function stashMap(): Stash {
  const holder = globalThis as typeof globalThis & { __waypointHtmlStash?: Stash };
  return (holder.__waypointHtmlStash ??= new Map());
}

export function stashHtml(html: string): string {
  const map = stashMap();
  const now = Date.now();
  for (const [key, entry] of map) if (now - entry.at > KEEP_MS) map.delete(key);
  const id = crypto.randomUUID();
  map.set(id, { html, at: now });
  return id;
}

export function stashedHtml(id: string): string | undefined {
  return stashMap().get(id)?.html;
}

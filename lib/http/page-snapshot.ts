// Rendered pages kept in memory, so that a page read far more often than it changes is sent again
// without rendering it again. A copy is only ever made by a full render and only ever served under
// a key that names the person and the versions of everything the page was made from; the caller
// reads those versions on every request (see lib/trust-overview/comparison-snapshot.ts). This
// module only keeps copies and swaps their nonce: it knows nothing of tenants.

export type Snapshot = {
  // The body split at each occurrence of the render's script nonce, so that every copy sent goes
  // out with a fresh nonce of its own, matching its own Content-Security-Policy header.
  parts: string[];
  headers: Array<[string, string]>;
  bytes: number;
};

// Headers that describe one transfer, not the page: never passed from one response to another.
export const TRANSFER_HEADERS = ['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'];

// Never replayed: the policy carries the nonce (set fresh for each response), cookies are the
// render's own business, and the rest describe one transfer, not the page.
const NOT_KEPT = new Set(['content-security-policy', 'set-cookie', 'date', ...TRANSFER_HEADERS]);

const NONCE_IN_POLICY = /'nonce-([^']+)'/;

// Marks markup that stands in for content the render could not finish (components/ui/html-once-client.tsx
// shows a "Loading…" note and reloads): a page holding it is never kept, or every reload would get it again.
export const UNFINISHED_ATTRIBUTE = 'data-unfinished';

export function nonceOfPolicy(policy: string | null): string | null {
  return policy?.match(NONCE_IN_POLICY)?.[1] ?? null;
}

/** A copy of a finished response, or null when it is not one to keep (not a finished 200 HTML page, or it sets a cookie). */
export function makeSnapshot(response: { status: number; headers: Headers }, body: string): Snapshot | null {
  if (response.status !== 200 || response.headers.has('set-cookie') || body.includes(UNFINISHED_ATTRIBUTE)) return null;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return null;
  const nonce = nonceOfPolicy(response.headers.get('content-security-policy'));
  if (!nonce) return null;
  const headers: Array<[string, string]> = [];
  response.headers.forEach((value, name) => {
    if (!NOT_KEPT.has(name.toLowerCase())) headers.push([name, value]);
  });
  return { parts: body.split(nonce), headers, bytes: body.length * 2 };
}

export function snapshotBody(snapshot: Snapshot, nonce: string): string {
  return snapshot.parts.join(nonce);
}

// About 230 KB of text per copy of an 80-school comparison (twice that in memory as UTF-16).
export const SNAPSHOT_BUDGET_BYTES = 96 * 1024 * 1024;
// One person's copies (views of the page, filtered and sorted) are capped, so that someone asking
// for endless variations pushes out only their own older copies, never everyone else's.
export const SNAPSHOTS_PER_OWNER = 12;

type Entry = { snapshot: Snapshot; owner: string };
type Store = { entries: Map<string, Entry>; bytes: number };

function store(): Store {
  const holder = globalThis as typeof globalThis & { __waypointPageSnapshots?: Store };
  return (holder.__waypointPageSnapshots ??= { entries: new Map(), bytes: 0 });
}

export function findSnapshot(key: string): Snapshot | undefined {
  const { entries } = store();
  const found = entries.get(key);
  if (found) {
    // Re-inserting keeps the Map in least-recently-used order.
    entries.delete(key);
    entries.set(key, found);
  }
  return found?.snapshot;
}

function drop(s: Store, key: string) {
  const entry = s.entries.get(key);
  if (!entry) return;
  s.entries.delete(key);
  s.bytes -= entry.snapshot.bytes;
}

export function keepSnapshot(key: string, snapshot: Snapshot, options: { owner: string; budget?: number; perOwner?: number }): void {
  const { owner, budget = SNAPSHOT_BUDGET_BYTES, perOwner = SNAPSHOTS_PER_OWNER } = options;
  const s = store();
  drop(s, key);
  if (snapshot.bytes > budget) return;
  s.entries.set(key, { snapshot, owner });
  s.bytes += snapshot.bytes;
  // Oldest first: the owner's surplus, then anyone's while over the budget.
  const owned = [...s.entries].filter(([, entry]) => entry.owner === owner);
  for (const [oldest] of owned.slice(0, Math.max(0, owned.length - perOwner))) drop(s, oldest);
  for (const [oldest] of s.entries) {
    if (s.bytes <= budget) break;
    drop(s, oldest);
  }
}

export function forgetSnapshots(): void {
  const s = store();
  s.entries.clear();
  s.bytes = 0;
}

export function snapshotStats(): { entries: number; bytes: number } {
  const s = store();
  return { entries: s.entries.size, bytes: s.bytes };
}

/** A browser's request for the page itself: not a client-side navigation's RSC payload, a prefetch or a server action. */
export function isDocumentRequest(request: { method: string; headers: Headers; nextUrl: URL }): boolean {
  if (request.method !== 'GET') return false;
  const h = request.headers;
  if (h.has('rsc') || h.has('next-action') || h.has('next-router-prefetch') || h.has('next-router-state-tree')) return false;
  return !request.nextUrl.searchParams.has('_rsc');
}

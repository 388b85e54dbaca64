import 'server-only';
import type { NextRequest } from 'next/server';
import { readSessionToken, sessionCookieName } from '@/lib/auth/session-token';
import { londonToday } from '@/lib/dates/format';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address.mjs';
import { findSnapshot, isDocumentRequest, keepSnapshot, makeSnapshot, snapshotBody, TRANSFER_HEADERS, type Snapshot } from '@/lib/http/page-snapshot';
import { readComparisonStamp } from './read-comparison-stamp';

// The trust comparison is the heaviest page a trust reads (an 80-school heat map) and changes far
// less often than it is opened. proxy.ts asks this module first: a copy rendered earlier for the
// same person, under the same stamp (read-comparison-stamp.ts), the same day and the same view, is
// sent again with a fresh nonce; otherwise the page is rendered in full, through the app, and the
// result kept. docs/decisions/017-comparison-page-copies.md

const COMPARISON_PATH = /^\/trusts\/([^/]+)\/comparison$/;

// Set by scripts/server/app-server.mjs: where this process listens, and a secret per process that
// marks its own render requests (which keep the client's address, and are not answered from copies).
export const RENDER_HEADER = 'x-waypoint-render';
export const SNAPSHOT_HEADER = 'x-waypoint-snapshot';

const MAX_QUERY_LENGTH = 300;
// Well inside the 10 s for which the render's heat map waits in lib/http/html-stash.ts.
const RENDER_TIMEOUT_MS = 8_000;

type Filled = { snapshot: Snapshot } | { response: Response };

// Two requests for the same missing copy (the same person, a reload) render it once.
const filling = new Map<string, Promise<Filled>>();

/** The page for this request from a kept copy (rendering and keeping it first if need be), or null to render it as usual. */
export async function serveComparisonSnapshot(request: NextRequest, nonce: string, policy: string): Promise<Response | null> {
  const match = COMPARISON_PATH.exec(request.nextUrl.pathname);
  const origin = process.env.WAYPOINT_RENDER_ORIGIN;
  if (!match || !origin || !process.env.WAYPOINT_RENDER_TOKEN || !isDocumentRequest(request) || request.headers.has(RENDER_HEADER)) return null;
  // The view's few parameters fit easily; anything longer is rendered as usual, not kept.
  if (request.nextUrl.search.length > MAX_QUERY_LENGTH) return null;
  const session = await readSessionToken(request.cookies.get(sessionCookieName())?.value);
  if (!session) return null;
  const trustId = decodeURIComponent(match[1]!);
  const stamp = await readComparisonStamp(session.userId, session.sessionVersion, trustId);
  if (!stamp?.keepable) return null;

  const key = [session.userId, trustId, londonToday(), request.nextUrl.search, stamp.stamp].join('\n');
  let snapshot = findSnapshot(key);
  const found = Boolean(snapshot);
  if (!snapshot) {
    const pending = filling.get(key);
    const filled = await (pending ?? fill(key, session.userId, request, origin));
    if ('response' in filled) return pending ? null : filled.response;
    snapshot = filled.snapshot;
  }
  const headers = new Headers(snapshot.headers);
  headers.set('Content-Security-Policy', policy);
  headers.set(SNAPSHOT_HEADER, found ? 'copy' : 'rendered');
  return new Response(snapshotBody(snapshot, nonce), { status: 200, headers });
}

function fill(key: string, owner: string, request: NextRequest, origin: string): Promise<Filled> {
  const pending = render(request, origin).then((filled) => {
    if ('snapshot' in filled) keepSnapshot(key, filled.snapshot, { owner });
    return filled;
  });
  filling.set(key, pending);
  const done = () => filling.delete(key);
  pending.then(done, done);
  return pending;
}

const FORWARDED = ['cookie', 'accept', 'accept-language', 'user-agent', CLIENT_ADDRESS_HEADER];

// The full render, by this same process, of exactly what the person asked for.
async function render(request: NextRequest, origin: string): Promise<Filled> {
  const headers = new Headers({ [RENDER_HEADER]: process.env.WAYPOINT_RENDER_TOKEN!, 'accept-encoding': 'identity' });
  for (const name of FORWARDED) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const response = await fetch(new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, origin), {
    headers,
    redirect: 'manual',
    signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
  });
  const body = await response.text();
  const snapshot = makeSnapshot(response, body);
  if (snapshot) return { snapshot };
  // Not a page to keep (a redirect, a refusal, an error): passed on as it came.
  const passed = new Headers(response.headers);
  for (const name of TRANSFER_HEADERS) passed.delete(name);
  return { response: new Response(body, { status: response.status, headers: passed }) };
}

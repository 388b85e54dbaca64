import { NextResponse, type NextRequest } from 'next/server';
import { PATH_HEADER } from '@/lib/http/path-header';
import { contentSecurityPolicy } from '@/lib/security/csp';
import { serveComparisonSnapshot } from '@/lib/trust-overview/comparison-snapshot';

const CALLBACK_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url'];

// The same test next-auth applies (next-auth/core/lib/assert.js): a path, or an absolute http(s) URL.
function isHttpUrl(value: string, origin: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

// Server actions accept 26 MB (next.config.js) for GIAS uploads; everywhere else 1 MB is plenty.
const LARGE_BODY_PATHS = [/^\/trusts\/[^/]+\/schools\/import$/, /^\/admin\/gias$/];
const MAX_BODY_BYTES = 1024 * 1024;

function bodyTooLarge(request: NextRequest): boolean {
  if (request.method !== 'POST') return false;
  const length = Number(request.headers.get('content-length') ?? 0);
  return length > MAX_BODY_BYTES && !LARGE_BODY_PATHS.some((path) => path.test(request.nextUrl.pathname));
}

// A fresh nonce per request lets Next's own inline scripts run and nothing else.
export async function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding (/schools/%FF) names nothing: answer 400 here, before
  // the router tries to decode it into params and fails with a 500.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address is not valid.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (bodyTooLarge(request)) {
    return new NextResponse('What was sent is too large.', { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production', process.env.NEXTAUTH_URL?.startsWith('https://') ?? false);
  const requestHeaders = new Headers(request.headers);
  // next-auth refuses (with a 500) a callback-url cookie that is not a URL, and anyone can set one:
  // such a cookie is dropped before next-auth sees it, and cleared in the browser.
  const forged = CALLBACK_COOKIES.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && !isHttpUrl(value, request.nextUrl.origin);
  });
  if (forged.length > 0) {
    for (const name of forged) request.cookies.delete(name);
    requestHeaders.set('cookie', request.cookies.toString());
  } else {
    // A kept copy of the trust comparison, when it is still exactly what this person would get.
    // Anything wrong on that path falls back to rendering the page as usual.
    const copy = await serveComparisonSnapshot(request, nonce, policy).catch(() => null);
    if (copy) return copy;
  }
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set(PATH_HEADER, request.nextUrl.pathname);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  for (const name of forged) response.cookies.delete(name);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};

import 'server-only';
import { CLIENT_ADDRESS_HEADER } from './client-address.mjs';

export type RequestContext = { address: string | null; userAgent: string | null };

type HeaderSource = Headers | Record<string, string | string[] | undefined> | null | undefined;

// The client address comes only from the header the app server sets from the socket
// (scripts/server/app-server.mjs), which replaces anything the client sent under that name. Under
// any other server (next dev, a bare next start) that header could be the client's own, so it
// is ignored and only the account limits apply.
const behindAppServer = () => process.env.WAYPOINT_APP_SERVER === '1';

export function requestContextFrom(source: HeaderSource): RequestContext {
  const get = (name: string): string | null => {
    if (!source) return null;
    if (typeof (source as Headers).get === 'function') return (source as Headers).get(name);
    const value = (source as Record<string, string | string[] | undefined>)[name];
    return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
  };
  return { address: (behindAppServer() && get(CLIENT_ADDRESS_HEADER)?.slice(0, 64)) || null, userAgent: get('user-agent')?.slice(0, 300) || null };
}

// Inside a server action, page or route handler (pass next/headers' `headers`).
export async function requestContext(headers: () => Promise<Headers>): Promise<RequestContext> {
  try {
    return requestContextFrom(await headers());
  } catch {
    // Called outside a request (a script or a test): nothing to read.
    return { address: null, userAgent: null };
  }
}

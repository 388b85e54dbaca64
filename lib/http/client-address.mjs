// The client's address for throttling and the audit log. Client-sent headers are never trusted:
// the address is the socket's peer, or, behind `hops` trusted proxies that each append the address
// they received from to X-Forwarded-For, the entry the outermost trusted proxy appended.
// Plain JavaScript so the custom server (scripts/server/app-server.mjs) can use it without a build.

/**
 * @param {string | undefined | null} socketAddress
 * @param {string | string[] | undefined | null} forwardedFor
 * @param {number} hops
 * @returns {string | null}
 */
export function clientAddress(socketAddress, forwardedFor, hops) {
  const normalise = (/** @type {string | undefined | null} */ value) => {
    const trimmed = (value ?? '').trim();
    if (!trimmed) return null;
    // IPv4 clients on a dual-stack socket show as ::ffff:a.b.c.d.
    return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
  };
  if (!Number.isInteger(hops) || hops <= 0) return normalise(socketAddress);
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // With N trusted proxies, the last N entries were written by them; the Nth from the end is the
  // address the outermost one saw. Fewer entries than proxies means a misconfiguration: fall back
  // to the furthest entry we have, never to the client's own claims beyond it.
  return normalise(entries.length >= hops ? entries[entries.length - hops] : (entries[0] ?? socketAddress));
}

export const CLIENT_ADDRESS_HEADER = 'x-waypoint-client-address';

// The production web server: Next's request handler behind a plain Node HTTP server, so that the
// client's address comes from the socket (or TRUSTED_PROXY_HOPS trusted proxies) and never from a
// header the client wrote. `next start` cannot do this: it keeps any X-Forwarded-For it is sent.
// Usage: node scripts/server/app-server.mjs [--port 3000] [--hostname 0.0.0.0]
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '../../lib/http/client-address.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const port = Number(option('port', process.env.PORT ?? '3000'));
const hostname = option('hostname', process.env.HOSTNAME ?? '0.0.0.0');
const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? '0');
if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
  console.error('TRUSTED_PROXY_HOPS must be a whole number from 0 to 10');
  process.exit(1);
}

process.env.NODE_ENV ??= 'production';
// Tells lib/http/request-context.ts that every request passed through the handler below.
process.env.WAYPOINT_APP_SERVER = '1';
// The trust comparison is rendered by a request from this process to itself and the result kept
// (lib/trust-overview/comparison-snapshot.ts): here is where to send it, and the secret that marks
// it as this process's own, so it keeps the client's address it carries.
const RENDER_HEADER = 'x-waypoint-render';
const renderToken = randomBytes(32).toString('base64url');
process.env.WAYPOINT_RENDER_TOKEN = renderToken;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const app = next({ dev: false, dir: ROOT, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  const from = request.socket.remoteAddress ?? '';
  const ownRender = request.headers[RENDER_HEADER] === renderToken && (LOOPBACK.has(from) || from === request.socket.localAddress);
  const forwarded = request.headers[CLIENT_ADDRESS_HEADER];
  const address = ownRender
    ? typeof forwarded === 'string'
      ? forwarded
      : null
    : clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], hops);
  // Whatever the client sent under this name is replaced, so the app can trust it.
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  else delete request.headers[CLIENT_ADDRESS_HEADER];
  void handle(request, response);
});
server.listen(port, hostname, () => {
  // Where this process really listens (a wildcard address is reached on loopback).
  const { address } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const own = address === '0.0.0.0' ? '127.0.0.1' : address === '::' ? '::1' : address;
  process.env.WAYPOINT_RENDER_ORIGIN = `http://${own.includes(':') ? `[${own}]` : own}:${port}`;
  console.log(`[waypoint] Listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

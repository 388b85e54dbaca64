// A real SMTP server for tests (smtp-server, from nodemailer's authors): messages arrive over the
// wire exactly as a school's relay would receive them, and are parsed with mailparser.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = ParsedMail & { raw: string; envelopeTo: string[] };

export async function startSmtpSink(options: { user?: string; password?: string; onMail?: (raw: string) => void } = {}) {
  const received: ReceivedMail[] = [];
  const waiting: Array<() => void> = [];
  const server = new SMTPServer({
    // No TLS on loopback: STARTTLS would offer a self-signed certificate.
    hideSTARTTLS: true,
    allowInsecureAuth: true,
    // Waypoint keeps pooled connections open; a stopping test server drops them at once, as a
    // relay going down would (smtp-server otherwise waits 30 s for them).
    closeTimeout: 50,
    authOptional: !options.user,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password) return callback(null, { user: auth.username });
      return callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        options.onMail?.(raw);
        const parsed = await simpleParser(raw);
        received.push(Object.assign(parsed, { raw, envelopeTo: session.envelope.rcptTo.map((r) => r.address) }));
        waiting.splice(0).forEach((wake) => wake());
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const credentials = options.user ? `${encodeURIComponent(options.user)}:${encodeURIComponent(options.password ?? '')}@` : '';
  return {
    url: `smtp://${credentials}127.0.0.1:${port}`,
    received,
    // The next message to this address, waiting up to 10 s for it to arrive.
    async nextTo(address: string, after = 0): Promise<ReceivedMail> {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const found = received.slice(after).find((mail) => mail.envelopeTo.includes(address.toLowerCase()) || mail.envelopeTo.includes(address));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No mail to ${address} arrived`);
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

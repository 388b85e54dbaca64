import 'server-only';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

// Every message leaves through here. With SMTP_URL set it goes to that server (Microsoft 365
// relay, Google Workspace SMTP, a provider's endpoint: plain SMTP is the one interface); without,
// it is written as an .eml file to the development mail folder, which any mail client opens.
export type OutgoingMail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  // Extra headers, e.g. List-Unsubscribe for messages people can turn off.
  headers?: Record<string, string>;
  // A short label for the log and the file name, e.g. "invitation". Never a token.
  kind: string;
};

export type Delivery = { via: 'smtp'; messageId: string } | { via: 'folder'; file: string };

let transporter: Transporter | undefined;

// One connection per message is slow and some relays limit new connections: keep a few open
// (nodemailer's pool), unless SMTP_URL says otherwise with ?pool=false.
function pooled(url: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('pool')) parsed.searchParams.set('pool', 'true');
  return parsed.toString();
}

export function mailFolder(): string {
  return path.resolve(env().WAYPOINT_MAIL_DIR ?? path.join(process.cwd(), '.data', 'mail'));
}

export function mailFrom(): string {
  return env().MAIL_FROM ?? 'Waypoint <no-reply@waypoint.localhost>';
}

export async function sendMail(mail: OutgoingMail): Promise<Delivery> {
  const message = { from: mailFrom(), to: mail.to, subject: mail.subject, html: mail.html, text: mail.text, headers: mail.headers };
  const url = env().SMTP_URL;
  if (url) {
    transporter ??= nodemailer.createTransport(pooled(url));
    const sent = await transporter.sendMail(message);
    console.info(`[waypoint] Mail (${mail.kind}) sent to ${mail.to}`);
    return { via: 'smtp', messageId: sent.messageId };
  }
  // nodemailer builds the same RFC 5322 message it would send, and hands it back instead.
  const built = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }).sendMail(message);
  const folder = mailFolder();
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.kind}-${mail.to.replace(/[^a-z0-9@.-]+/gi, '_')}.eml`);
  await writeFile(file, built.message as Buffer, { mode: 0o600 });
  console.info(`[waypoint] Mail (${mail.kind}) to ${mail.to} written to ${path.relative(process.cwd(), file)}`);
  return { via: 'folder', file };
}

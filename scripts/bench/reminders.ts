// `npm run bench:reminders`: the daily reminder run over the national data set (npm run seed:scale:
// 22,000 schools, 27,000 people, 88,000 actions), sending into a local SMTP sink. Prints how long
// finding and queueing takes, how long sending takes with N worker processes, messages per second,
// and the run's peak memory. A busy Monday is chosen: cycles due, drafts stalled, digests weekly.
//
//   npm run bench:reminders -- [--day 2027-03-01] [--workers 2] [--connections 5] [--no-send]
//
// Sending is bound by SMTP connections (about 20 messages a second each here, as a relay's round
// trips allow), not by rendering: each worker keeps nodemailer's pool of 5 unless SMTP_URL says
// ?maxConnections=N, which --connections sets.
import { fork, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import pg from 'pg';
import { SCALE_DATABASE_URL } from '../scale/seed-scale-config.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const day = arg('day', '2027-03-01');
const workerCount = Number(arg('workers', '2'));
const connections = Number(arg('connections', '5'));

// The sink counts messages and throws them away, as fast as a relay would accept them.
let received = 0;
const sink = new SMTPServer({
  hideSTARTTLS: true,
  authOptional: true,
  disableReverseLookup: true,
  onData(stream, _session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      received += 1;
      callback();
    });
  },
});
await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
const smtpUrl = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}?maxConnections=${connections}`;

Object.assign(process.env, {
  DATABASE_URL: SCALE_DATABASE_URL,
  SMTP_URL: smtpUrl,
  MAIL_FROM: 'Waypoint <no-reply@scale.waypoint.test>',
  NODE_ENV: 'production',
  WAYPOINT_DEMO: '1',
});
process.env.NEXTAUTH_SECRET ??= 'bench-secret-bench-secret-bench-secret-0123';

// A clean slate: what earlier benchmark runs sent, and their jobs.
const db = new pg.Client({ connectionString: SCALE_DATABASE_URL });
await db.connect();
await db.query('DELETE FROM "ReminderSent"');
await db.query('DELETE FROM "MailOptOut"');
await db.query(`DELETE FROM pgboss.job WHERE name = 'mail-send'`).catch(() => {});
const counts = (
  await db.query(
    `SELECT (SELECT count(*) FROM "School")::int AS schools, (SELECT count(*) FROM "User")::int AS people, (SELECT count(*) FROM "PlanItem")::int AS actions`,
  )
).rows[0];
await db.end();
console.log(
  `National set: ${counts.schools.toLocaleString('en-GB')} schools, ${counts.people.toLocaleString('en-GB')} people, ${counts.actions.toLocaleString('en-GB')} actions. Day: ${day}.`,
);

const { runReminders } = await import('../../lib/reminders/run-reminders.ts');
const { jobQueue, stopJobQueue } = await import('../../lib/jobs/boss.ts');
await jobQueue();

const baseline = process.memoryUsage().rss;
let peak = 0;
let peakHeap = 0;
const sample = setInterval(() => {
  const { rss, heapUsed } = process.memoryUsage();
  peak = Math.max(peak, rss);
  peakHeap = Math.max(peakHeap, heapUsed);
}, 50);
const started = performance.now();
const summary = await runReminders(day);
const queuedAt = performance.now();
clearInterval(sample);
const total = Object.values(summary.queued).reduce((a, b) => a + b, 0);
console.log(
  `Found and queued ${total.toLocaleString('en-GB')} messages in ${((queuedAt - started) / 1000).toFixed(1)} s (memory ${(baseline / 2 ** 20).toFixed(0)} MiB before, peak ${(peak / 2 ** 20).toFixed(0)} MiB, of which JavaScript heap in use ${(peakHeap / 2 ** 20).toFixed(0)} MiB):`,
  summary.queued,
);

if (process.argv.includes('--no-send')) {
  await stopJobQueue();
  sink.close(() => process.exit(0));
  await new Promise(() => {});
}

// Workers as separate processes, as production runs them.
const sendStarted = performance.now();
const children: ChildProcess[] = [];
for (let i = 0; i < workerCount; i++) {
  const child = fork(new URL('./reminder-mail-worker.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx', '--import', './scripts/server/allow-server-only.mjs'],
    env: process.env,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(child);
}
let last = 0;
while (received < total) {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const elapsed = (performance.now() - sendStarted) / 1000;
  if (Math.floor(elapsed) % 10 === 0 && received !== last) console.log(`  ${elapsed.toFixed(0)} s: ${received.toLocaleString('en-GB')} sent`);
  last = received;
  if (elapsed > 1200) throw new Error(`Gave up after 20 minutes with ${received} of ${total} sent`);
}
const sent = (performance.now() - sendStarted) / 1000;
console.log(
  `Sent ${received.toLocaleString('en-GB')} messages with ${workerCount} worker processes of ${connections} SMTP connections each in ${sent.toFixed(1)} s: ${(received / sent).toFixed(0)} messages/s.`,
);
console.log(`Whole daily run: ${((queuedAt - started) / 1000 + sent).toFixed(1)} s.`);
for (const child of children) child.send('stop');
await stopJobQueue();
sink.close(() => process.exit(0));

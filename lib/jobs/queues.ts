import type { OutgoingMail } from '@/lib/mail/send-mail';
import type { ReminderMessage } from '@/lib/reminders/reminder-message';
// The background jobs, their retry rules, and what their data looks like. Jobs live in the same
// PostgreSQL (pg-boss, schema "pgboss"), so there is no other server to run.
export const QUEUES = {
  // One message through lib/mail/send-mail.ts; SMTP servers refuse now and then, so retry with backoff.
  mailSend: { name: 'mail-send', retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  // A published strategy version's PDF, rendered once and stored (docs/decisions/005-…).
  strategyPdf: { name: 'strategy-pdf', retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 },
  // A trust board report's PDF, rendered from the content stored with it (lib/board-report).
  boardReport: { name: 'board-report', retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 },
  // A framework's evidence pack (a zip), made from the content stored with it (lib/frameworks/evidence-pack.ts).
  evidencePack: { name: 'evidence-pack', retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 },
  // The loop's clock: once a day, whatever number of workers run (see lib/jobs/schedule.ts).
  dailyRun: { name: 'daily-run', retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 3600 },
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]['name'];

// A message rendered already, or a reminder rendered by the worker that sends it.
export type MailJob = OutgoingMail | { reminder: ReminderMessage };
export type StrategyPdfJob = { versionId: string };
export type BoardReportJob = { reportId: string };
export type EvidencePackJob = { packId: string };
export type DailyRunJob = { day: string };

import { prisma } from '@/lib/db/prisma';
import { sendMail } from '@/lib/mail/send-mail';
import { storeStrategyPdf } from '@/lib/strategy/strategy-pdf';
import type PgBoss from 'pg-boss';
import type { DailyRunJob, MailJob, StrategyPdfJob } from './queues';

// What each queue does with its jobs. A handler that throws fails the job, and pg-boss retries it
// with backoff until its retry limit; after that the job stays failed, with its error, for platform
// admins to see (lib/jobs/failed-jobs.ts).
export async function sendMailJobs(jobs: PgBoss.Job<MailJob>[]) {
  for (const job of jobs) await sendMail(job.data);
}

export async function renderStrategyPdfJobs(jobs: PgBoss.Job<StrategyPdfJob>[]) {
  for (const job of jobs) await storeStrategyPdf(job.data.versionId);
}

// The daily run: the place for reminders and digests. For now it records that it ran, which is
// what the exactly-once tests observe.
export async function dailyRunJobs(jobs: PgBoss.Job<DailyRunJob>[]) {
  for (const job of jobs) {
    await prisma.auditEvent.create({ data: { event: 'system.daily_run', targetType: 'System', targetId: job.data.day, after: { day: job.data.day } } });
  }
}

import { prisma } from '@/lib/db/prisma';
import { sendMail } from '@/lib/mail/send-mail';
import { renderReminder } from '@/lib/reminders/reminder-message';
import { runReminders } from '@/lib/reminders/run-reminders';
import { storeStrategyPdf } from '@/lib/strategy/strategy-pdf';
import { storeBoardReportPdf } from '@/lib/board-report/board-report';
import { storeEvidencePack } from '@/lib/frameworks/evidence-pack';
import { removeExpiredPreviews } from '@/lib/imports/remove-expired-previews';
import type PgBoss from 'pg-boss';
import { jobQueue } from './boss';
import { QUEUES, type BoardReportJob, type DailyRunJob, type EvidencePackJob, type MailJob, type StrategyPdfJob } from './queues';

// What each queue does with its jobs. A handler that throws fails the job, and pg-boss retries it
// with backoff until its retry limit; after that the job stays failed, with its error, for platform
// admins to see (lib/jobs/failed-jobs.ts).

// Mail comes in batches, sent side by side over the pooled SMTP connection. A message that fails
// fails alone: it is marked failed here (to be retried), and pg-boss completes only the rest.
export async function sendMailJobs(jobs: PgBoss.Job<MailJob>[]) {
  const results = await Promise.allSettled(jobs.map(async (job) => sendMail('reminder' in job.data ? await renderReminder(job.data.reminder) : job.data)));
  const failed = results.flatMap((result, i) => (result.status === 'rejected' ? [{ job: jobs[i]!, error: result.reason }] : []));
  if (failed.length === 0) return;
  const boss = await jobQueue();
  for (const { job, error } of failed) await boss.fail(QUEUES.mailSend.name, job.id, { message: error instanceof Error ? error.message : String(error) });
}

export async function renderStrategyPdfJobs(jobs: PgBoss.Job<StrategyPdfJob>[]) {
  for (const job of jobs) await storeStrategyPdf(job.data.versionId);
}

export async function renderBoardReportJobs(jobs: PgBoss.Job<BoardReportJob>[]) {
  for (const job of jobs) await storeBoardReportPdf(job.data.reportId);
}

export async function buildEvidencePackJobs(jobs: PgBoss.Job<EvidencePackJob>[]) {
  for (const job of jobs) await storeEvidencePack(job.data.packId);
}

// The daily run sends the day's reminders and digests (lib/reminders), removes import previews
// nobody confirmed in time (lib/imports), and records what it did.
export async function dailyRunJobs(jobs: PgBoss.Job<DailyRunJob>[]) {
  for (const job of jobs) {
    const summary = await runReminders(job.data.day);
    const previewsRemoved = await removeExpiredPreviews();
    await prisma.auditEvent.create({
      data: { event: 'system.daily_run', targetType: 'System', targetId: job.data.day, after: { ...summary, previewsRemoved } },
    });
  }
}

import type PgBoss from 'pg-boss';
import { jobQueue, stopJobQueue } from './boss';
import { buildEvidencePackJobs, dailyRunJobs, renderBoardReportJobs, renderStrategyPdfJobs, sendMailJobs } from './handlers';
import { QUEUES } from './queues';
import { scheduleDailyRun } from './schedule';

// Mail in batches, from two loops per process: a reminder run queues tens of thousands at once,
// and pg-boss waits out the polling interval after each batch, so one loop of small batches would
// send only a few messages a second (see scripts/bench/reminders.ts for the figures).
export const MAIL_BATCH = 50;
export const MAIL_LOOPS = 2;
async function workMail(boss: PgBoss, pollingIntervalSeconds = 2) {
  for (let i = 0; i < MAIL_LOOPS; i++) await boss.work(QUEUES.mailSend.name, { batchSize: MAIL_BATCH, pollingIntervalSeconds }, sendMailJobs);
}

// Only mail: for the benchmark, and for deployments that want dedicated mail workers.
export async function startMailWorker(options: { pollingIntervalSeconds?: number } = {}) {
  const boss = await jobQueue();
  await workMail(boss, options.pollingIntervalSeconds ?? 0.5);
  return { stop: stopJobQueue };
}

// Takes jobs from every queue until stopped. Any number of workers may run on one database:
// pg-boss hands each job to one of them (SKIP LOCKED), and the daily run has a fixed id per day.
export async function startWorker(options: { pollingIntervalSeconds?: number; scheduleEveryMs?: number } = {}) {
  const boss = await jobQueue();
  const polling = { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await workMail(boss, options.pollingIntervalSeconds);
  await boss.work(QUEUES.strategyPdf.name, polling, renderStrategyPdfJobs);
  await boss.work(QUEUES.boardReport.name, polling, renderBoardReportJobs);
  await boss.work(QUEUES.evidencePack.name, polling, buildEvidencePackJobs);
  await boss.work(QUEUES.dailyRun.name, polling, dailyRunJobs);
  const tick = () =>
    scheduleDailyRun().catch((error) => console.error('[waypoint] Could not schedule the daily run:', error instanceof Error ? error.message : error));
  await tick();
  const timer = setInterval(tick, options.scheduleEveryMs ?? 5 * 60 * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await stopJobQueue();
    },
  };
}

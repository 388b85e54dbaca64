import { jobQueue, stopJobQueue } from './boss';
import { dailyRunJobs, renderStrategyPdfJobs, sendMailJobs } from './handlers';
import { QUEUES } from './queues';
import { scheduleDailyRun } from './schedule';

// Takes jobs from every queue until stopped. Any number of workers may run on one database:
// pg-boss hands each job to one of them (SKIP LOCKED), and the daily run has a fixed id per day.
export async function startWorker(options: { pollingIntervalSeconds?: number; scheduleEveryMs?: number } = {}) {
  const boss = await jobQueue();
  const polling = { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  // Mail in batches: a reminder run queues thousands at once (see sendMailJobs).
  await boss.work(QUEUES.mailSend.name, { ...polling, batchSize: 20 }, sendMailJobs);
  await boss.work(QUEUES.strategyPdf.name, polling, renderStrategyPdfJobs);
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

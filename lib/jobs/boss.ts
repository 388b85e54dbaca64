import PgBoss from 'pg-boss';
import { QUEUES, type QueueName } from './queues';

// One pg-boss per process, started on first use: web processes only send jobs; workers
// (scripts/worker.ts) also take them.
let started: Promise<PgBoss> | undefined;

export function jobQueue(options: { connectionString?: string } = {}): Promise<PgBoss> {
  started ??= (async () => {
    const boss = new PgBoss({
      connectionString: options.connectionString ?? process.env.DATABASE_URL,
      schema: 'pgboss',
      // Our own scheduling (lib/jobs/schedule.ts) decides when daily jobs exist.
      schedule: false,
      // A job's id is what stops a second daily run or a second render: completed jobs must stay
      // in the job table (where ids are checked) well beyond a day, and failed ones long enough
      // for platform admins to see them.
      archiveCompletedAfterSeconds: 3 * 24 * 3600,
      archiveFailedAfterSeconds: 14 * 24 * 3600,
      max: 4,
    });
    boss.on('error', (error) => console.error('[waypoint] Job queue error:', error.message));
    await boss.start();
    for (const queue of Object.values(QUEUES)) {
      const { name, ...policy } = queue;
      await boss.createQueue(name, { name, ...policy });
    }
    return boss;
  })().catch((error) => {
    started = undefined;
    throw error;
  });
  return started;
}

export async function enqueue(queue: QueueName, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
  return (await jobQueue()).send(queue, data, options);
}

// For tests and a worker's shutdown.
export async function stopJobQueue(): Promise<void> {
  const boss = await started?.catch(() => undefined);
  started = undefined;
  await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
}

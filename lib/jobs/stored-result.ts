import 'server-only';
import { enqueue, jobQueue } from './boss';
import type { QueueName } from './queues';
import { jobIdFor } from './schedule';

// A file made by a background job and stored (a strategy version's PDF, a board report): asked for
// once, however many people ask, and waited for briefly by the request that wants it.

// One job per purpose: a second request while it is queued adds nothing. One that gave up is
// started again, so a passing fault does not leave the download "being prepared" for ever.
export async function requestJobOnce(queue: { name: QueueName; retryLimit: number }, purpose: string, data: object): Promise<void> {
  const id = jobIdFor(purpose);
  const sent = await enqueue(queue.name, data, { id, retryLimit: queue.retryLimit });
  if (sent) return;
  const boss = await jobQueue();
  if ((await boss.getJobById(queue.name, id))?.state === 'failed') await boss.retry(queue.name, id);
}

// A download that arrives before the job has finished waits briefly for it; after that the
// caller shows "being prepared" and the person refreshes.
export const RESULT_WAIT_MS = 4000;

export async function waitForStored<T>(read: () => Promise<T | null>, request: () => Promise<void>, waitMs = RESULT_WAIT_MS): Promise<T | null> {
  const deadline = Date.now() + waitMs;
  let requested = false;
  for (;;) {
    const found = await read();
    if (found !== null) return found;
    if (!requested) {
      await request();
      requested = true;
    }
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

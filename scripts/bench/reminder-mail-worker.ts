// A worker process for `npm run bench:reminders` that takes only mail jobs, as `npm run worker`
// does with its other queues idle, so the benchmark measures sending alone.
import { startMailWorker } from '../../lib/jobs/worker.ts';

const worker = await startMailWorker();
process.send?.('ready');
process.on('message', async (message) => {
  if (message === 'stop') {
    await worker.stop();
    process.exit(0);
  }
});

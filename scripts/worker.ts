// `npm run worker`: a background worker on DATABASE_URL (mail, strategy PDFs, the daily run).
// `npm start` runs one beside the web server; production may run several.
import { startWorker } from '../lib/jobs/worker.ts';

if (!process.env.DATABASE_URL) {
  console.error('[worker] Set DATABASE_URL to the database the web server uses.');
  process.exit(1);
}
const worker = await startWorker();
console.log('[worker] Taking background jobs.');
const stop = async () => {
  await worker.stop().catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

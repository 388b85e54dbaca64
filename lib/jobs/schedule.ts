import { createHash } from 'node:crypto';
import { londonToday } from '@/lib/dates/format';
import { enqueue } from './boss';
import { QUEUES } from './queues';

// A job id made from what the job is for ("daily-run for 2026-12-01"): every worker that sends it
// sends the same id, and pg-boss keeps only the first, so a scheduled run exists once however many
// workers are running. (A UUID-shaped hash, as pg-boss ids are UUIDs.)
export function jobIdFor(purpose: string): string {
  const hex = createHash('sha256').update(purpose).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// Each worker calls this every few minutes. It creates today's run if no worker has yet.
export async function scheduleDailyRun(now = new Date()): Promise<string | null> {
  const day = londonToday(now);
  return enqueue(QUEUES.dailyRun.name, { day }, { id: jobIdFor(`daily-run:${day}`), retryLimit: QUEUES.dailyRun.retryLimit });
}

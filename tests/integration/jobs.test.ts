// The job queue on the same PostgreSQL (pg-boss): retries with backoff and then a visible
// failure; a scheduled daily run happens once however many workers run.
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { jobQueue, stopJobQueue } from '@/lib/jobs/boss';
import { listFailedJobs } from '@/lib/jobs/failed-jobs';
import { dailyRunJobs } from '@/lib/jobs/handlers';
import { jobIdFor, scheduleDailyRun } from '@/lib/jobs/schedule';
import { prisma } from '@/lib/db/prisma';
import { actorOf, makeUser } from '../support/factories';

afterAll(async () => {
  await stopJobQueue();
});

describe('background jobs', () => {
  it('retry a failing job with backoff, then keep it as failed, with its error, for platform admins', async () => {
    const boss = await jobQueue();
    const queue = `test-failing-${Date.now()}`;
    await boss.createQueue(queue, { name: queue, retryLimit: 2, retryDelay: 1, retryBackoff: false });
    let attempts = 0;
    await boss.work(queue, { pollingIntervalSeconds: 0.5 }, async () => {
      attempts += 1;
      throw new Error('SMTP relay said 421: try again later');
    });
    const id = await boss.send(queue, { to: 'someone@school.example' });
    await vi.waitFor(async () => expect((await boss.getJobById(queue, id!))?.state).toBe('failed'), { timeout: 20_000, interval: 250 });
    expect(attempts).toBe(3);
    await boss.offWork(queue);

    const admin = actorOf(await makeUser({ isPlatformAdmin: true }));
    const failed = await listFailedJobs(admin);
    expect(failed.find((job) => job.id === id)).toMatchObject({ queue, retries: 2, error: expect.stringContaining('421') });
    await expect(listFailedJobs(actorOf(await makeUser()))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  }, 30_000);

  it('give the daily run one job per London day, whatever number of workers schedule it', async () => {
    const now = new Date('2031-03-04T08:00:00Z');
    const ids = await Promise.all([scheduleDailyRun(now), scheduleDailyRun(now), scheduleDailyRun(now)]);
    expect(ids.filter(Boolean)).toHaveLength(1);
    expect(ids.find(Boolean)).toBe(jobIdFor('daily-run:2031-03-04'));
    // 23:30 UTC on 30 June is 00:30 on 1 July in London: a new day, a new run.
    expect(jobIdFor('daily-run:2031-07-01')).not.toBe(jobIdFor('daily-run:2031-06-30'));
  });

  it('run the scheduled job exactly once with two workers taking jobs', async () => {
    // A second, independent pg-boss on the same database: another worker process.
    const PgBoss = (await import('pg-boss')).default;
    const other = new PgBoss({ connectionString: process.env.DATABASE_URL, schema: 'pgboss', schedule: false });
    await other.start();
    const first = await jobQueue();
    const day = `2032-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
    const ran: string[] = [];
    const handler = (label: string) => async (jobs: Parameters<typeof dailyRunJobs>[0]) => {
      // Other days' runs (from the test above) may be in the queue too: count only this one.
      for (const job of jobs) if (job.data.day === day) ran.push(label);
      await dailyRunJobs(jobs);
    };
    await first.work('daily-run', { pollingIntervalSeconds: 0.5 }, handler('first'));
    await other.work('daily-run', { pollingIntervalSeconds: 0.5 }, handler('second'));
    const id = jobIdFor(`daily-run:${day}`);
    // Both workers schedule it, as each does on its timer.
    await Promise.all([first.send('daily-run', { day }, { id }), other.send('daily-run', { day }, { id })]);
    await vi.waitFor(async () => expect((await first.getJobById('daily-run', id))?.state).toBe('completed'), { timeout: 20_000, interval: 250 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(ran).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { event: 'system.daily_run', targetId: day } })).toBe(1);
    // The run also cleared expired import previews, and says how many (lib/imports/remove-expired-previews.ts).
    const record = await prisma.auditEvent.findFirstOrThrow({ where: { event: 'system.daily_run', targetId: day } });
    expect(record.after).toMatchObject({ previewsRemoved: { gias: expect.any(Number), registers: expect.any(Number) } });
    await first.offWork('daily-run');
    await other.stop({ graceful: true, wait: true, timeout: 5000 });
  }, 40_000);

  it('keep their tables out of the app schema', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name ILIKE '%job%'`);
    await client.end();
    expect(rows[0].n).toBe(0);
  });
});

// Reminders and digests end to end over a real SMTP peer: the daily run finds what is due, the
// mail workers render and send it, one-click unsubscribe stops a kind, and two workers send a
// scheduled digest once.
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSmtpSink, type ReceivedMail } from '../support/smtp-sink';

const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
process.env.MAIL_FROM = 'Waypoint <no-reply@waypoint.test>';

const { prisma } = await import('@/lib/db/prisma');
const { jobQueue, stopJobQueue } = await import('@/lib/jobs/boss');
const { dailyRunJobs, sendMailJobs } = await import('@/lib/jobs/handlers');
const { jobIdFor } = await import('@/lib/jobs/schedule');
const { runReminders } = await import('@/lib/reminders/run-reminders');
const { saveMailPreferences } = await import('@/lib/reminders/mail-preferences');
const { POST: oneClick } = await import('@/app/api/unsubscribe/[token]/route');
const { makeTrust, member } = await import('../support/factories');
const { makeCatalogues } = await import('../support/catalogue-fixture');
const { loadCatalogue } = await import('@/lib/standards/load-catalogue');
// mailparser folds List-* headers into one object: read them from the message as sent.
const header = (mail: ReceivedMail, name: string) =>
  new RegExp(`^${name}: (.+)$`, 'mi').exec(mail.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' '))?.[1]?.trim();

// Tuesdays, not bank holidays: the run's day is explicit, so the test does not depend on today.
const WEEK_1 = '2027-02-02';
const WEEK_1_LATER = '2027-02-04';
const WEEK_2 = '2027-02-09';

const due = (day: string) => new Date(`${day}T00:00:00Z`);

async function mailTo(address: string, subject: RegExp, after = 0): Promise<ReceivedMail> {
  await vi.waitFor(() => expect(sink.received.slice(after).some((m) => m.envelopeTo.includes(address) && subject.test(m.subject ?? ''))).toBe(true), {
    timeout: 20_000,
    interval: 200,
  });
  return sink.received.slice(after).find((m) => m.envelopeTo.includes(address) && subject.test(m.subject ?? ''))!;
}
const countTo = (address: string, subject: RegExp) => sink.received.filter((m) => m.envelopeTo.includes(address) && subject.test(m.subject ?? '')).length;
// Waits until no mail job is left to send (other files' runs may have queued some too).
async function drained() {
  const boss = await jobQueue();
  await vi.waitFor(async () => expect((await boss.getQueueSize('mail-send')) + (await boss.getQueueSize('daily-run'))).toBe(0), {
    timeout: 60_000,
    interval: 300,
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
}

let world: Awaited<ReturnType<typeof setUp>>;
async function setUp() {
  const { trust, schools } = await makeTrust(2);
  const [oak, elm] = schools as [(typeof schools)[0], (typeof schools)[0]];
  const leader = await member('SCHOOL_LEADER', { schoolId: oak.id });
  const contributor = await member('SCHOOL_CONTRIBUTOR', { schoolId: oak.id });
  const trustAdmin = await member('TRUST_ADMIN', { trustId: trust.id });
  // Schools made "long ago", so the first-cycle nudge is due on the test days.
  await prisma.school.updateMany({ where: { id: { in: [oak.id, elm.id] } }, data: { createdAt: new Date('2026-01-05T09:00:00Z') } });
  const outsider = `support-${Date.now()}@it-company.example`;
  const item = (data: { title: string; dueDate: Date; ownerUserId?: string; ownerEmail?: string; status?: 'PLANNED' | 'DONE' }) =>
    prisma.planItem.create({ data: { schoolId: oak.id, ...data } });
  await item({ title: 'Write the cyber response plan', dueDate: due('2027-01-20'), ownerUserId: leader.userId });
  await item({ title: 'Test restoring from backup', dueDate: due('2027-02-10'), ownerUserId: leader.userId });
  await item({ title: 'Refresh staff laptops', dueDate: due('2027-06-30'), ownerUserId: leader.userId });
  await item({ title: 'Already done', dueDate: due('2027-01-25'), ownerUserId: leader.userId, status: 'DONE' });
  await item({ title: 'Replace unsupported switches', dueDate: due('2027-02-05'), ownerEmail: outsider });
  await item({ title: 'Review filtering with the DSL', dueDate: due('2027-01-30'), ownerUserId: contributor.userId });
  return { trust, oak, elm, leader, contributor, trustAdmin, outsider };
}

const workers: PgBoss[] = [];
async function mailWorker() {
  const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, schema: 'pgboss', schedule: false });
  await boss.start();
  await boss.work('mail-send', { batchSize: 20, pollingIntervalSeconds: 0.5 }, sendMailJobs);
  workers.push(boss);
  return boss;
}

beforeAll(async () => {
  world = await setUp();
  await mailWorker();
});

afterAll(async () => {
  for (const boss of workers) await boss.stop({ graceful: true, wait: true, timeout: 5000 });
  await stopJobQueue();
  await sink.stop();
});

describe('the daily reminder run', () => {
  it('mails each owner one list of overdue and soon-due actions, with one-click unsubscribe', async () => {
    const before = sink.received.length;
    await runReminders(WEEK_1);
    const mail = await mailTo(world.leader.email, /your actions/, before);
    expect(mail.subject).toBe(`${world.oak.name}: your actions (1 overdue, 1 due soon)`);
    expect(mail.text).toContain('Write the cyber response plan');
    expect(mail.text).toContain('Test restoring from backup');
    expect(mail.text).not.toContain('Refresh staff laptops');
    expect(mail.text).not.toContain('Already done');
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(header(mail, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:3000\/api\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}>$/);
    expect(mail.html).not.toMatch(/<img/i);
    // Someone outside Waypoint named by the school is reminded too.
    const outside = await mailTo(world.outsider, /your actions/, before);
    expect(outside.text).toContain('Replace unsupported switches');
    // The leader also hears that the school's first self-assessment is due.
    await mailTo(world.leader.email, /self-assessment is due/, before);
  });

  it('sends nothing twice: a later run in the same week finds every key already sent', async () => {
    await drained();
    const summary = await runReminders(WEEK_1_LATER);
    await drained();
    expect(countTo(world.leader.email, /your actions/)).toBe(1);
    expect(countTo(world.outsider, /your actions/)).toBe(1);
    expect(countTo(world.leader.email, /self-assessment is due/)).toBe(1);
    expect(await prisma.reminderSent.count({ where: { email: world.leader.email } })).toBe(2);
    expect(summary.skipped).toBeUndefined();
  });

  it('never mails a person about a school they are no longer a member of', async () => {
    expect(countTo(world.contributor.email, /your actions/)).toBe(1);
    await prisma.membership.deleteMany({ where: { userId: world.contributor.userId } });
    const before = sink.received.length;
    await runReminders(WEEK_2);
    await mailTo(world.leader.email, /your actions/, before);
    await drained();
    expect(countTo(world.contributor.email, /your actions/)).toBe(1);
  });

  it('stops a kind after one-click unsubscribe, without signing in, and leaves the other kinds', async () => {
    const mail = sink.received.find((m) => m.envelopeTo.includes(world.outsider))!;
    const url = /<([^>]+)>/.exec(header(mail, 'List-Unsubscribe') ?? '')![1]!;
    const token = url.split('/').pop()!;
    const forged = await oneClick(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), {
      params: Promise.resolve({ token: `${token.slice(0, -2)}xx` }),
    });
    expect(forged.status).toBe(404);
    const response = await oneClick(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(200);
    expect(await prisma.mailOptOut.count({ where: { email: world.outsider, kind: 'actions' } })).toBe(1);

    // The leader turns off self-assessment reminders for Oak on the account page, and keeps actions.
    await saveMailPreferences(world.leader, new Set([`actions:${world.oak.id}`, `strategy:${world.oak.id}`]));
    const before = sink.received.length;
    await runReminders('2027-03-02');
    await mailTo(world.leader.email, /your actions/, before);
    await drained();
    expect(sink.received.slice(before).filter((m) => m.envelopeTo.includes(world.outsider))).toHaveLength(0);
    expect(sink.received.slice(before).filter((m) => m.envelopeTo.includes(world.leader.email) && /self-assessment/.test(m.subject ?? ''))).toHaveLength(0);
  });

  it('forgets what it sent more than 400 days ago, and nothing newer', async () => {
    const old = await prisma.reminderSent.create({
      data: { key: `old:${Date.now()}`, email: 'x@y.z', kind: 'actions', sentAt: new Date('2025-01-01T09:00:00Z') },
    });
    const recent = await prisma.reminderSent.create({
      data: { key: `recent:${Date.now()}`, email: 'x@y.z', kind: 'actions', sentAt: new Date('2026-06-01T09:00:00Z') },
    });
    await runReminders('2027-03-27'); // a Saturday: nothing is sent, the tidy-up still runs
    expect(await prisma.reminderSent.findUnique({ where: { key: old.key } })).toBeNull();
    expect(await prisma.reminderSent.findUnique({ where: { key: recent.key } })).not.toBeNull();
  });

  it('skips weekends and bank holidays', async () => {
    expect(await runReminders('2027-03-29')).toMatchObject({ skipped: 'not a working day' }); // Easter Monday
    expect(await runReminders('2027-03-27')).toMatchObject({ skipped: 'not a working day' }); // Saturday
  });
});

describe('the trust digest', () => {
  it('goes once to trust staff when a cycle was completed, however many workers run the day', async () => {
    const { a } = makeCatalogues();
    await loadCatalogue(prisma as never, a);
    const catalogue = await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: a.version } });
    const day = '2027-04-13';
    const cycle = (completedAt: string, overall: number, previousId: string | null = null) =>
      prisma.assessment.create({
        data: {
          schoolId: world.elm.id,
          catalogueVersionId: catalogue.id,
          cycleLabel: completedAt.slice(0, 4),
          status: 'COMPLETED',
          completedAt: new Date(completedAt),
          previousId,
          summary: { overall: { score: overall, maturity: 'DEVELOPING', answered: 1, total: 1 }, standards: [], gaps: 0, mustGaps: 0 },
        },
      });
    const last = await cycle('2026-04-01T10:00:00Z', 64);
    await cycle('2027-04-09T10:00:00Z', 51, last.id);

    // A second worker process on the same database, and both take daily runs and mail.
    const second = await mailWorker();
    const first = await jobQueue();
    await first.work('daily-run', { pollingIntervalSeconds: 0.5 }, dailyRunJobs);
    await second.work('daily-run', { pollingIntervalSeconds: 0.5 }, dailyRunJobs);
    const before = sink.received.length;
    const id = jobIdFor(`daily-run:${day}`);
    await Promise.all([first.send('daily-run', { day }, { id }), second.send('daily-run', { day }, { id })]);

    const digest = await mailTo(world.trustAdmin.email, /this week in Waypoint/, before);
    expect(digest.subject).toBe(`${world.trust.name}: this week in Waypoint`);
    expect(digest.text).toContain(`${world.elm.name}: 64% to 51%`);
    await drained();
    expect(sink.received.slice(before).filter((m) => m.envelopeTo.includes(world.trustAdmin.email))).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { event: 'system.daily_run', targetId: day } })).toBe(1);
    await first.offWork('daily-run');
  }, 90_000);

  it('stays quiet in a week when nothing happened', async () => {
    const before = sink.received.length;
    await runReminders('2027-05-04');
    await drained();
    expect(sink.received.slice(before).filter((m) => m.envelopeTo.includes(world.trustAdmin.email))).toHaveLength(0);
  });
});

describe('evidence reminders', () => {
  it('tell whoever added an item, once, in the 30 days before it stops counting, else the school’s leaders', async () => {
    const { schools } = await makeTrust(1);
    const school = schools[0]!;
    const leader = await member('SCHOOL_LEADER', { schoolId: school.id });
    const contributor = await member('SCHOOL_CONTRIBUTOR', { schoolId: school.id });
    const departed = await member('SCHOOL_CONTRIBUTOR', { schoolId: school.id });
    await prisma.membership.deleteMany({ where: { userId: departed.userId } });
    const evidence = (title: string, validUntil: string, addedById: string) =>
      prisma.evidenceItem.create({
        data: { schoolId: school.id, kind: 'NOTE', title, note: 'n', producedOn: due('2026-03-01'), validUntil: due(validUntil), addedById },
      });
    await evidence('Backup restore test', '2027-03-20', contributor.userId);
    await evidence('Filtering review', '2027-03-25', departed.userId);
    await evidence('Response plan', '2027-06-30', contributor.userId);
    const day = '2027-03-02';
    const before = sink.received.length;
    const summary = await runReminders(day);
    expect(summary.queued.evidence).toBe(2);
    const toContributor = await mailTo(contributor.email, /stops counting as evidence/, before);
    expect(toContributor.subject).toBe(`${school.name}: “Backup restore test” stops counting as evidence on 20 Mar 2027`);
    expect(toContributor.text).not.toContain('Response plan');
    const toLeader = await mailTo(leader.email, /stops counting as evidence/, before);
    expect(toLeader.text).toContain('Filtering review');
    await drained();
    expect(sink.received.slice(before).some((m) => m.envelopeTo.includes(departed.email))).toBe(false);
    // A later run mentions nothing already mentioned.
    expect((await runReminders('2027-03-04')).queued.evidence).toBe(0);
  }, 60_000);
});

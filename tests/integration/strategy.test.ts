import { strategySections } from '../support/strategy-sections';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '@/lib/jobs/worker';
import { prisma } from '@/lib/db/prisma';
import type { StrategyContent } from '@/lib/strategy/content';
import { getPublishedStrategy, getStrategyWorkspace, listPublishedStrategies, publishStrategy, saveStrategy } from '@/lib/strategy/manage-strategy';
import { readAll } from '@/lib/pdf/zip';
import { getStrategyPdf, getTrustStrategiesZip, latestStrategies } from '@/lib/strategy/strategy-pdf';
import type { Actor } from '@/lib/tenancy/actor';
import { expectAppError } from '../support/expect-app-error';
import { makeTrust, makeWorld, member } from '../support/factories';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

const sections = strategySections;

beforeAll(async () => {
  w = await makeWorld();
});

describe('writing the strategy', () => {
  it('is for the school’s leaders only: everyone else gets "not found"', async () => {
    const refused: Actor[] = [w.contributorA, w.governorA, w.trustViewerA, w.trustAdminA, w.leaderB, w.trustAdminB, w.standaloneLeader];
    for (const actor of refused) {
      await expectAppError(getStrategyWorkspace(actor, w.schoolA.id), 'NOT_FOUND');
      await expectAppError(saveStrategy(actor, w.schoolA.id, 0, sections()), 'NOT_FOUND');
      await expectAppError(publishStrategy(actor, w.schoolA.id, 1), 'NOT_FOUND');
    }
    expect(await prisma.strategy.count({ where: { schoolId: w.schoolA.id } })).toBe(0);
  });

  it('starts from defaults, saves, and refuses a save based on an older version', async () => {
    const fresh = await getStrategyWorkspace(w.leaderA, w.schoolA.id);
    expect(fresh.version).toBe(0);
    expect(fresh.sections.aiStance.length).toBeGreaterThan(50);
    const first = await saveStrategy(w.leaderA, w.schoolA.id, 0, sections({ vision: 'First words about purpose and learning.' }));
    expect(first.version).toBe(1);
    // A second leader who opened the page before that save cannot overwrite it.
    await expectAppError(saveStrategy(w.leaderA, w.schoolA.id, 0, sections({ vision: 'Stale' })), 'CONFLICT');
    const second = await saveStrategy(w.leaderA, w.schoolA.id, 1, sections());
    expect(second.version).toBe(2);
    await expectAppError(saveStrategy(w.leaderA, w.schoolA.id, 1, sections({ vision: 'Stale again' })), 'CONFLICT');
    const reread = await getStrategyWorkspace(w.leaderA, w.schoolA.id);
    expect(reread.sections.vision).toBe(sections().vision);
    expect(await prisma.auditEvent.count({ where: { schoolId: w.schoolA.id, event: 'strategy.saved' } })).toBe(2);
  });
});

describe('publishing', () => {
  it('refuses an incomplete or out-of-date draft', async () => {
    const leaderA2 = await member('SCHOOL_LEADER', { schoolId: w.schoolA2.id });
    await saveStrategy(leaderA2, w.schoolA2.id, 0, sections({ digitalLead: '', vision: '' }));
    const error = await publishStrategy(leaderA2, w.schoolA2.id, 1).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect(Object.keys((error as { fieldErrors: object }).fieldErrors).sort()).toEqual(['digitalLead', 'vision']);
    expect(await prisma.strategyVersion.count({ where: { schoolId: w.schoolA2.id } })).toBe(0);
    // Publishing names the draft version it was shown; an older one is refused.
    await expectAppError(publishStrategy(w.leaderA, w.schoolA.id, 1), 'CONFLICT');
  });

  it('freezes numbered versions that later edits never change; drafts stay private', async () => {
    await prisma.planItem.create({
      data: {
        schoolId: w.schoolA.id,
        title: 'Roll out multi-factor sign-in',
        ownerName: 'IT support',
        dueDate: new Date('2026-11-30'),
        estimatedCostPence: 50_000,
      },
    });
    const v1 = await publishStrategy(w.leaderA, w.schoolA.id, 2);
    expect(v1.number).toBe(1);
    const content1 = await getPublishedStrategy(w.governorA, w.schoolA.id, 1);
    expect(content1.sections.vision).toBe(sections().vision);
    expect(content1.actionGroups[0]!.actions[0]!.title).toBe('Roll out multi-factor sign-in');
    expect(content1.publishedByName).toBeTruthy();

    await saveStrategy(w.leaderA, w.schoolA.id, 2, sections({ vision: 'A new vision for the second version of our strategy.' }));
    await prisma.planItem.updateMany({ where: { schoolId: w.schoolA.id }, data: { title: 'Renamed later' } });
    expect((await getPublishedStrategy(w.governorA, w.schoolA.id, 1)).sections.vision).toBe(sections().vision);
    expect((await getPublishedStrategy(w.governorA, w.schoolA.id, 1)).actionGroups[0]!.actions[0]!.title).toBe('Roll out multi-factor sign-in');

    const v2 = await publishStrategy(w.leaderA, w.schoolA.id, 3);
    expect(v2.number).toBe(2);
    const { versions } = await listPublishedStrategies(w.governorA, w.schoolA.id);
    expect(versions.map((v) => v.number)).toEqual([2, 1]);
    expect(await prisma.auditEvent.count({ where: { schoolId: w.schoolA.id, event: 'strategy.published' } })).toBe(2);
  });

  it('refuses to publish a copy of the last version, and more than ten versions a day (F7)', async () => {
    // A trust of its own, so the trust-wide zip below still holds one school.
    const { schools } = await makeTrust(1);
    const school = schools[0]!;
    const leader = await member('SCHOOL_LEADER', { schoolId: school.id });
    await saveStrategy(leader, school.id, 0, sections());
    await publishStrategy(leader, school.id, 1);
    await expect(publishStrategy(leader, school.id, 1)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/Nothing has changed since version 1/),
    });
    let version = 1;
    for (let n = 2; n <= 10; n++) {
      await saveStrategy(leader, school.id, version, sections({ vision: `Vision number ${n} for the school's strategy.` }));
      version += 1;
      await publishStrategy(leader, school.id, version);
    }
    await saveStrategy(leader, school.id, version, sections({ vision: 'An eleventh vision, on the same day.' }));
    await expect(publishStrategy(leader, school.id, version + 1)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(await prisma.strategyVersion.count({ where: { schoolId: school.id } })).toBe(10);
  }, 60_000);

  it('lets governors and the trust read published versions, and nobody else', async () => {
    for (const actor of [w.governorA, w.leaderA, w.trustViewerA, w.trustAdminA, w.platformAdmin]) {
      expect((await getPublishedStrategy(actor, w.schoolA.id, 1)).number).toBe(1);
    }
    for (const actor of [w.leaderB, w.trustAdminB, w.standaloneLeader, w.contributorA]) {
      await expectAppError(getPublishedStrategy(actor, w.schoolA.id, 1), 'NOT_FOUND');
      await expectAppError(getStrategyPdf(actor, w.schoolA.id, 1), 'NOT_FOUND');
    }
    await expectAppError(getPublishedStrategy(w.governorA, w.schoolA.id, 99), 'NOT_FOUND');
  });
});

describe('the PDF', () => {
  // PDFs are rendered by a background worker, never in the request: run one for these tests.
  let worker: Awaited<ReturnType<typeof startWorker>>;
  beforeAll(async () => {
    worker = await startWorker({ pollingIntervalSeconds: 0.5 });
  });
  afterAll(async () => {
    await worker.stop();
  });

  it('is rendered once, by the worker, and the same version always gives the same bytes', async () => {
    const first = await getStrategyPdf(w.governorA, w.schoolA.id, 1, { waitMs: 30_000 });
    if (!first.pdf) throw new Error('The worker did not render the PDF');
    expect(Buffer.from(first.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(first.filename).toMatch(/-digital-strategy-v1\.pdf$/);
    const again = await getStrategyPdf(w.trustViewerA, w.schoolA.id, 1);
    expect(Buffer.from(again.pdf!).equals(Buffer.from(first.pdf))).toBe(true);
  }, 60_000);

  it('comes for every school of the trust in one zip, for the trust only', async () => {
    const { zip, count } = await getTrustStrategiesZip(w.trustViewerA, w.trustA.id);
    expect(count).toBe(1);
    if (!zip) throw new Error('The zip was not ready');
    const files = unzipSync(await readAll(zip));
    const names = Object.keys(files);
    // Trust A's second school has no published strategy: a note in the zip names it.
    expect(names).toHaveLength(2);
    expect(names.find((n) => n.endsWith('.pdf'))).toMatch(/-digital-strategy-v2\.pdf$/);
    const note = new TextDecoder().decode(files['Schools without a published strategy.txt']);
    expect(note).toContain('1 of 2 schools have a published digital strategy');
    expect(note).toContain(`- ${w.schoolA2.name}`);
    expect(note).not.toContain(w.schoolA.name);
    const latest = await latestStrategies(w.trustViewerA, [w.schoolA.id, w.schoolA2.id]);
    expect([...latest.keys()]).toEqual([w.schoolA.id]);
    expect(latest.get(w.schoolA.id)!.number).toBe(2);
    // Another tenant's people see nothing, whatever ids they pass.
    expect((await latestStrategies(w.leaderB, [w.schoolA.id, w.schoolA2.id])).size).toBe(0);
    for (const actor of [w.trustAdminB, w.leaderA, w.governorA, w.leaderB]) {
      await expectAppError(getTrustStrategiesZip(actor, w.trustA.id), 'NOT_FOUND');
    }
    const stored = (await prisma.strategyVersion.findFirstOrThrow({ where: { schoolId: w.schoolA.id, number: 2 } })).content as unknown as StrategyContent;
    expect(stored.sections.vision).toBe('A new vision for the second version of our strategy.');
  }, 60_000);
});

// Races, run for real: concurrent requests against PostgreSQL. Where the interleaving matters, a
// second connection holds a row lock so that one request is caught mid-transaction, exactly where
// the old code went wrong, and the assertion says what must hold whatever the timing.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanItem, updatePlanItem } from '@/lib/plan/manage-plan-items';
import { completeAssessment } from '@/lib/assessment/complete-assessment';
import { evaluate, summarise } from '@/lib/assessment/evaluate';
import { getCatalogue } from '@/lib/assessment/get-catalogue';
import { saveStandardAnswers } from '@/lib/assessment/save-answers';
import type { AnswerEntry } from '@/lib/assessment/schemas';
import { startAssessment } from '@/lib/assessment/start-assessment';
import { prisma } from '@/lib/db/prisma';
import { updateSchool } from '@/lib/schools/update-school';
import { loadCatalogue } from '@/lib/standards/load-catalogue';
import type { AnswerValue } from '@/lib/assessment/answer-options';
import { makeCatalogues } from '../support/catalogue-fixture';
import { answerEverything, makeWorld, member, schoolDetails } from '../support/factories';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let catalogueVersionId: string;
let locker: pg.Client;

const entry = (code: string, value: AnswerEntry['value'], version = 0): AnswerEntry => ({ code, value, reason: '', note: '', links: [], version });
const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  w = await makeWorld();
  const { a } = makeCatalogues();
  await loadCatalogue(prisma as never, a);
  catalogueVersionId = (await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: a.version } })).id;
  locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await locker.connect();
});

afterAll(async () => {
  await locker.end();
});

async function freshCycle() {
  const leader = await member('SCHOOL_LEADER', { schoolId: (await prisma.school.create({ data: { ...schoolDetails(), trustId: w.trustA.id } })).id });
  const school = await prisma.membership.findFirstOrThrow({ where: { userId: leader.userId } });
  const cycle = await startAssessment(leader, school.schoolId!, { catalogueVersionId });
  await saveStandardAnswers(leader, { assessmentId: cycle.id, standardSlug: 'safety', entries: [entry('safety.filter.lists', 'NOT_MET')] });
  // Completion needs every requirement answered; the rest are "not sure" at version 1.
  await answerEverything(cycle.id);
  return { leader, cycle, schoolId: school.schoolId! };
}

// The frozen summary must be exactly what the cycle's stored answers score.
async function expectSummaryToMatchAnswers(assessmentId: string) {
  const cycle = await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, include: { answers: true } });
  const answers = new Map(cycle.answers.map((a) => [a.requirementCode, a.value as AnswerValue]));
  expect(cycle.summary).toEqual(summarise(evaluate(await getCatalogue(catalogueVersionId), answers)));
}

describe('a save racing completion (F6)', () => {
  it('never writes into the completed cycle while saying "Saved"', async () => {
    const { leader, cycle } = await freshCycle();
    // Hold the answer's row so the save stops mid-transaction, after it has checked the cycle.
    await locker.query('BEGIN');
    await locker.query(`SELECT 1 FROM "Answer" WHERE "assessmentId" = $1 FOR UPDATE`, [cycle.id]);
    const save = settle(saveStandardAnswers(leader, { assessmentId: cycle.id, standardSlug: 'safety', entries: [entry('safety.filter.lists', 'MET', 1)] }));
    await sleep(300);
    const complete = settle(completeAssessment(leader, cycle.id));
    await sleep(300);
    await locker.query('COMMIT');
    const [saved, completed] = await Promise.all([save, complete]);

    expect(completed.ok).toBe(true);
    const stored = await prisma.answer.findFirstOrThrow({ where: { assessmentId: cycle.id, requirementCode: 'safety.filter.lists' } });
    if (saved.ok) expect(stored.value).toBe('MET');
    await expectSummaryToMatchAnswers(cycle.id);
  }, 30_000);

  it('refuses a save that arrives after completion, and says why', async () => {
    const { leader, cycle } = await freshCycle();
    await completeAssessment(leader, cycle.id);
    await expect(
      saveStandardAnswers(leader, { assessmentId: cycle.id, standardSlug: 'safety', entries: [entry('safety.filter.lists', 'MET', 1)] }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/has been completed/),
    });
    await expectSummaryToMatchAnswers(cycle.id);
  });

  it('keeps the frozen scores equal to the stored answers under many parallel saves and a completion', async () => {
    const { leader, cycle } = await freshCycle();
    const other = await member('SCHOOL_CONTRIBUTOR', { schoolId: (await prisma.assessment.findUniqueOrThrow({ where: { id: cycle.id } })).schoolId });
    const saves = ['safety.filter.review', 'safety.monitor.reports'].flatMap((code) => [
      settle(saveStandardAnswers(other, { assessmentId: cycle.id, standardSlug: 'safety', entries: [entry(code, 'PARTLY_MET', 1)] })),
    ]);
    const results = await Promise.all([...saves, settle(completeAssessment(leader, cycle.id))]);
    expect(results.at(-1)!.ok).toBe(true);
    await expectSummaryToMatchAnswers(cycle.id);
  }, 30_000);
});

describe('two completions of one cycle (F15)', () => {
  it('lets exactly one win', async () => {
    const { leader, cycle, schoolId } = await freshCycle();
    const second = await member('SCHOOL_LEADER', { schoolId });
    await locker.query('BEGIN');
    await locker.query(`SELECT 1 FROM "Assessment" WHERE "id" = $1 FOR UPDATE`, [cycle.id]);
    const both = Promise.all([settle(completeAssessment(leader, cycle.id)), settle(completeAssessment(second, cycle.id))]);
    await sleep(300);
    await locker.query('COMMIT');
    const results = await both;
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await prisma.auditEvent.count({ where: { event: 'assessment.completed', targetId: cycle.id } })).toBe(1);
  }, 30_000);
});

describe('school details edited at the same time (F17)', () => {
  it('keep the first save and refuse the second, which started from the same version', async () => {
    const school = await prisma.school.create({ data: { ...schoolDetails(), trustId: w.trustA.id } });
    const leader = await member('SCHOOL_LEADER', { schoolId: school.id });
    const base = { name: school.name, urn: school.urn, phase: school.phase, type: school.type, localAuthority: school.localAuthority, version: school.version };
    const results = await Promise.all([
      settle(updateSchool(leader, school.id, { ...base, name: 'Renamed by the head' })),
      settle(updateSchool(w.trustAdminA, school.id, { ...base, localAuthority: 'Bradford' })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'CONFLICT' } });
    const stored = await prisma.school.findUniqueOrThrow({ where: { id: school.id } });
    expect(stored.version).toBe(school.version + 1);
    // Exactly one of the two changes landed, never a mix.
    expect([stored.name === 'Renamed by the head', stored.localAuthority === 'Bradford'].filter(Boolean)).toHaveLength(1);
  });
});

describe('actions edited at the same time', () => {
  it('keep one save of two that started from the same version', async () => {
    const school = await prisma.school.create({ data: { ...schoolDetails(), trustId: w.trustA.id } });
    const leader = await member('SCHOOL_LEADER', { schoolId: school.id });
    const fields = {
      title: 'Replace the firewall',
      description: null,
      ownerName: null,
      ownerUserId: null,
      ownerEmail: null,
      dueDate: null,
      estimatedCostPence: null,
      status: 'PLANNED' as const,
      requirementCodes: [],
    };
    const action = await createPlanItem(leader, school.id, fields);
    const results = await Promise.all([
      settle(updatePlanItem(leader, action.id, action.version, { ...fields, title: 'First title' })),
      settle(updatePlanItem(leader, action.id, action.version, { ...fields, title: 'Second title' })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await prisma.planItem.findUniqueOrThrow({ where: { id: action.id } })).version).toBe(2);
  });

  it('cannot pass the per-school cap by adding in parallel (F7)', async () => {
    const school = await prisma.school.create({ data: { ...schoolDetails(), trustId: w.trustA.id } });
    const leader = await member('SCHOOL_LEADER', { schoolId: school.id });
    const { MAX_PLAN_ITEMS_PER_SCHOOL } = await import('@/lib/plan/manage-plan-items');
    await prisma.planItem.createMany({
      data: Array.from({ length: MAX_PLAN_ITEMS_PER_SCHOOL - 2 }, (_, i) => ({ schoolId: school.id, title: `Action ${i}` })),
    });
    const fields = {
      title: 'One more',
      description: null,
      ownerName: null,
      ownerUserId: null,
      ownerEmail: null,
      dueDate: null,
      estimatedCostPence: null,
      status: 'PLANNED' as const,
      requirementCodes: [],
    };
    const results = await Promise.all(Array.from({ length: 6 }, () => settle(createPlanItem(leader, school.id, fields))));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(await prisma.planItem.count({ where: { schoolId: school.id } })).toBe(MAX_PLAN_ITEMS_PER_SCHOOL);
  }, 30_000);
});

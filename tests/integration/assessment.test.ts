import { beforeAll, describe, expect, it } from 'vitest';
import { completeAssessment } from '@/lib/assessment/complete-assessment';
import { getAssessment, listAssessments } from '@/lib/assessment/get-assessments';
import { saveStandardAnswers } from '@/lib/assessment/save-answers';
import type { AnswerEntry } from '@/lib/assessment/schemas';
import { startAssessment } from '@/lib/assessment/start-assessment';
import { createPlanItem, getPlanItem, listPlanItems, updatePlanItem } from '@/lib/plan/manage-plan-items';
import { prisma } from '@/lib/db/prisma';
import { loadCatalogue } from '@/lib/standards/load-catalogue';
import type { Actor } from '@/lib/tenancy/actor';
import { makeCatalogues } from '../support/catalogue-fixture';
import { expectAppError } from '../support/expect-app-error';
import { answerEverything, makeWorld } from '../support/factories';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let versionA: string;
let versionB: string;

const entry = (code: string, value: AnswerEntry['value'], version = 0, extra: Partial<AnswerEntry> = {}): AnswerEntry => ({
  code,
  value,
  reason: '',
  note: '',
  links: [],
  version,
  ...extra,
});

async function versionOf(assessmentId: string, code: string) {
  return (await prisma.answer.findUnique({ where: { assessmentId_requirementCode: { assessmentId, requirementCode: code } } }))?.version ?? 0;
}

beforeAll(async () => {
  w = await makeWorld();
  const { a, b } = makeCatalogues();
  await loadCatalogue(prisma as never, a);
  await loadCatalogue(prisma as never, b);
  versionA = (await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: a.version } })).id;
  versionB = (await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: b.version } })).id;
});

const start = (actor: Actor, schoolId: string, catalogueVersionId = versionA) => startAssessment(actor, schoolId, { catalogueVersionId });

describe('starting and reading a cycle', () => {
  it('is for the school’s leaders only, and other tenants get "not found"', async () => {
    for (const actor of [w.contributorA, w.governorA, w.trustViewerA, w.trustAdminB, w.leaderB]) {
      await expectAppError(start(actor, w.schoolA.id), 'NOT_FOUND');
    }
    const first = await start(w.leaderA, w.schoolA.id);
    const again = await start(w.leaderA, w.schoolA.id);
    expect(again.id).toBe(first.id);
    expect(first.cycleLabel).toMatch(/^\d{4}\/\d{2}$/);
  });

  it('hides drafts from governors and other tenants but not from the school’s team or its trust', async () => {
    const { open } = await listAssessments(w.leaderA, w.schoolA.id);
    expect(open).not.toBeNull();
    for (const actor of [w.leaderA, w.contributorA, w.trustViewerA, w.trustAdminA]) {
      expect((await getAssessment(actor, w.schoolA.id, open!.id)).assessment.id).toBe(open!.id);
    }
    for (const actor of [w.governorA, w.trustAdminB, w.leaderB]) {
      await expectAppError(getAssessment(actor, w.schoolA.id, open!.id), 'NOT_FOUND');
    }
    expect((await listAssessments(w.governorA, w.schoolA.id)).cycles).toEqual([]);
  });
});

describe('answering', () => {
  it('saves a standard’s answers for leaders and contributors, and refuses everyone else', async () => {
    const { open } = await listAssessments(w.leaderA, w.schoolA.id);
    const input = { assessmentId: open!.id, standardSlug: 'safety', entries: [entry('safety.filter.lists', 'MET')] };
    for (const actor of [w.governorA, w.trustViewerA, w.trustAdminA, w.trustAdminB, w.leaderB]) {
      await expectAppError(saveStandardAnswers(actor, input), 'NOT_FOUND');
    }
    expect((await saveStandardAnswers(w.contributorA, input)).saved).toBe(1);
    const detail = await getAssessment(w.leaderA, w.schoolA.id, open!.id);
    expect(detail.evaluation.standards[0]!.result.answered).toBe(1);
    await expectAppError(saveStandardAnswers(w.leaderA, { ...input, entries: [entry('network.wifi.coverage', 'MET')] }), 'VALIDATION');
  });

  it('refuses the second of two conflicting saves, keeps nothing of it, and accepts it once re-read', async () => {
    const { open } = await listAssessments(w.leaderA, w.schoolA.id);
    const id = open!.id;
    const seen = await versionOf(id, 'safety.filter.review');
    // Both people opened the page at the same version; the leader saves first.
    await saveStandardAnswers(w.leaderA, { assessmentId: id, standardSlug: 'safety', entries: [entry('safety.filter.review', 'MET', seen)] });
    const error = await expectAppError(
      saveStandardAnswers(w.contributorA, {
        assessmentId: id,
        standardSlug: 'safety',
        entries: [entry('safety.filter.review', 'NOT_MET', seen), entry('safety.monitor.reports', 'PARTLY_MET', 0)],
      }),
      'CONFLICT',
      /Someone else saved answers/,
    );
    expect(error.fieldErrors?.['answer:safety.filter.review']?.[0]).toMatch(/Met/);
    expect(error.data?.['version:safety.filter.review']).toBe(String(seen + 1));
    const answers = (await getAssessment(w.leaderA, w.schoolA.id, id)).answers;
    expect(answers.get('safety.filter.review')?.value).toBe('MET');
    expect(answers.has('safety.monitor.reports')).toBe(false);
    // Having seen the other answer, the contributor saves deliberately.
    await saveStandardAnswers(w.contributorA, {
      assessmentId: id,
      standardSlug: 'safety',
      entries: [entry('safety.filter.review', 'NOT_MET', seen + 1), entry('safety.monitor.reports', 'PARTLY_MET', 0)],
    });
    expect((await getAssessment(w.leaderA, w.schoolA.id, id)).answers.get('safety.filter.review')?.value).toBe('NOT_MET');
  });

  it('does not count a save of unchanged answers as a conflict', async () => {
    const { open } = await listAssessments(w.leaderA, w.schoolA.id);
    const result = await saveStandardAnswers(w.leaderA, { assessmentId: open!.id, standardSlug: 'safety', entries: [entry('safety.filter.lists', 'MET', 0)] });
    expect(result.saved).toBe(0);
  });
});

describe('completing and rolling over', () => {
  it('refuses to complete a cycle while any requirement is unanswered, and changes nothing', async () => {
    const cycle = await startAssessment(w.standaloneLeader, w.standalone.id, { catalogueVersionId: versionA });
    await saveStandardAnswers(w.standaloneLeader, { assessmentId: cycle.id, standardSlug: 'safety', entries: [entry('safety.filter.lists', 'MET', 0)] });
    await expect(completeAssessment(w.standaloneLeader, cycle.id)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/^\d+ requirements are still unanswered/),
    });
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: cycle.id } })).status).toBe('DRAFT');
    await answerEverything(cycle.id, 'MET');
    expect((await completeAssessment(w.standaloneLeader, cycle.id)).status).toBe('COMPLETED');
  });

  it('freezes the cycle, shows it to governors, and starts the next from its answers on a newer catalogue', async () => {
    const { open } = await listAssessments(w.leaderA, w.schoolA.id);
    await saveStandardAnswers(w.leaderA, {
      assessmentId: open!.id,
      standardSlug: 'network',
      entries: [entry('network.wifi.coverage', 'NOT_APPLICABLE', 0, { reason: 'Single small building, wired only' }), entry('network.wifi.old-kit', 'NOT_MET')],
    });
    await expectAppError(completeAssessment(w.contributorA, open!.id), 'NOT_FOUND');
    await expectAppError(completeAssessment(w.trustAdminB, open!.id), 'NOT_FOUND');
    const completed = await completeAssessment(w.leaderA, open!.id);
    expect(completed.status).toBe('COMPLETED');
    expect(completed.openForSchoolId).toBeNull();
    expect((completed.summary as { overall: { score: number } }).overall.score).toBeGreaterThan(0);
    await expectAppError(
      saveStandardAnswers(w.leaderA, { assessmentId: open!.id, standardSlug: 'safety', entries: [entry('safety.filter.lists', 'NOT_MET', 1)] }),
      'CONFLICT',
    );
    await expectAppError(completeAssessment(w.leaderA, open!.id), 'CONFLICT');

    // Governors now see the completed cycle.
    expect((await listAssessments(w.governorA, w.schoolA.id)).completed.map((c) => c.id)).toEqual([open!.id]);
    expect((await getAssessment(w.governorA, w.schoolA.id, open!.id)).assessment.status).toBe('COMPLETED');

    const next = await start(w.leaderA, w.schoolA.id, versionB);
    expect(next.previousId).toBe(open!.id);
    const carried = (await getAssessment(w.leaderA, w.schoolA.id, next.id)).answers;
    expect([...carried.keys()].sort()).toEqual(['network.wifi.coverage', 'safety.filter.lists', 'safety.filter.review', 'safety.monitor.reports']);
    expect(carried.get('network.wifi.coverage')?.notApplicableReason).toBe('Single small building, wired only');
    // The changed requirement keeps the old wording's hash, so the page can flag it for review.
    const changed = await prisma.requirement.findFirstOrThrow({ where: { catalogueVersionId: versionB, code: 'safety.filter.lists' } });
    expect(carried.get('safety.filter.lists')?.requirementHash).not.toBe(changed.contentHash);
    const unchanged = await prisma.requirement.findFirstOrThrow({ where: { catalogueVersionId: versionB, code: 'safety.filter.review' } });
    expect(carried.get('safety.filter.review')?.requirementHash).toBe(unchanged.contentHash);
    // The old cycle still reads as it was.
    expect((await getAssessment(w.leaderA, w.schoolA.id, open!.id)).answers.get('network.wifi.old-kit')?.value).toBe('NOT_MET');
  });
});

describe('action plan', () => {
  const fields = {
    title: 'Switch on the blocklists',
    description: null,
    ownerName: 'IT support',
    ownerUserId: null,
    ownerEmail: null,
    dueDate: new Date('2026-01-31T00:00:00Z'),
    estimatedCostPence: 50000,
    status: 'PLANNED' as const,
    requirementCodes: ['safety.filter.lists'],
  };

  it('is edited by leaders only and read by the school’s team and trust', async () => {
    for (const actor of [w.contributorA, w.governorA, w.trustViewerA, w.trustAdminA, w.trustAdminB]) {
      await expectAppError(createPlanItem(actor, w.schoolA.id, fields), 'NOT_FOUND');
    }
    const action = await createPlanItem(w.leaderA, w.schoolA.id, fields);
    expect((await listPlanItems(w.trustViewerA, w.schoolA.id)).map((a) => a.id)).toContain(action.id);
    expect(await listPlanItems(w.trustAdminB, w.schoolA.id)).toEqual([]);
    expect(await listPlanItems(w.governorA, w.schoolA.id)).toEqual([]);
    await expectAppError(getPlanItem(w.leaderB, action.id), 'NOT_FOUND');
    await expectAppError(updatePlanItem(w.trustAdminB, action.id, 1, fields), 'NOT_FOUND');
  });

  it('refuses a stale edit', async () => {
    const action = await createPlanItem(w.leaderA, w.schoolA.id, fields);
    await updatePlanItem(w.leaderA, action.id, 1, { ...fields, status: 'IN_PROGRESS' });
    await expectAppError(updatePlanItem(w.leaderA, action.id, 1, { ...fields, status: 'DROPPED' }), 'CONFLICT');
    const done = await updatePlanItem(w.leaderA, action.id, 2, { ...fields, status: 'DONE' });
    expect(done).toBe(w.schoolA.id);
    expect((await prisma.planItem.findUniqueOrThrow({ where: { id: action.id } })).completedAt).not.toBeNull();
  });
});

// Learning goals and what serves them: kept by the school's leaders, linked from actions and the
// school's own purchases, refused to everyone else, and frozen into the published strategy,
// whose PDF opens with them.
import { strategySections } from '../support/strategy-sections';
import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/prisma';
import { renderStrategyPdf } from '@/lib/pdf/render-strategy';
import { getSchoolPurpose } from '@/lib/purpose/get-school-purpose';
import { createGoals, deleteGoal, listGoals, suggestedDrafts, updateGoal } from '@/lib/purpose/manage-goals';
import { setPurpose } from '@/lib/purpose/set-purpose';
import type { StrategyContent } from '@/lib/strategy/content';
import { publishStrategy, saveStrategy } from '@/lib/strategy/manage-strategy';
import { expectAppError } from '../support/expect-app-error';
import { pdfInfo } from '../support/pdf';
import { makeWorld } from '../support/factories';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeEach(async () => {
  w = await makeWorld();
});

const goal = { title: 'Better feedback', success: 'Pupils act on feedback within the lesson.', measure: 'Termly pupil voice.' };

describe('learning goals', () => {
  it('are kept by the school’s leaders, read by those who read its plan, and refused to others', async () => {
    const created = await createGoals(w.leaderA, w.schoolA.id, suggestedDrafts([0, 3, 4]));
    expect(created.map((g) => g.title)).toEqual(['Better feedback', 'Inclusion and access for pupils with SEND', 'Less staff workload']);
    // Starting from the same suggestions again adds nothing twice; more than six is refused.
    expect(await createGoals(w.leaderA, w.schoolA.id, suggestedDrafts([0]))).toEqual([]);
    await createGoals(w.leaderA, w.schoolA.id, suggestedDrafts([1, 2, 5]));
    await expectAppError(createGoals(w.leaderA, w.schoolA.id, suggestedDrafts([6])), 'CONFLICT', /at most 6 learning goals/);
    for (const actor of [w.contributorA, w.governorA, w.trustAdminA, w.trustViewerA, w.leaderB, w.trustAdminB]) {
      await expectAppError(createGoals(actor, w.schoolA.id, [goal]), 'NOT_FOUND');
      await expectAppError(updateGoal(actor, w.schoolA.id, created[0]!.id, 1, goal), 'NOT_FOUND');
      await expectAppError(deleteGoal(actor, w.schoolA.id, created[0]!.id, 1), 'NOT_FOUND');
    }
    expect(await listGoals(w.trustViewerA, w.schoolA.id)).toHaveLength(6);
    expect(await listGoals(w.leaderB, w.schoolA.id)).toEqual([]);
    await updateGoal(w.leaderA, w.schoolA.id, created[0]!.id, 1, { ...goal, title: 'Feedback that moves learning on' });
    await expectAppError(updateGoal(w.leaderA, w.schoolA.id, created[0]!.id, 1, goal), 'CONFLICT');
    expect(await prisma.auditEvent.count({ where: { schoolId: w.schoolA.id, event: { startsWith: 'goal.' } } })).toBe(7);
  });

  it('link actions and the school’s own purchases, flag what serves nothing, and let go when a goal is deleted', async () => {
    const [feedback, workload] = await createGoals(w.leaderA, w.schoolA.id, [goal, { ...goal, title: 'Less staff workload' }]);
    const quizzes = await prisma.planItem.create({ data: { schoolId: w.schoolA.id, title: 'Weekly quizzes', estimatedCostPence: 10_000 } });
    await prisma.planItem.create({
      data: { schoolId: w.schoolA.id, title: 'Replace the firewall', estimatedCostPence: 30_000, requirementCodes: ['cyber-security.firewall.in-place'] },
    });
    const laptops = await prisma.kitItem.create({
      data: { schoolId: w.schoolA.id, category: 'LAPTOP', makeModel: 'Dell 3340', quantity: 10, unitCostPence: 6_000 },
    });
    const trustBroadband = await prisma.contract.create({ data: { trustId: w.trustA.id, service: 'CLOUD_SUITE', supplier: 'Trust cloud' } });

    const before = await getSchoolPurpose(w.leaderA, w.schoolA.id);
    expect(before.summary.unlinked.map((e) => e.title).sort()).toEqual(['10 × laptop: Dell 3340', 'Weekly quizzes']);
    expect(before.summary.foundation.entries.map((e) => e.title)).toEqual(['Replace the firewall']);
    expect(before.summary.empty).toEqual(['Better feedback', 'Less staff workload']);

    await setPurpose(w.leaderA, w.schoolA.id, 'action', quizzes.id, [feedback!.id], false);
    await setPurpose(w.contributorA, w.schoolA.id, 'kit', laptops.id, [feedback!.id, workload!.id], false);
    const after = await getSchoolPurpose(w.trustViewerA, w.schoolA.id);
    expect(after.summary.unlinked).toEqual([]);
    expect(after.summary.goals.map((g) => [g.title, g.pence])).toEqual([
      ['Better feedback', 40_000],
      ['Less staff workload', 30_000],
    ]);
    expect(after.summary.shares).toEqual({ goals: 70, foundation: 30, unlinked: 0, totalPence: 100_000 });

    // Not another school's goals, not the trust's purchases, not by people who may not edit.
    const [otherGoal] = await createGoals(w.leaderB, w.schoolB.id, [goal]);
    await expectAppError(setPurpose(w.leaderA, w.schoolA.id, 'action', quizzes.id, [otherGoal!.id], false), 'VALIDATION');
    await expectAppError(setPurpose(w.leaderA, w.schoolA.id, 'contract', trustBroadband.id, [feedback!.id], false), 'NOT_FOUND');
    await expectAppError(setPurpose(w.governorA, w.schoolA.id, 'action', quizzes.id, [], true), 'NOT_FOUND');
    await expectAppError(setPurpose(w.contributorA, w.schoolA.id, 'action', quizzes.id, [], true), 'NOT_FOUND');
    await expectAppError(setPurpose(w.leaderB, w.schoolA.id, 'kit', laptops.id, [], true), 'NOT_FOUND');
    await expectAppError(getSchoolPurpose(w.governorA, w.schoolA.id), 'NOT_FOUND');

    await deleteGoal(w.leaderA, w.schoolA.id, feedback!.id, 1);
    expect((await prisma.planItem.findUniqueOrThrow({ where: { id: quizzes.id } })).goalIds).toEqual([]);
    expect((await prisma.kitItem.findUniqueOrThrow({ where: { id: laptops.id } })).goalIds).toEqual([workload!.id]);
    expect((await getSchoolPurpose(w.leaderA, w.schoolA.id)).summary.unlinked.map((e) => e.title)).toEqual(['Weekly quizzes']);
  });

  it('open the published strategy, with what serves each', async () => {
    const [feedback] = await createGoals(w.leaderA, w.schoolA.id, [goal]);
    await prisma.planItem.create({ data: { schoolId: w.schoolA.id, title: 'Weekly retrieval quizzes', goalIds: [feedback!.id] } });
    const sections = strategySections({ priorities: 'Turn on multi-factor sign-in', budget: '' });
    const saved = await saveStrategy(w.leaderA, w.schoolA.id, 0, sections);
    await publishStrategy(w.leaderA, w.schoolA.id, saved.version);
    const version = await prisma.strategyVersion.findFirstOrThrow({ where: { schoolId: w.schoolA.id } });
    const content = version.content as unknown as StrategyContent;
    expect(content.purpose?.goals).toEqual([{ ...goal, serves: ['Weekly retrieval quizzes'] }]);
    const { pages } = await pdfInfo(await renderStrategyPdf(content));
    const first = pages[1]!.replace(/\s+/g, ' ');
    expect(first).toContain('1. Vision and educational purpose');
    expect(first).toContain('Our learning goals');
    expect(first).toContain('1. Better feedback');
    expect(first).toContain('What serves it: Weekly retrieval quizzes.');
  }, 60_000);
});

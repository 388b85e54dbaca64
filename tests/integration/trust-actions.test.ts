import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/prisma';
import { updatePlanItem } from '@/lib/plan/manage-plan-items';
import { createTrustAction, getTrustAction, listTrustActions } from '@/lib/trust-actions/trust-actions';
import { expectAppError } from '../support/expect-app-error';
import { makeWorld } from '../support/factories';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

const fields = (overrides: Record<string, unknown> = {}) => ({
  title: 'Move every school to the trust’s filtering service',
  description: null,
  ownerUserId: null,
  ownerName: 'Trust IT team',
  ownerEmail: 'it@trust.test',
  dueDate: new Date('2027-03-31'),
  estimatedCostPence: 10_000,
  status: 'PLANNED' as const,
  requirementCodes: ['filtering-and-monitoring.filter.lists'],
  ...overrides,
});

beforeEach(async () => {
  w = await makeWorld();
});

describe('trust actions', () => {
  it('puts one action in each chosen school’s plan, shares the cost, and follows each school’s status', async () => {
    const action = await createTrustAction(w.trustAdminA, w.trustA.id, { costSplit: 'SHARED', schoolIds: [w.schoolA.id, w.schoolA2.id], fields: fields() });
    const items = await prisma.planItem.findMany({ where: { trustActionId: action.id }, orderBy: { estimatedCostPence: 'desc' } });
    expect(items.map((i) => i.schoolId).sort()).toEqual([w.schoolA.id, w.schoolA2.id].sort());
    expect(items.map((i) => i.estimatedCostPence)).toEqual([5_000, 5_000]);
    expect(items.every((i) => i.ownerEmail === 'it@trust.test' && i.title === fields().title)).toBe(true);

    // A school updates its own copy; the trust sees it, the other school's stays as it was.
    const mine = items.find((i) => i.schoolId === w.schoolA.id)!;
    await updatePlanItem(w.leaderA, mine.id, mine.version, { ...fields(), estimatedCostPence: 5_000, status: 'DONE' });
    const view = await getTrustAction(w.trustViewerA, w.trustA.id, action.id);
    expect(view.planItems.map((i) => [i.school.id, i.status]).sort()).toEqual(
      [
        [w.schoolA.id, 'DONE'],
        [w.schoolA2.id, 'PLANNED'],
      ].sort(),
    );
    expect((await listTrustActions(w.trustViewerA, w.trustA.id)).map((a) => a.id)).toEqual([action.id]);
    expect(await prisma.auditEvent.count({ where: { event: 'trust_action.created', targetId: action.id, trustId: w.trustA.id } })).toBe(1);
  });

  it('refuses another trust’s school, other trusts’ people, viewers and school leaders, and writes nothing', async () => {
    const before = await prisma.planItem.count();
    await expectAppError(
      createTrustAction(w.trustAdminA, w.trustA.id, { costSplit: 'EACH', schoolIds: [w.schoolA.id, w.schoolB.id], fields: fields() }),
      'VALIDATION',
    );
    for (const outsider of [w.trustAdminB, w.trustViewerA, w.leaderA]) {
      await expectAppError(createTrustAction(outsider, w.trustA.id, { costSplit: 'EACH', schoolIds: [w.schoolA.id], fields: fields() }), 'NOT_FOUND');
    }
    expect(await prisma.planItem.count()).toBe(before);
    expect(await prisma.trustAction.count({ where: { trustId: w.trustA.id } })).toBe(0);
    const action = await createTrustAction(w.trustAdminA, w.trustA.id, { costSplit: 'EACH', schoolIds: [w.schoolA.id], fields: fields() });
    for (const outsider of [w.trustAdminB, w.leaderA, w.leaderB]) {
      await expectAppError(getTrustAction(outsider, w.trustA.id, action.id), 'NOT_FOUND');
      expect(await listTrustActions(outsider, w.trustA.id)).toEqual([]);
    }
    // Naming their own trust does not reach another trust's action either.
    await expectAppError(getTrustAction(w.trustAdminB, w.trustB.id, action.id), 'NOT_FOUND');
  });
});

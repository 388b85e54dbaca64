import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue } from '@/lib/assessment/answer-options';
import { evaluate, summarise } from '@/lib/assessment/evaluate';
import { getCatalogue } from '@/lib/assessment/get-catalogue';
import { onQuery, prisma } from '@/lib/db/prisma';
import { DFE_2026_11 } from '@/lib/standards/catalogue';
import { loadCatalogue } from '@/lib/standards/load-catalogue';
import type { Actor } from '@/lib/tenancy/actor';
import { getTrustOverview } from '@/lib/trust-overview/get-trust-overview';
import { expectAppError } from '../support/expect-app-error';
import { makeTrust, makeWorld, member } from '../support/factories';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let catalogueVersionId: string;

const VALUES: AnswerValue[] = ['MET', 'MET', 'PARTLY_MET', 'NOT_MET', 'NOT_SURE'];

// Two completed cycles per school with every requirement answered, written in bulk.
async function assessSchools(schoolIds: string[], pick: (schoolIndex: number, requirementIndex: number, cycle: number) => AnswerValue) {
  const catalogue = await getCatalogue(catalogueVersionId);
  const codes = catalogue.flatMap((s) => s.requirements.map((r) => ({ code: r.code, hash: r.contentHash })));
  for (const cycle of [0, 1]) {
    const assessments = schoolIds.map((schoolId, schoolIndex) => {
      const values = new Map(codes.map((c, i) => [c.code, pick(schoolIndex, i, cycle)]));
      return {
        id: `t${randomBytes(8).toString('hex')}`,
        schoolId,
        catalogueVersionId,
        cycleLabel: cycle === 0 ? '2024/25' : '2025/26',
        status: 'COMPLETED' as const,
        startedAt: new Date(cycle === 0 ? '2024-10-01' : '2025-10-01'),
        completedAt: new Date(cycle === 0 ? '2025-06-01' : '2026-06-01'),
        summary: summarise(evaluate(catalogue, values)),
        values,
      };
    });
    await prisma.assessment.createMany({ data: assessments.map(({ values: _values, ...a }) => a) });
    await prisma.answer.createMany({
      data: assessments.flatMap((a) =>
        codes.map((c) => ({ assessmentId: a.id, requirementCode: c.code, value: a.values.get(c.code)!, requirementHash: c.hash })),
      ),
    });
  }
}

async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  let queries = 0;
  const stop = onQuery((sql) => {
    if (process.env.SHOW_SQL) console.log(sql.slice(0, 300));
    queries += 1;
  });
  try {
    return { result: await work(), queries };
  } finally {
    stop();
  }
}

beforeAll(async () => {
  w = await makeWorld();
  await loadCatalogue(prisma as never, DFE_2026_11);
  catalogueVersionId = (await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: DFE_2026_11.version } })).id;
  await assessSchools([w.schoolA.id, w.schoolA2.id, w.schoolB.id], (s, r, cycle) => VALUES[(s + r + cycle) % VALUES.length]!);
});

describe('trust comparison', () => {
  it('is for the trust’s own admins and viewers; everyone else gets "not found"', async () => {
    for (const actor of [w.trustViewerA, w.trustAdminA, w.platformAdmin]) {
      const overview = await getTrustOverview(actor, w.trustA.id);
      expect(overview.rows.map((r) => r.id).sort()).toEqual([w.schoolA.id, w.schoolA2.id].sort());
      expect(overview.columns).toHaveLength(12);
    }
    const refused: Actor[] = [w.trustAdminB, w.leaderB, w.leaderA, w.contributorA, w.governorA, w.standaloneLeader];
    for (const actor of refused) {
      await expectAppError(getTrustOverview(actor, w.trustA.id), 'NOT_FOUND');
    }
    await expectAppError(getTrustOverview(w.trustViewerA, w.trustB.id), 'NOT_FOUND');
    await expectAppError(getTrustOverview(w.trustViewerA, 'not-a-real-id'), 'NOT_FOUND');
  });

  it('never mixes in another trust’s schools, answers or actions', async () => {
    await prisma.planItem.create({ data: { schoolId: w.schoolB.id, title: 'Trust B overdue action', dueDate: new Date('2020-01-01') } });
    await prisma.planItem.create({ data: { schoolId: w.schoolA.id, title: 'Trust A overdue action', dueDate: new Date('2020-01-01') } });
    await prisma.planItem.create({ data: { schoolId: w.schoolA.id, title: 'Done, not overdue', dueDate: new Date('2020-01-01'), status: 'DONE' } });
    const overview = await getTrustOverview(w.trustViewerA, w.trustA.id);
    expect(overview.rows.find((r) => r.id === w.schoolA.id)!.overdueActions).toBe(1);
    expect(overview.rows.reduce((sum, r) => sum + r.overdueActions, 0)).toBe(1);
    expect(overview.assessedSchools).toBe(2);
    // Every gap count is out of this trust's two schools, never trust B's.
    for (const gap of overview.gaps) expect(gap.schools).toBeLessThanOrEqual(2);
    const worst = overview.gaps[0]!;
    const expected = await prisma.answer.count({
      where: {
        requirementCode: worst.code,
        value: { in: ['NOT_MET', 'NOT_SURE', 'PARTLY_MET'] },
        assessment: { schoolId: { in: [w.schoolA.id, w.schoolA2.id] }, cycleLabel: '2025/26' },
      },
    });
    expect(worst.schools).toBe(expected);
    // The most common gaps name their schools, this trust's only.
    expect(overview.gapSchools[worst.code]).toHaveLength(expected);
    for (const name of overview.gapSchools[worst.code]!) expect([w.schoolA.name, w.schoolA2.name]).toContain(name);
    expect(overview.trends.map((t) => t.cycleLabel)).toEqual(['2024/25', '2025/26']);
  });

  it('leaves archived schools out', async () => {
    const { trust, schools } = await makeTrust(2);
    const viewer = await member('TRUST_VIEWER', { trustId: trust.id });
    await prisma.school.update({ where: { id: schools[1]!.id }, data: { archivedAt: new Date() } });
    const overview = await getTrustOverview(viewer, trust.id);
    expect(overview.rows.map((r) => r.id)).toEqual([schools[0]!.id]);
  });

  it('takes the same small number of queries for a 5-school trust and an 80-school trust', async () => {
    const small = await makeTrust(5);
    const large = await makeTrust(80);
    await assessSchools(
      small.schools.map((s) => s.id),
      (s, r) => VALUES[(s * 7 + r) % VALUES.length]!,
    );
    await assessSchools(
      large.schools.map((s) => s.id),
      (s, r) => VALUES[(s * 7 + r) % VALUES.length]!,
    );
    for (const school of large.schools.slice(0, 40)) {
      await prisma.planItem.create({ data: { schoolId: school.id, title: 'Overdue', dueDate: new Date('2020-01-01') } });
    }
    const smallViewer = await member('TRUST_VIEWER', { trustId: small.trust.id });
    const largeViewer = await member('TRUST_VIEWER', { trustId: large.trust.id });

    const five = await countQueries(() => getTrustOverview(smallViewer, small.trust.id));
    const eighty = await countQueries(() => getTrustOverview(largeViewer, large.trust.id));
    expect(five.result.rows).toHaveLength(5);
    expect(eighty.result.rows).toHaveLength(80);
    expect(eighty.result.rows.filter((r) => r.overdueActions > 0)).toHaveLength(40);
    expect(eighty.result.gaps.length).toBeGreaterThan(0);
    expect(five.queries).toBeGreaterThan(0);
    expect(eighty.queries).toBe(five.queries);
    // Thirteen statements today (see computeTrustOverview); the point is that the number never grows.
    expect(eighty.queries).toBeLessThanOrEqual(15);
    // The next request finds it in memory: the trust (the tenant check, its data version) and the newest catalogue only.
    const again = await countQueries(() => getTrustOverview(largeViewer, large.trust.id));
    expect(again.queries).toBe(2);
    expect(again.result.rows).toEqual(eighty.result.rows);
  });

  it('with work in progress shown, scores drafts live, central answers included, in a bounded number of queries', async () => {
    const { trust, schools } = await makeTrust(3);
    await assessSchools(
      schools.map((s) => s.id),
      () => 'NOT_MET',
    );
    const catalogue = await getCatalogue(catalogueVersionId);
    const [first, second] = [catalogue[0]!, catalogue[1]!];
    const draftOf = (index: number) =>
      prisma.assessment.create({ data: { schoolId: schools[index]!.id, openForSchoolId: schools[index]!.id, catalogueVersionId, cycleLabel: '2026/27' } });
    const draft = await draftOf(0);
    await prisma.answer.createMany({
      data: first.requirements.map((r) => ({ assessmentId: draft.id, requirementCode: r.code, value: 'MET' as const, requirementHash: r.contentHash })),
    });
    await draftOf(1);
    // The trust answers the second standard for all its schools.
    await prisma.centralService.create({ data: { trustId: trust.id, covers: `standard:${second.slug}` } });
    await prisma.centralAnswer.createMany({
      data: second.requirements.map((r) => ({ trustId: trust.id, requirementCode: r.code, value: 'MET' as const, requirementHash: r.contentHash })),
    });
    const viewer = await member('TRUST_VIEWER', { trustId: trust.id });

    const completedOnly = await countQueries(() => getTrustOverview(viewer, trust.id));
    expect(completedOnly.result.rows.every((r) => !r.fromDraft)).toBe(true);
    const live = await countQueries(() => getTrustOverview(viewer, trust.id, { includeDrafts: true }));
    const row = (index: number) => live.result.rows.find((r) => r.id === schools[index]!.id)!;
    expect(row(0)).toMatchObject({ fromDraft: true, scoredCycleId: draft.id });
    expect(row(0).standards[first.slug]!.score).toBe(100);
    expect(row(0).standards[second.slug]!.score).toBe(100);
    // A draft with nothing of its own answered still shows what the trust answered for it.
    expect(row(1).fromDraft).toBe(true);
    expect(row(1).standards[second.slug]!.score).toBe(100);
    expect(row(2)).toMatchObject({ fromDraft: false });
    expect(row(2).standards[first.slug]!.score).toBe(0);
    // The drafts' answers, the trust's central services, its answers and their authors' names.
    expect(live.queries).toBeLessThanOrEqual(completedOnly.queries + 4);
  });

  it('is served from memory only while nothing it shows has changed', async () => {
    const { trust, schools } = await makeTrust(2);
    await assessSchools(
      schools.map((s) => s.id),
      () => 'NOT_MET',
    );
    const viewer = await member('TRUST_VIEWER', { trustId: trust.id });
    const first = await getTrustOverview(viewer, trust.id);
    expect((await countQueries(() => getTrustOverview(viewer, trust.id))).queries).toBe(2);

    // Each kind of change, made straight in the database as another app instance would, is seen
    // on the very next request.
    await prisma.school.update({ where: { id: schools[0]!.id }, data: { name: 'Renamed Academy' } });
    const renamed = await getTrustOverview(viewer, trust.id);
    expect(renamed.rows.map((r) => r.name)).toContain('Renamed Academy');

    await prisma.planItem.create({ data: { schoolId: schools[1]!.id, title: 'Overdue', dueDate: new Date('2020-01-01') } });
    expect((await getTrustOverview(viewer, trust.id)).rows.find((r) => r.id === schools[1]!.id)!.overdueActions).toBe(1);

    const latest = first.rows[0]!.latest!.assessmentId;
    const code = first.gaps[0]!.code;
    await prisma.answer.updateMany({ where: { assessmentId: latest, requirementCode: code }, data: { value: 'MET' } });
    const afterAnswer = await getTrustOverview(viewer, trust.id);
    expect(afterAnswer.gaps.find((g) => g.code === code)!.schools).toBe(first.gaps[0]!.schools - 1);

    // A register line, of the school or of the trust, changes the next big spend.
    const laptops = await prisma.kitItem.create({
      data: {
        schoolId: schools[0]!.id,
        category: 'LAPTOP',
        makeModel: 'Dell Latitude 3310',
        quantity: 40,
        operatingSystem: 'Windows 10',
        unitCostPence: 45_000,
      },
    });
    expect((await getTrustOverview(viewer, trust.id)).spends.get(schools[0]!.id)).toMatchObject({ pence: 1_800_000, overdue: true });
    await prisma.contract.create({
      data: { trustId: trust.id, service: 'BROADBAND', supplier: 'Trust ISP', endDate: new Date('2099-08-31'), annualCostPence: 500_000 },
    });
    expect((await getTrustOverview(viewer, trust.id)).spends.get(schools[1]!.id)).toMatchObject({ what: 'Broadband contract', pence: 500_000 });
    await prisma.kitItem.delete({ where: { id: laptops.id } });
    expect((await getTrustOverview(viewer, trust.id)).spends.get(schools[0]!.id)).toMatchObject({ what: 'Broadband contract' });

    await prisma.school.update({ where: { id: schools[1]!.id }, data: { archivedAt: new Date() } });
    expect((await getTrustOverview(viewer, trust.id)).rows.map((r) => r.id)).toEqual([schools[0]!.id]);

    // A new day can make actions overdue: the day is part of the key.
    const tomorrow = await getTrustOverview(viewer, trust.id, { now: new Date(Date.now() + 86_400_000) });
    expect(tomorrow.rows).toHaveLength(1);
  });

  it('never serves one trust’s view, or one person’s reach, to another', async () => {
    const one = await makeTrust(2);
    const two = await makeTrust(3);
    await assessSchools(
      [...one.schools, ...two.schools].map((s) => s.id),
      () => 'MET',
    );
    const viewerOne = await member('TRUST_VIEWER', { trustId: one.trust.id });
    const viewerTwo = await member('TRUST_VIEWER', { trustId: two.trust.id });
    expect((await getTrustOverview(viewerOne, one.trust.id)).rows).toHaveLength(2);
    // Trust one's view is in memory; its viewer still cannot have trust two's, nor the reverse.
    await expectAppError(getTrustOverview(viewerOne, two.trust.id), 'NOT_FOUND');
    await expectAppError(getTrustOverview(viewerTwo, one.trust.id), 'NOT_FOUND');
    const twoView = await getTrustOverview(viewerTwo, two.trust.id);
    expect(twoView.trust.id).toBe(two.trust.id);
    expect(twoView.rows.map((r) => r.id).sort()).toEqual(two.schools.map((s) => s.id).sort());

    // Losing the membership ends access at once, cached view or not.
    await prisma.membership.deleteMany({ where: { userId: viewerOne.userId, trustId: one.trust.id } });
    await expectAppError(getTrustOverview(viewerOne, one.trust.id), 'NOT_FOUND');
  });

  it('computes once for people arriving together', async () => {
    const { trust, schools } = await makeTrust(2);
    await assessSchools(
      schools.map((s) => s.id),
      () => 'MET',
    );
    const viewer = await member('TRUST_VIEWER', { trustId: trust.id });
    const together = await countQueries(() => Promise.all([0, 1, 2, 3].map(() => getTrustOverview(viewer, trust.id))));
    const alone = await countQueries(async () => {
      await prisma.school.update({ where: { id: schools[0]!.id }, data: { name: 'Changed' } });
      return getTrustOverview(viewer, trust.id);
    });
    // Four tenant checks (two queries each) and one computation, against one update, one check and one computation.
    expect(together.queries).toBe(alone.queries - 1 + 3 * 2);
    expect(together.result.every((o) => o.rows.length === 2)).toBe(true);
  });
});

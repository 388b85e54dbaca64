// The end-of-cycle review of goals and platforms: kept by the strategy's editors, one row per
// subject per cycle, never a lost update, and shown first in the published strategy's PDF.
import { strategySections } from '../support/strategy-sections';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/prisma';
import { renderStrategyPdf } from '@/lib/pdf/render-strategy';
import { getPurposeReview, lastReview, savePurposeReview } from '@/lib/purpose/manage-review';
import type { StrategyContent } from '@/lib/strategy/content';
import { publishStrategy, saveStrategy } from '@/lib/strategy/manage-strategy';
import { expectAppError } from '../support/expect-app-error';
import { makeCatalogues } from '../support/catalogue-fixture';
import { makeWorld } from '../support/factories';
import { loadCatalogue } from '@/lib/standards/load-catalogue';
import { pdfInfo } from '../support/pdf';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let cycleId: string;
let goalId: string;
let platformId: string;

beforeAll(async () => {
  w = await makeWorld();
  const { a } = makeCatalogues();
  await loadCatalogue(prisma as never, a);
  const catalogue = await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: a.version } });
  cycleId = (
    await prisma.assessment.create({ data: { schoolId: w.schoolA.id, openForSchoolId: w.schoolA.id, cycleLabel: '2026/27', catalogueVersionId: catalogue.id } })
  ).id;
  goalId = (
    await prisma.learningGoal.create({
      data: { schoolId: w.schoolA.id, title: 'Better feedback', success: 'Pupils act on feedback.', measure: 'Pupil voice.', position: 1 },
    })
  ).id;
  platformId = (
    await prisma.contract.create({ data: { schoolId: w.schoolA.id, service: 'OTHER', supplier: 'Seesaw', annualCostPence: 180_000, goalIds: [goalId] } })
  ).id;
});

const entry = (overrides: Partial<Parameters<typeof savePurposeReview>[3][number]> = {}) => ({
  subject: 'CONTRACT' as const,
  subjectId: platformId,
  rating: 'SOMEWHAT' as const,
  adoption: 35,
  note: 'Four of eleven classes.',
  evidenceLinks: [],
  version: 0,
  ...overrides,
});

describe('the end-of-cycle review', () => {
  it('lists the cycle in progress, the school’s goals and the platforms it pays for', async () => {
    const { cycle, subjects } = await getPurposeReview(w.leaderA, w.schoolA.id);
    expect(cycle?.id).toBe(cycleId);
    expect(subjects.map((s) => s.title)).toEqual(['Better feedback', 'Other: Seesaw']);
  });

  it('is saved by the strategy’s editors only, and refuses a subject of another school', async () => {
    for (const actor of [w.contributorA, w.governorA, w.trustAdminA, w.adviserReadA, w.leaderB]) {
      await expectAppError(savePurposeReview(actor, w.schoolA.id, cycleId, [entry()]), 'NOT_FOUND');
    }
    const elsewhere = await prisma.contract.create({ data: { schoolId: w.schoolB.id, service: 'MIS', supplier: 'Elsewhere' } });
    await expectAppError(savePurposeReview(w.leaderA, w.schoolA.id, cycleId, [entry({ subjectId: elsewhere.id })]), 'CONFLICT');
    expect(await prisma.purposeReview.count({ where: { assessmentId: cycleId } })).toBe(0);
  });

  it('keeps one row per subject and cycle, and refuses a stale save', async () => {
    await savePurposeReview(w.leaderA, w.schoolA.id, cycleId, [entry(), entry({ subject: 'GOAL', subjectId: goalId, adoption: null, rating: 'NO' })]);
    await expectAppError(savePurposeReview(w.adviserContributeA, w.schoolA.id, cycleId, [entry({ rating: 'HELPED' })]), 'CONFLICT');
    await savePurposeReview(w.adviserContributeA, w.schoolA.id, cycleId, [entry({ version: 1, adoption: 30 })]);
    const rows = await prisma.purposeReview.findMany({ where: { assessmentId: cycleId }, orderBy: { subject: 'asc' } });
    expect(rows.map((r) => [r.subject, r.version, r.adoption])).toEqual([
      ['GOAL', 1, null],
      ['CONTRACT', 2, 30],
    ]);
    expect(await prisma.auditEvent.count({ where: { event: 'purpose.reviewed', targetId: cycleId } })).toBe(2);
    const last = await lastReview(w.schoolA.id);
    expect(last?.underused).toEqual(['Other: Seesaw']);
    expect(last?.followUps).toHaveLength(2);
  });

  it('opens the published strategy, goals first, then what the review found', async () => {
    const sections = strategySections({
      vision: 'Feedback pupils act on.',
      priorities: 'Turn on multi-factor sign-in',
      budget: '',
      aiStance: 'Approved tools only.',
    });
    const saved = await saveStrategy(w.leaderA, w.schoolA.id, 0, sections);
    await publishStrategy(w.leaderA, w.schoolA.id, saved.version);
    const version = await prisma.strategyVersion.findFirstOrThrow({ where: { schoolId: w.schoolA.id }, orderBy: { number: 'desc' } });
    const content = version.content as unknown as StrategyContent;
    expect(content.purpose?.review?.cycleLabel).toBe('2026/27');
    const { pages } = await pdfInfo(await renderStrategyPdf(content));
    const text = pages.join(' ').replace(/\s+/g, ' ');
    expect(text.indexOf('Our learning goals')).toBeLessThan(text.indexOf('What our 2026/27 review found'));
    expect(text).toContain('Other: Seesaw: it helped a little, used by 30% of the staff or classes it is for (underused)');
    expect(text).toContain('This cycle we pick up:');
  }, 60_000);
});

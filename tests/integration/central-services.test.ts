import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { completeAssessment } from '@/lib/assessment/complete-assessment';
import { getAssessment } from '@/lib/assessment/get-assessments';
import { startAssessment } from '@/lib/assessment/start-assessment';
import { getCentralServices, saveCentralAnswers, setStandardCoverage } from '@/lib/central/central-services';
import { clearLocalDifference, recordLocalDifference } from '@/lib/central/local-difference';
import { prisma } from '@/lib/db/prisma';
import { DFE_2026_12 } from '@/lib/standards/catalogue';
import { loadCatalogue } from '@/lib/standards/load-catalogue';
import { expectAppError } from '../support/expect-app-error';
import { answerEverything, makeWorld } from '../support/factories';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

const standard = DFE_2026_12.standards.find((s) => s.slug === 'broadband-internet')!;
const codes = standard.requirements.map((r) => r.code);
const entry = (code: string, value: 'MET' | 'NOT_MET' | 'PARTLY_MET', version = 0) => ({
  code,
  value,
  reason: '',
  note: 'Trust contract with the provider',
  links: [],
  version,
});

beforeAll(async () => {
  await loadCatalogue(prisma as never, DFE_2026_12);
});

beforeEach(async () => {
  w = await makeWorld();
});

const broadbandScore = async (actor: World['leaderA'], schoolId: string, assessmentId: string) => {
  const { evaluation } = await getAssessment(actor, schoolId, assessmentId);
  return evaluation.standards.find((s) => s.slug === standard.slug)!.result;
};

describe('central services', () => {
  it('a central answer changes a covered school’s score and not an uncovered one’s', async () => {
    const covered = await startAssessment(w.leaderA, w.schoolA.id);
    const leaderA2 = await prisma.membership.create({ data: { userId: w.contributorA.userId, schoolId: w.schoolA2.id, role: 'SCHOOL_LEADER' } });
    expect(leaderA2).toBeTruthy();
    const uncovered = await startAssessment(w.contributorA, w.schoolA2.id);
    // Only school A is covered.
    await setStandardCoverage(w.trustAdminA, w.trustA.id, { standardSlug: standard.slug, mode: 'standard', codes: [], schoolIds: [w.schoolA.id] });
    expect((await broadbandScore(w.leaderA, w.schoolA.id, covered.id)).answered).toBe(0);
    await saveCentralAnswers(w.trustAdminA, w.trustA.id, { standardSlug: standard.slug, entries: codes.map((code) => entry(code, 'MET')) });

    const result = await broadbandScore(w.leaderA, w.schoolA.id, covered.id);
    expect(result).toMatchObject({ answered: codes.length, score: 100 });
    const detail = await getAssessment(w.leaderA, w.schoolA.id, covered.id);
    expect(detail.effective.get(codes[0]!)).toEqual({ value: 'MET', origin: 'TRUST' });
    expect((await broadbandScore(w.contributorA, w.schoolA2.id, uncovered.id)).answered).toBe(0);
    const overview = await getCentralServices(w.trustAdminA, w.trustA.id);
    expect(overview.answers.get(codes[0]!)!.updatedBy!.name).toBe(w.trustAdminA.name);
  });

  it('keeps a local difference when the trust changes its answer, until the school goes back to it', async () => {
    const draft = await startAssessment(w.leaderA, w.schoolA.id);
    await setStandardCoverage(w.trustAdminA, w.trustA.id, { standardSlug: standard.slug, mode: 'requirements', codes: [codes[0]!], schoolIds: [] });
    await saveCentralAnswers(w.trustAdminA, w.trustA.id, { standardSlug: standard.slug, entries: [entry(codes[0]!, 'MET')] });
    await recordLocalDifference(w.leaderA, { assessmentId: draft.id, entry: entry(codes[0]!, 'NOT_MET'), localReason: 'Our annexe is on its own line' });
    await saveCentralAnswers(w.trustAdminA, w.trustA.id, { standardSlug: standard.slug, entries: [entry(codes[0]!, 'PARTLY_MET', 1)] });
    let detail = await getAssessment(w.leaderA, w.schoolA.id, draft.id);
    expect(detail.effective.get(codes[0]!)).toEqual({ value: 'NOT_MET', origin: 'LOCAL' });
    const differences = (await getCentralServices(w.trustViewerA, w.trustA.id)).differences;
    expect(differences.map((d) => [d.assessment.school.id, d.requirementCode, d.localReason])).toEqual([
      [w.schoolA.id, codes[0], 'Our annexe is on its own line'],
    ]);

    await clearLocalDifference(w.leaderA, { assessmentId: draft.id, code: codes[0]! });
    detail = await getAssessment(w.leaderA, w.schoolA.id, draft.id);
    expect(detail.effective.get(codes[0]!)).toEqual({ value: 'PARTLY_MET', origin: 'TRUST' });
    // The school's own answer is kept, just no longer counted.
    expect(detail.answers.get(codes[0]!)!.value).toBe('NOT_MET');
  });

  it('completing a cycle freezes the trust’s answers; a later change by the trust updates open drafts only', async () => {
    const draft = await startAssessment(w.leaderA, w.schoolA.id);
    await setStandardCoverage(w.trustAdminA, w.trustA.id, { standardSlug: standard.slug, mode: 'standard', codes: [], schoolIds: [] });
    await saveCentralAnswers(w.trustAdminA, w.trustA.id, { standardSlug: standard.slug, entries: codes.map((code) => entry(code, 'MET')) });
    await answerEverything(draft.id, 'NOT_MET');
    // answerEverything fills the school's own rows; the trust's answer still counts for covered ones.
    await completeAssessment(w.leaderA, draft.id);
    const frozen = await prisma.answer.findMany({ where: { assessmentId: draft.id, requirementCode: { in: codes } } });
    expect(frozen.every((a) => a.value === 'MET' && a.fromTrust && a.updatedById === w.trustAdminA.userId)).toBe(true);

    await saveCentralAnswers(w.trustAdminA, w.trustA.id, { standardSlug: standard.slug, entries: codes.map((code) => entry(code, 'NOT_MET', 1)) });
    const completed = await getAssessment(w.leaderA, w.schoolA.id, draft.id);
    expect(completed.evaluation.standards.find((s) => s.slug === standard.slug)!.result.score).toBe(100);
    expect(completed.effective.get(codes[0]!)!.origin).toBe('TRUST');
    const next = await startAssessment(w.leaderA, w.schoolA.id);
    expect((await broadbandScore(w.leaderA, w.schoolA.id, next.id)).score).toBe(0);
  });

  it('refuses another trust, viewers and schools, and refuses a stale central save', async () => {
    await setStandardCoverage(w.trustAdminA, w.trustA.id, { standardSlug: standard.slug, mode: 'standard', codes: [], schoolIds: [] });
    for (const outsider of [w.trustAdminB, w.leaderB, w.leaderA, w.trustViewerA]) {
      await expectAppError(saveCentralAnswers(outsider, w.trustA.id, { standardSlug: standard.slug, entries: [entry(codes[0]!, 'MET')] }), 'NOT_FOUND');
      await expectAppError(setStandardCoverage(outsider, w.trustA.id, { standardSlug: standard.slug, mode: 'none', codes: [], schoolIds: [] }), 'NOT_FOUND');
    }
    for (const outsider of [w.trustAdminB, w.leaderB, w.leaderA]) await expectAppError(getCentralServices(outsider, w.trustA.id), 'NOT_FOUND');
    // Another trust's school cannot be chosen, nor a school record a difference in another's draft.
    await expectAppError(
      setStandardCoverage(w.trustAdminA, w.trustA.id, { standardSlug: standard.slug, mode: 'standard', codes: [], schoolIds: [w.schoolB.id] }),
      'VALIDATION',
    );
    const draft = await startAssessment(w.leaderA, w.schoolA.id);
    await expectAppError(recordLocalDifference(w.leaderB, { assessmentId: draft.id, entry: entry(codes[0]!, 'MET'), localReason: 'Not ours' }), 'NOT_FOUND');
    await expectAppError(recordLocalDifference(w.governorA, { assessmentId: draft.id, entry: entry(codes[0]!, 'MET'), localReason: 'Read only' }), 'NOT_FOUND');

    await saveCentralAnswers(w.trustAdminA, w.trustA.id, { standardSlug: standard.slug, entries: [entry(codes[0]!, 'MET')] });
    await expectAppError(
      saveCentralAnswers(w.trustAdminA, w.trustA.id, { standardSlug: standard.slug, entries: [entry(codes[0]!, 'NOT_MET', 0)] }),
      'CONFLICT',
    );
    expect((await prisma.centralAnswer.findFirstOrThrow({ where: { trustId: w.trustA.id, requirementCode: codes[0]! } })).value).toBe('MET');
    expect(await prisma.centralAnswer.count({ where: { trustId: w.trustB.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { trustId: w.trustA.id, event: { startsWith: 'central.' } } })).toBe(2);
  });
});

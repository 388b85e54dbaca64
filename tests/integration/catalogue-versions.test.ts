import { beforeAll, describe, expect, it } from 'vitest';
import { completeAssessment } from '@/lib/assessment/complete-assessment';
import { getAssessment } from '@/lib/assessment/get-assessments';
import { newerCatalogueFor } from '@/lib/assessment/get-catalogue';
import { getCatalogueChangelog } from '@/lib/assessment/catalogue-changelog';
import { moveDraftToCatalogue } from '@/lib/assessment/move-draft';
import { saveStandardAnswers } from '@/lib/assessment/save-answers';
import { startAssessment } from '@/lib/assessment/start-assessment';
import { prisma } from '@/lib/db/prisma';
import { DFE_2026_11, DFE_2026_12 } from '@/lib/standards/catalogue';
import { catalogueEntries } from '@/lib/standards/catalogue-entries';
import { diffCatalogues } from '@/lib/standards/catalogue-diff';
import { loadCatalogue } from '@/lib/standards/load-catalogue';
import { makeCatalogues } from '../support/catalogue-fixture';
import { expectAppError } from '../support/expect-app-error';
import { answerEverything, makeWorld, member } from '../support/factories';

// The real December 2026 release against the real November one: what a school sees.
type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let v11: string;
let v12: string;
let leaderA2: Awaited<ReturnType<typeof member>>;
const changes = diffCatalogues(catalogueEntries(DFE_2026_11.standards), catalogueEntries(DFE_2026_12.standards));
const CHANGED = changes.changed[0]!.code; // question, strength or timing changed
const UPDATED = changes.updated[0]!.code; // clearer hint only
const ADDED = changes.added[0]!.code;
const hashesOf = async (versionId: string) =>
  new Map(
    (await prisma.requirement.findMany({ where: { catalogueVersionId: versionId }, select: { code: true, contentHash: true } })).map((r) => [
      r.code,
      r.contentHash,
    ]),
  );
const answersOf = async (assessmentId: string) => new Map((await prisma.answer.findMany({ where: { assessmentId } })).map((a) => [a.requirementCode, a]));

beforeAll(async () => {
  w = await makeWorld();
  leaderA2 = await member('SCHOOL_LEADER', { schoolId: w.schoolA2.id });
  await loadCatalogue(prisma as never, DFE_2026_11);
  v11 = (await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: '2026.11' } })).id;
  await loadCatalogue(prisma as never, DFE_2026_12);
  v12 = (await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: '2026.12' } })).id;
});

describe('the next cycle on the December 2026 catalogue', () => {
  it('carries answers over, flags only changed questions, and leaves the completed 2026.11 cycle as it was', async () => {
    const first = await startAssessment(w.leaderA, w.schoolA.id, { catalogueVersionId: v11 });
    await answerEverything(first.id, 'MET');
    await completeAssessment(w.leaderA, first.id);
    const before = await getAssessment(w.leaderA, w.schoolA.id, first.id);

    const next = await startAssessment(w.leaderA, w.schoolA.id, { catalogueVersionId: v12 });
    expect(next.catalogueVersionId).toBe(v12);
    const answers = await answersOf(next.id);
    const current = await hashesOf(v12);
    // Every 2026.11 answer carries over (nothing was retired); new requirements wait for an answer.
    expect(answers.size).toBe(DFE_2026_11.standards.flatMap((s) => s.requirements).length);
    expect(answers.has(ADDED)).toBe(false);
    expect(answers.get(CHANGED)!.requirementHash).not.toBe(current.get(CHANGED));
    expect(answers.get(UPDATED)!.requirementHash).toBe(current.get(UPDATED));
    const flagged = [...answers.values()].filter((a) => a.requirementHash !== current.get(a.requirementCode)).map((a) => a.requirementCode);
    expect(flagged.sort()).toEqual(changes.changed.map((c) => c.code).sort());

    // The completed cycle still scores and reads against 2026.11, exactly as before.
    const after = await getAssessment(w.leaderA, w.schoolA.id, first.id);
    expect(after.evaluation).toEqual(before.evaluation);
    expect(after.catalogue.flatMap((s) => s.requirements)).toHaveLength(205);
    expect(after.assessment.catalogueVersion.version).toBe('2026.11');
    expect(after.catalogue.flatMap((s) => s.requirements).find((r) => r.code === 'cyber-security.accounts.mfa')!.timing.kind).toBe('AT_TRIGGER');
    expect(await newerCatalogueFor(after.assessment)).toBeNull();
  });
});

describe('moving a draft to the December 2026 catalogue', () => {
  it('is for the school’s leaders only, and changes nothing for anyone else', async () => {
    const draft = await startAssessment(leaderA2, w.schoolA2.id, { catalogueVersionId: v11 });
    // School A's own leader and contributor included: this is school A2's draft.
    for (const actor of [w.leaderA, w.contributorA, w.governorA, w.trustAdminA, w.trustViewerA, w.leaderB, w.trustAdminB]) {
      await expectAppError(moveDraftToCatalogue(actor, { assessmentId: draft.id, catalogueVersionId: v12 }), 'NOT_FOUND');
    }
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: draft.id } })).catalogueVersionId).toBe(v11);
  });

  it('keeps unchanged answers as they were, flags changed ones, and lets new ones be answered', async () => {
    const draft = (await prisma.assessment.findUniqueOrThrow({ where: { openForSchoolId: w.schoolA2.id } }))!;
    const detail = await getAssessment(leaderA2, w.schoolA2.id, draft.id);
    expect((await newerCatalogueFor(detail.assessment))?.id).toBe(v12);
    await answerEverything(draft.id, 'NOT_MET');
    const old = await answersOf(draft.id);

    const result = await moveDraftToCatalogue(leaderA2, { assessmentId: draft.id, catalogueVersionId: v12 });
    expect(result).toMatchObject({ moved: true, kept: 205, flagged: changes.changed.length, removed: 0 });
    const moved = await answersOf(draft.id);
    const current = await hashesOf(v12);
    for (const [code, answer] of moved) {
      // The answer itself and its version are untouched, so a form open elsewhere still saves.
      expect(answer.value, code).toBe(old.get(code)!.value);
      expect(answer.version, code).toBe(old.get(code)!.version);
    }
    expect(moved.get(UPDATED)!.requirementHash).toBe(current.get(UPDATED));
    expect(moved.get(CHANGED)!.requirementHash).not.toBe(current.get(CHANGED));
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { event: 'assessment.catalogue-moved', targetId: draft.id } });
    expect(audit.after).toMatchObject({ catalogue: '2026.12', flaggedForReview: changes.changed.length });

    // A new requirement can now be answered, and re-saving a changed one clears its flag.
    const slugOf = (code: string) => code.split('.')[0]!;
    await saveStandardAnswers(leaderA2, {
      assessmentId: draft.id,
      standardSlug: slugOf(ADDED),
      entries: [{ code: ADDED, value: 'MET', reason: '', note: '', links: [], version: 0 }],
    });
    await saveStandardAnswers(leaderA2, {
      assessmentId: draft.id,
      standardSlug: slugOf(CHANGED),
      entries: [{ code: CHANGED, value: 'MET', reason: '', note: '', links: [], version: moved.get(CHANGED)!.version }],
    });
    const answered = await answersOf(draft.id);
    expect(answered.get(ADDED)!.value).toBe('MET');
    expect(answered.get(CHANGED)!.requirementHash).toBe(current.get(CHANGED));

    // Moving again does nothing; moving back to an older catalogue is refused.
    expect((await moveDraftToCatalogue(leaderA2, { assessmentId: draft.id, catalogueVersionId: v12 })).moved).toBe(false);
    await expectAppError(moveDraftToCatalogue(leaderA2, { assessmentId: draft.id, catalogueVersionId: v11 }), 'CONFLICT');
  });

  it('publishes what changed, in plain words, for anyone to read', async () => {
    const changelog = await getCatalogueChangelog('2026.12');
    expect(changelog?.previous?.version).toBe('2026.11');
    expect(changelog?.changes?.added.length).toBe(changes.added.length);
    expect(await getCatalogueChangelog('1999.01')).toBeNull();
    expect(await getCatalogueChangelog('not a version')).toBeNull();
  });

  it('takes answers to retired requirements out of the draft and keeps them in the audit log', async () => {
    const { a, b } = makeCatalogues();
    await loadCatalogue(prisma as never, a);
    await loadCatalogue(prisma as never, b);
    const [va, vb] = await Promise.all([a, b].map(async (c) => (await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: c.version } })).id));
    const standalone = w.standalone;
    const draft = await startAssessment(w.standaloneLeader, standalone.id, { catalogueVersionId: va });
    await answerEverything(draft.id, 'MET');
    const result = await moveDraftToCatalogue(w.standaloneLeader, { assessmentId: draft.id, catalogueVersionId: vb! });
    expect(result).toMatchObject({ moved: true, kept: 4, flagged: 1, removed: 1 });
    expect((await answersOf(draft.id)).has('network.wifi.old-kit')).toBe(false);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { event: 'assessment.catalogue-moved', targetId: draft.id } });
    expect(audit.before).toMatchObject({ retiredAnswers: { 'network.wifi.old-kit': { value: 'MET' } } });
  });
});

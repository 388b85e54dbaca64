// The AI tool register: kept by the school's leaders and contributors, read by everyone who reads
// its registers, refused to everyone else; edits are audited and never overwrite a newer save.
import { strategySections } from '../support/strategy-sections';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAiTool, deleteAiTool, getAiTool, listAiTools, updateAiTool } from '@/lib/ai-tools/manage-ai-tools';
import { AiDecisionsFieldsSchema } from '@/lib/ai-tools/ai-policy';
import { getAiPolicy, saveAiPolicy } from '@/lib/ai-tools/manage-ai-policy';
import { AiToolFieldsSchema } from '@/lib/ai-tools/schemas';
import { renderStrategyPdf } from '@/lib/pdf/render-strategy';
import type { StrategyContent } from '@/lib/strategy/content';
import { getStrategyWorkspace, publishStrategy, saveStrategy } from '@/lib/strategy/manage-strategy';
import { prisma } from '@/lib/db/prisma';
import { expectAppError } from '../support/expect-app-error';
import { makeTrust, makeWorld, member } from '../support/factories';
import { pdfInfo } from '../support/pdf';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeAll(async () => {
  w = await makeWorld();
});

const fields = (overrides: Record<string, unknown> = {}) =>
  AiToolFieldsSchema.parse({
    name: 'Aila',
    supplier: 'Oak National Academy',
    usedBy: 'STAFF',
    personalData: 'no',
    dpiaDone: 'no',
    approved: 'yes',
    ...overrides,
  });

describe('the AI tool register', () => {
  it('is kept by the school’s leaders and contributors, and refused to everyone else', async () => {
    const tool = await createAiTool(w.contributorA, w.schoolA.id, fields());
    for (const actor of [w.governorA, w.trustViewerA, w.trustAdminA, w.leaderB, w.trustAdminB, w.adviserContributeA, w.adviserReadA, w.adviserRevokedA]) {
      await expectAppError(createAiTool(actor, w.schoolA.id, fields()), 'NOT_FOUND');
      await expectAppError(updateAiTool(actor, w.schoolA.id, tool.id, tool.version, fields({ name: 'Changed' })), 'NOT_FOUND');
      await expectAppError(deleteAiTool(actor, w.schoolA.id, tool.id, tool.version), 'NOT_FOUND');
    }
    expect((await getAiTool(w.leaderA, w.schoolA.id, tool.id)).name).toBe('Aila');
    expect(await prisma.auditEvent.count({ where: { event: 'ai_tool.created', targetId: tool.id, actorId: w.contributorA.userId } })).toBe(1);
  });

  it('is read by the school’s governors, its trust and its read-only adviser, and by nobody outside', async () => {
    for (const actor of [w.governorA, w.trustViewerA, w.adviserReadA]) expect((await listAiTools(actor, w.schoolA.id)).length).toBeGreaterThan(0);
    for (const actor of [w.leaderB, w.trustAdminB, w.standaloneLeader, w.adviserEndedA]) expect(await listAiTools(actor, w.schoolA.id)).toEqual([]);
    const [tool] = await listAiTools(w.leaderA, w.schoolA.id);
    await expectAppError(getAiTool(w.leaderB, w.schoolA.id, tool!.id), 'NOT_FOUND');
    // Another school's id with this school's tool finds nothing either.
    await expectAppError(getAiTool(w.leaderB, w.schoolB.id, tool!.id), 'NOT_FOUND');
  });

  it('shows a failing check at once, and refuses a stale save', async () => {
    const tool = await createAiTool(w.leaderA, w.schoolA.id, fields({ name: 'Chatbot', usedBy: 'PUPILS', pupilAges: 'Year 6', approved: 'no' }));
    await updateAiTool(
      w.leaderA,
      w.schoolA.id,
      tool.id,
      1,
      fields({ name: 'Chatbot', usedBy: 'PUPILS', pupilAges: 'Year 6', approved: 'no', 'check:filtering': 'NOT_MET' }),
    );
    const saved = await getAiTool(w.governorA, w.schoolA.id, tool.id);
    expect(saved.findings.status).toBe('fails');
    expect(saved.findings.failing.map((s) => s.id)).toEqual(['filtering']);
    await expectAppError(updateAiTool(w.contributorA, w.schoolA.id, tool.id, 1, fields({ name: 'Stale' })), 'CONFLICT');
    await expectAppError(deleteAiTool(w.leaderA, w.schoolA.id, tool.id, 1), 'CONFLICT');
    await deleteAiTool(w.leaderA, w.schoolA.id, tool.id, 2);
    await expectAppError(getAiTool(w.leaderA, w.schoolA.id, tool.id), 'NOT_FOUND');
    expect(await prisma.auditEvent.count({ where: { targetId: tool.id, event: { in: ['ai_tool.created', 'ai_tool.updated', 'ai_tool.deleted'] } } })).toBe(3);
  });
});

describe('the AI decisions', () => {
  const answers = AiDecisionsFieldsSchema.parse({
    staffUses: ['planning'],
    'pupil:primary': 'none',
    integrity: 'declare',
    training: 'all-staff',
    review: 'yearly',
  });

  it('are made by the strategy’s editors, and write the draft strategy’s AI section with them', async () => {
    for (const actor of [w.contributorA, w.governorA, w.trustAdminA, w.adviserReadA, w.leaderB]) {
      await expectAppError(saveAiPolicy(actor, w.schoolA.id, 0, answers), 'NOT_FOUND');
      await expectAppError(getAiPolicy(actor, w.schoolA.id), 'NOT_FOUND');
    }
    // Before any draft exists, the strategy's first draft starts from the decisions.
    await saveAiPolicy(w.leaderA, w.schoolA.id, 0, answers);
    const first = await getStrategyWorkspace(w.leaderA, w.schoolA.id);
    expect(first.version).toBe(0);
    expect(first.sections.aiStance).toMatch(/^We neither ban AI/);
    expect(first.sections.aiStance).toContain('Aila');

    // With a draft, saving the decisions rewrites its AI section and moves its version on.
    const draft = await saveStrategy(w.leaderA, w.schoolA.id, 0, { ...first.sections, aiStance: 'Old words.' });
    const { wroteDraft } = await saveAiPolicy(w.adviserContributeA, w.schoolA.id, 1, { ...answers, review: 'termly' });
    expect(wroteDraft).toBe(true);
    const after = await prisma.strategy.findUniqueOrThrow({ where: { schoolId: w.schoolA.id } });
    expect(after.version).toBe(draft.version + 1);
    expect((after.sections as { aiStance: string }).aiStance).toContain('Review: every term');
    expect(await prisma.auditEvent.count({ where: { event: 'ai_policy.saved', schoolId: w.schoolA.id } })).toBe(2);
    // An editor still on the old version is told, not overwritten.
    await expectAppError(saveAiPolicy(w.leaderA, w.schoolA.id, 1, answers), 'CONFLICT');
    await expectAppError(saveStrategy(w.leaderA, w.schoolA.id, draft.version, { ...first.sections, aiStance: 'Stale.' }), 'CONFLICT');
  });
});

describe('the AI register in the published strategy', () => {
  it('goes into the version and its PDF, failing tools first, and stays as it was when the register changes', async () => {
    const { schools } = await makeTrust(1);
    const school = schools[0]!;
    const leader = await member('SCHOOL_LEADER', { schoolId: school.id });
    const aila = await createAiTool(leader, school.id, fields());
    await createAiTool(
      leader,
      school.id,
      fields({ name: 'HomeworkBuddy', supplier: '', usedBy: 'PUPILS', pupilAges: 'Year 6', approved: 'no', uses: 'learning', 'check:filtering': 'NOT_MET' }),
    );
    const sections = strategySections({
      vision: 'Feedback pupils act on.',
      priorities: 'Turn on multi-factor sign-in',
      budget: '',
      aiStance: 'Approved tools only.',
    });
    const saved = await saveStrategy(leader, school.id, 0, sections);
    await publishStrategy(leader, school.id, saved.version);
    const version = await prisma.strategyVersion.findFirstOrThrow({ where: { schoolId: school.id }, orderBy: { number: 'desc' } });
    const content = version.content as unknown as StrategyContent;
    expect(content.aiTools?.map((t) => [t.name, t.status, t.approved])).toEqual([
      ['HomeworkBuddy', 'fails', false],
      ['Aila', 'incomplete', true],
    ]);
    expect(content.aiTools![0]!.who).toBe('Pupils only (Year 6)');
    expect(content.aiTools![0]!.standing).toMatch(/^Fails a check: does not meet: filtering/);

    const { pages } = await pdfInfo(await renderStrategyPdf(content));
    const text = pages.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('AI tools we use');
    expect(text.indexOf('HomeworkBuddy')).toBeLessThan(text.indexOf('Aila (Oak National Academy)'));
    expect(text).toContain('does not meet: filtering');

    // The published version is what governors were shown: a later change to the register is not in it.
    await updateAiTool(leader, school.id, aila.id, aila.version, fields({ name: 'Aila renamed' }));
    const again = await prisma.strategyVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect((again.content as unknown as StrategyContent).aiTools?.map((t) => t.name)).toEqual(['HomeworkBuddy', 'Aila']);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { evaluate, type CatalogueStandard } from '@/lib/assessment/evaluate';
import { buildStrategyContent, defaultSections, groupActionsByTerm, termOf, type PlanAction } from '@/lib/strategy/content';
import { publishProblems, SECTION_LIMITS, StrategySectionsSchema } from '@/lib/strategy/schemas';

const requirement = (code: string, expectation: 'MUST' | 'SHOULD', position: number) => ({
  code,
  title: `Requirement ${code}`,
  question: `Is ${code} in place?`,
  hint: null,
  expectation,
  timing: { kind: 'NOW' as const, text: 'Now' },
  sourceUrl: 'https://www.gov.uk/x',
  source: null,
  nextSteps: [],
  contentHash: code,
  position,
});

const catalogue: CatalogueStandard[] = [
  {
    slug: 'cyber',
    title: 'Cyber security',
    summary: 's',
    core: true,
    layer: 1,
    timing: { kind: 'NOW', text: 'Now' },
    sourceUrl: 'https://www.gov.uk/x',
    requirements: [requirement('cyber.a', 'MUST', 0), requirement('cyber.b', 'SHOULD', 1)],
  },
  {
    slug: 'cloud',
    title: 'Cloud solutions',
    summary: 's',
    core: false,
    layer: 4,
    timing: { kind: 'NOW', text: 'Now' },
    sourceUrl: 'https://www.gov.uk/x',
    requirements: [requirement('cloud.a', 'SHOULD', 0), requirement('cloud.b', 'SHOULD', 1)],
  },
];
const evaluation = evaluate(
  catalogue,
  new Map([
    ['cyber.a', 'NOT_MET'],
    ['cyber.b', 'MET'],
    ['cloud.a', 'PARTLY_MET'],
    ['cloud.b', 'MET'],
  ] as const),
);
const basis = { cycleLabel: '2025/26', completedAt: new Date('2026-02-12T00:00:00Z'), evaluation };

const valid = () =>
  StrategySectionsSchema.parse({
    vision: 'Every pupil leaves us a confident and safe user of technology.',
    positionCommentary: '',
    priorities: 'Turn on MFA\nBack up off site',
    actionCommentary: '',
    budget: '',
    aiStance: 'Staff may use approved tools.',
    digitalLead: 'Amira Shah',
    oversightGovernor: 'Margaret Ellis',
    rolesNotes: '',
    reviewDate: '2027-07-15',
    reviewCycle: 'ANNUALLY',
  });

describe('starting text', () => {
  it('leaves the vision to the school and fills the rest from the assessment, foundations first', () => {
    const sections = defaultSections('Riverside', basis, new Date('2026-11-22T00:00:00Z'));
    expect(sections.vision).toBe('');
    expect(sections.priorities).toEqual(['Requirement cyber.a (Cyber security)', 'Requirement cloud.a (Cloud solutions)']);
    expect(sections.positionCommentary).toContain('2025/26');
    expect(sections.positionCommentary).toContain(`${evaluation.overall.score}%`);
    expect(sections.aiStance).toMatch(/safeguarding/i);
    expect(sections.aiStance).toMatch(/data protection/i);
    expect(sections.reviewDate).toBe('2027-07-15');
    expect(StrategySectionsSchema.safeParse(sections).success).toBe(true);
  });

  it('still gives a usable draft before any assessment', () => {
    const sections = defaultSections('Riverside', null, new Date('2026-03-01T00:00:00Z'));
    expect(sections.priorities).toEqual([]);
    expect(sections.positionCommentary).toBe('');
    expect(sections.reviewDate).toBe('2026-07-15');
  });
});

describe('validation', () => {
  it('splits priorities by line, drops blank lines and caps their number and length', () => {
    expect(valid().priorities).toEqual(['Turn on MFA', 'Back up off site']);
    const tooMany = StrategySectionsSchema.safeParse({
      ...valid(),
      priorities: Array.from({ length: SECTION_LIMITS.priorities + 1 }, (_, i) => `P${i}`).join('\n'),
    });
    expect(tooMany.success).toBe(false);
    const tooLong = StrategySectionsSchema.safeParse({ ...valid(), priorities: 'x'.repeat(SECTION_LIMITS.priorityLine + 1) });
    expect(tooLong.error?.issues[0]?.message).toMatch(/200 characters/);
  });

  it('names the section that is too long and refuses impossible review dates', () => {
    const long = StrategySectionsSchema.safeParse({ ...valid(), vision: 'x'.repeat(SECTION_LIMITS.vision + 1) });
    expect(long.error?.issues[0]?.message).toBe('Vision and educational purpose must be 4,000 characters or fewer');
    expect(StrategySectionsSchema.safeParse({ ...valid(), reviewDate: '2027-02-30' }).success).toBe(false);
    expect(StrategySectionsSchema.safeParse({ ...valid(), reviewCycle: 'SOMETIMES' }).success).toBe(false);
  });
});

describe('publish rules', () => {
  it('needs a purpose, priorities, named people, a review date and an AI stance', () => {
    const today = '2026-12-02';
    expect(publishProblems({ ...valid(), reviewDate: '2027-07-31' }, today)).toEqual({});
    const empty = { ...valid(), vision: '', priorities: [], digitalLead: '', oversightGovernor: '', reviewDate: '', aiStance: '' };
    expect(Object.keys(publishProblems(empty, today)).sort()).toEqual(['aiStance', 'digitalLead', 'oversightGovernor', 'priorities', 'reviewDate', 'vision']);
  });

  it('refuses a review date that is today or already past', () => {
    expect(publishProblems({ ...valid(), reviewDate: '2026-12-01' }, '2026-12-02').reviewDate?.[0]).toMatch(/after today/);
    expect(publishProblems({ ...valid(), reviewDate: '2026-12-02' }, '2026-12-02').reviewDate?.[0]).toMatch(/after today/);
    expect(publishProblems({ ...valid(), reviewDate: '2026-12-03' }, '2026-12-02').reviewDate).toBeUndefined();
  });
});

describe('published content', () => {
  const action = (title: string, due: string | null, status: PlanAction['status'], cost: number | null): PlanAction => ({
    title,
    ownerName: 'IT support',
    dueDate: due ? new Date(`${due}T00:00:00Z`) : null,
    estimatedCostPence: cost,
    status,
  });

  it('groups actions by school term in date order, undated last', () => {
    expect(termOf(new Date('2026-09-01T00:00:00Z')).label).toBe('Autumn term 2026');
    expect(termOf(new Date('2027-03-31T00:00:00Z')).label).toBe('Spring term 2027');
    expect(termOf(new Date('2027-04-01T00:00:00Z')).label).toBe('Summer term 2027');
    const groups = groupActionsByTerm([action('C', null, 'PLANNED', null), action('B', '2027-05-01', 'PLANNED', 100), action('A', '2026-10-01', 'DONE', 200)]);
    expect(groups.map((g) => g.label)).toEqual(['Autumn term 2026', 'Summer term 2027', 'No date set']);
  });

  it('freezes scores, gaps and the plan, leaving dropped actions out of plan and budget', () => {
    const content = buildStrategyContent({
      number: 2,
      publishedAt: new Date('2026-11-20T10:00:00Z'),
      publishedByName: 'Sarah Bennett',
      school: { name: 'Riverside', urn: '148201', phase: 'PRIMARY', localAuthority: 'Leeds' },
      trustName: 'Northern Lights',
      sections: valid(),
      basis,
      actions: [
        action('Keep', '2026-10-01', 'PLANNED', 150_000),
        action('Also', '2026-11-01', 'IN_PROGRESS', null),
        action('Dropped', '2026-10-01', 'DROPPED', 999_999),
      ],
    });
    expect(content.position?.standards.map((s) => s.slug)).toEqual(['cyber', 'cloud']);
    expect(content.gaps.map((g) => g.code)).toEqual(['cyber.a', 'cloud.a']);
    expect(content.actionGroups.flatMap((g) => g.actions.map((a) => a.title))).toEqual(['Keep', 'Also']);
    expect(content.budget).toEqual({ totalPence: 150_000, byGroup: [{ label: 'Autumn term 2026', pence: 150_000 }], uncosted: 1 });
    // Plain JSON: what is stored is exactly what is printed later.
    expect(JSON.parse(JSON.stringify(content))).toEqual(content);
  });
});

describe('the same document', () => {
  it('ignores the version number, date, publisher and the order of keys, but not a changed word', async () => {
    const { sameDocument } = await import('@/lib/strategy/content');
    const a = { number: 1, publishedAt: '2026-01-01', publishedByName: 'A', school: { name: 'S', urn: '1' }, sections: { vision: 'x', budget: 'y' } };
    const b = { sections: { budget: 'y', vision: 'x' }, school: { urn: '1', name: 'S' }, number: 2, publishedAt: '2026-02-02', publishedByName: 'B' };
    expect(sameDocument(a as never, b as never)).toBe(true);
    expect(sameDocument(a as never, { ...b, sections: { budget: 'y', vision: 'z' } } as never)).toBe(false);
  });
});

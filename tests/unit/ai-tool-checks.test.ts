import { describe, expect, it } from 'vitest';
import { SAFETY_STANDARDS } from '@/lib/ai-tools/safety-standards';
import { AiToolFieldsSchema } from '@/lib/ai-tools/schemas';
import { applicableStandards, findingSummary, readChecks, toolFindings } from '@/lib/ai-tools/tool-checks';

const all = (value: 'MET' | 'NOT_MET' | 'UNKNOWN') => Object.fromEntries(SAFETY_STANDARDS.map((s) => [s.id, value]));

describe('DfE’s product safety standards', () => {
  it('are the eleven of the January 2026 update, each with a question for the supplier', () => {
    expect(SAFETY_STANDARDS.map((s) => s.title)).toEqual([
      'Filtering',
      'Monitoring and reporting',
      'Security',
      'Privacy and data protection',
      'Intellectual property',
      'Design and testing',
      'Governance',
      'Cognitive development',
      'Emotional and social development',
      'Mental health',
      'Manipulation',
    ]);
    for (const s of SAFETY_STANDARDS) expect(s.question).toMatch(/\?$/);
  });

  it('apply in full to tools pupils use; staff-only tools skip the learner-facing ones', () => {
    expect(applicableStandards('PUPILS')).toHaveLength(11);
    expect(applicableStandards('BOTH')).toHaveLength(11);
    expect(applicableStandards('STAFF').map((s) => s.id)).toEqual([
      'security',
      'privacy-and-data-protection',
      'intellectual-property',
      'design-and-testing',
      'governance',
      'manipulation',
    ]);
  });
});

describe('a tool’s findings', () => {
  const tool = { usedBy: 'STAFF' as const, personalData: false, dpiaDone: false, checks: all('MET') };

  it('pass when every applicable standard is met', () => {
    expect(toolFindings(tool).status).toBe('passes');
    // A staff-only tool is not held to the learner-facing standards.
    expect(toolFindings({ ...tool, checks: { ...all('MET'), filtering: 'NOT_MET' } }).status).toBe('passes');
  });

  it('fail on a standard not met, or on personal data without a DPIA', () => {
    const failing = toolFindings({ ...tool, usedBy: 'PUPILS', checks: { ...all('MET'), 'mental-health': 'NOT_MET' } });
    expect(failing.status).toBe('fails');
    expect(findingSummary(failing)).toBe('does not meet: mental health');
    const data = toolFindings({ ...tool, personalData: true });
    expect(data.status).toBe('fails');
    expect(findingSummary(data)).toBe('personal data goes in without a DPIA');
    expect(toolFindings({ ...tool, personalData: true, dpiaDone: true }).status).toBe('passes');
  });

  it('are incomplete while an applicable standard is unanswered', () => {
    const findings = toolFindings({ ...tool, checks: { ...all('MET'), governance: 'UNKNOWN', security: undefined } });
    expect(findings.status).toBe('incomplete');
    expect(findings.unknown.map((s) => s.id)).toEqual(['security', 'governance']);
  });

  it('ignore stored values that are not answers', () => {
    expect(readChecks({ filtering: 'YES', security: 'MET', nonsense: 'MET' })).toEqual({ security: 'MET' });
    expect(readChecks(null)).toEqual({});
    expect(readChecks(['MET'])).toEqual({});
  });
});

describe('the AI tool form', () => {
  const form = {
    name: 'Aila',
    usedBy: 'BOTH',
    pupilAges: 'Years 5 and 6',
    personalData: 'no',
    dpiaDone: 'no',
    approved: 'yes',
    uses: ['planning', 'planning'],
  };

  it('reads checks, defaulting to not sure, and tidies the uses', () => {
    const parsed = AiToolFieldsSchema.parse({ ...form, 'check:filtering': 'MET' });
    expect(parsed.checks.filtering).toBe('MET');
    expect(parsed.checks.governance).toBe('UNKNOWN');
    expect(parsed.uses).toEqual(['planning']);
  });

  it('asks which pupils use a pupil-facing tool, and refuses approving personal data without a DPIA', () => {
    const noAges = AiToolFieldsSchema.safeParse({ ...form, pupilAges: '' });
    expect(noAges.success || noAges.error.issues.map((i) => i.path.join('.'))).toEqual(['pupilAges']);
    const risky = AiToolFieldsSchema.safeParse({ ...form, personalData: 'yes' });
    expect(risky.success || risky.error.issues[0]?.message).toMatch(/Complete a DPIA before approving/);
    expect(AiToolFieldsSchema.parse({ ...form, usedBy: 'STAFF' }).pupilAges).toBe('');
    expect(AiToolFieldsSchema.safeParse({ ...form, 'check:filtering': 'YES' }).success).toBe(false);
  });
});

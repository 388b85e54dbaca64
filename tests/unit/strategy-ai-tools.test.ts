import { describe, expect, it } from 'vitest';
import { strategyAiTools } from '@/lib/ai-tools/strategy-ai-tools';
import { SAFETY_STANDARDS } from '@/lib/ai-tools/safety-standards';

const allMet = Object.fromEntries(SAFETY_STANDARDS.map((s) => [s.id, 'MET']));
const tool = (overrides: Record<string, unknown>) => ({
  name: 'Tool',
  supplier: '',
  usedBy: 'STAFF' as const,
  pupilAges: '',
  uses: [] as string[],
  personalData: false,
  dpiaDone: false,
  approved: true,
  checks: {},
  ...overrides,
});

describe('the AI register as the strategy shows it', () => {
  it('puts failing tools first, then unfinished checks, then the rest, each group by name', () => {
    const shown = strategyAiTools([
      tool({ name: 'Zeta', checks: allMet }),
      tool({ name: 'Alpha', checks: allMet }),
      tool({ name: 'Marking helper', checks: {} }),
      tool({ name: 'Chatbot', usedBy: 'PUPILS', pupilAges: 'Year 6', checks: { ...allMet, filtering: 'NOT_MET' } }),
    ]);
    expect(shown.map((t) => [t.name, t.status])).toEqual([
      ['Chatbot', 'fails'],
      ['Marking helper', 'incomplete'],
      ['Alpha', 'passes'],
      ['Zeta', 'passes'],
    ]);
  });

  it('says in words what fails, and who uses a tool', () => {
    const [chatbot, minutes] = strategyAiTools([
      tool({ name: 'Chatbot', usedBy: 'BOTH', pupilAges: 'Years 5 and 6', uses: ['learning', 'feedback'], checks: { ...allMet, filtering: 'NOT_MET' } }),
      tool({ name: 'Minutes', personalData: true, dpiaDone: false, checks: allMet }),
    ]);
    expect(chatbot).toMatchObject({ who: 'Staff and pupils (Years 5 and 6)', uses: ['Pupils’ learning', 'Feedback and marking'] });
    expect(chatbot!.standing).toBe('Fails a check: does not meet: filtering');
    // Personal data without a DPIA fails a tool that meets every standard.
    expect(minutes).toMatchObject({ status: 'fails', who: 'Staff only' });
    expect(minutes!.standing).toBe('Fails a check: personal data goes in without a DPIA');
  });

  it('counts the standards still to answer, of those that apply to who uses it', () => {
    const [staffOnly] = strategyAiTools([tool({ name: 'Planner', checks: { security: 'MET', filtering: 'MET' } })]);
    // Staff-only tools answer the six standards for everyone, not the five for learners.
    expect(staffOnly!.standing).toBe('Checks not finished (5 of 6 standards not answered)');
    expect(strategyAiTools([tool({ checks: allMet })])[0]!.standing).toBe('Meets every check');
  });
});

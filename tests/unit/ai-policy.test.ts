import { describe, expect, it } from 'vitest';
import { AiDecisionsFieldsSchema, bandsFor, draftAiStance, takesQualifications } from '@/lib/ai-tools/ai-policy';

const decisions = AiDecisionsFieldsSchema.parse({
  staffUses: ['planning', 'feedback'],
  'pupil:primary': 'teacher-led',
  integrity: 'declare',
  training: 'before-use',
  review: 'termly',
});

describe('the guided AI decisions', () => {
  it('ask about the age bands a school of this phase teaches', () => {
    expect(bandsFor('PRIMARY')).toEqual(['primary']);
    expect(bandsFor('SECONDARY')).toEqual(['secondary', 'sixth-form']);
    expect(bandsFor('ALL_THROUGH')).toEqual(['primary', 'secondary', 'sixth-form']);
    expect(takesQualifications(bandsFor('PRIMARY'))).toBe(false);
    expect(takesQualifications(bandsFor('SECONDARY'))).toBe(true);
  });

  it('read the form’s radio groups into decisions, and refuse an answer not offered', () => {
    expect(decisions.pupils).toEqual({ primary: 'teacher-led' });
    expect(AiDecisionsFieldsSchema.safeParse({ ...decisions, integrity: 'ban' }).success).toBe(false);
    const missing = AiDecisionsFieldsSchema.safeParse({ staffUses: 'planning' });
    expect(missing.success || missing.error.issues.map((i) => i.path[0]).sort()).toEqual(['integrity', 'review', 'training']);
  });

  it('draft text that steers between a ban and use without rules, and always keeps the data rule', () => {
    const text = draftAiStance(decisions, { bands: ['primary'], approvedTools: ['Aila'], secondary: false, digitalLead: 'Sarah Bennett' });
    expect(text).toMatch(/^We neither ban AI nor leave its use to chance\./);
    expect(text).toContain('Staff may use approved AI tools for planning lessons and drafting feedback, which the teacher checks and owns.');
    expect(text).toContain('Pupils up to Year 6 use AI only in activities a teacher sets up and supervises.');
    expect(text).toContain('Approved tools: Aila.');
    expect(text).toContain('no personal or sensitive information about pupils or staff goes into an AI tool unless a data protection impact assessment');
    expect(text).toContain('Review: every term, Sarah Bennett, our digital lead,');
    expect(text).not.toContain('JCQ');
  });

  it('say plainly when nothing is approved or allowed yet, and name exam rules where qualifications are taken', () => {
    const none = AiDecisionsFieldsSchema.parse({ integrity: 'per-task', training: 'planned', review: 'yearly' });
    const text = draftAiStance(none, { bands: ['secondary', 'sixth-form'], approvedTools: [], secondary: true, digitalLead: null });
    expect(text).toContain('Staff do not use AI tools for their work yet');
    expect(text).toContain('Pupils in Years 7 to 11 do not use AI tools in school yet.');
    expect(text).toContain('No AI tool is approved yet.');
    expect(text).toContain('JCQ rules on AI use in assessments');
    expect(text).toContain('the digital lead reviews');
  });
});

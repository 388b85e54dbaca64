import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '@/lib/assessment/answer-options';
import type { CatalogueStandard } from '@/lib/assessment/evaluate';
import { coreQuestionCount, missingAnswers, missingByStandard, nextStep } from '@/lib/assessment/missing-answers';

const standard = (slug: string, core: boolean, codes: string[]) =>
  ({ slug, title: slug.toUpperCase(), core, requirements: codes.map((code) => ({ code, title: `Title ${code}` })) }) as unknown as CatalogueStandard;
const catalogue = [standard('broadband', false, ['b1', 'b2']), standard('safety', true, ['s1', 's2', 's3']), standard('cyber', true, ['c1'])];
const answers = (entries: Record<string, AnswerValue>) => new Map(Object.entries(entries));

describe('missing answers', () => {
  it('lists every blank in catalogue order, numbered within its standard', () => {
    const missing = missingAnswers(catalogue, answers({ b1: 'MET', s2: 'NOT_APPLICABLE' }));
    expect(missing.map((m) => [m.code, m.number])).toEqual([
      ['b2', 2],
      ['s1', 1],
      ['s3', 3],
      ['c1', 1],
    ]);
    expect(missingByStandard(missing).map((g) => [g.slug, g.items.length])).toEqual([
      ['broadband', 1],
      ['safety', 2],
      ['cyber', 1],
    ]);
  });

  it('points to the core standards first, then the rest, and to completion when nothing is blank', () => {
    expect(nextStep(catalogue, answers({}))).toMatchObject({ kind: 'answer', standardSlug: 'safety', core: true, remaining: 6, remainingInStandard: 3 });
    expect(nextStep(catalogue, answers({ s1: 'MET', s2: 'MET', s3: 'MET', c1: 'NOT_SURE' }))).toMatchObject({ standardSlug: 'broadband', core: false });
    const all = answers({ b1: 'MET', b2: 'NOT_MET', s1: 'MET', s2: 'MET', s3: 'MET', c1: 'NOT_SURE' });
    expect(nextStep(catalogue, all)).toEqual({ kind: 'complete' });
    expect(coreQuestionCount(catalogue)).toBe(4);
  });
});

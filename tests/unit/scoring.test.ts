import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_VALUES, type AnswerValue } from '@/lib/assessment/answer-options';
import { MATURITY_RANK, scoreOverall, scoreStandard, type ScorableRequirement } from '@/lib/assessment/scoring';

const req = (code: string, expectation: 'MUST' | 'SHOULD' = 'SHOULD'): ScorableRequirement => ({ code, expectation });
const answers = (entries: Record<string, AnswerValue>) => new Map(Object.entries(entries));

// Better answers, in order; not applicable stands apart.
const ORDER: Record<Exclude<AnswerValue, 'NOT_APPLICABLE'> | 'UNANSWERED', number> = { UNANSWERED: 0, NOT_SURE: 0, NOT_MET: 0, PARTLY_MET: 1, MET: 2 };

const requirementsArb = fc
  .array(fc.constantFrom<'MUST' | 'SHOULD'>('MUST', 'SHOULD'), { minLength: 1, maxLength: 25 })
  .map((kinds) => kinds.map((kind, i) => req(`s.r.${i}`, kind)));
const answerArb = fc.option(fc.constantFrom(...ANSWER_VALUES), { nil: undefined });

function toMap(requirements: ScorableRequirement[], values: Array<AnswerValue | undefined>) {
  const map = new Map<string, AnswerValue>();
  requirements.forEach((r, i) => {
    const value = values[i];
    if (value) map.set(r.code, value);
  });
  return map;
}

describe('standard score', () => {
  it('follows the documented weights', () => {
    const requirements = [req('a', 'MUST'), req('b'), req('c'), req('d')];
    // must met (2 of 2) + partly (0.5 of 1) + not sure (0 of 1) + n/a (left out) = 2.5 / 4
    const result = scoreStandard(requirements, answers({ a: 'MET', b: 'PARTLY_MET', c: 'NOT_SURE', d: 'NOT_APPLICABLE' }));
    expect(result.score).toBe(63);
    expect(result.maturity).toBe('DEVELOPING');
    expect(result.answered).toBe(4);
    expect(result.counts.NOT_APPLICABLE).toBe(1);
  });

  it('gives maturity by the documented thresholds, capped while a must is missing', () => {
    const four = [req('a'), req('b'), req('c'), req('d')];
    expect(scoreStandard(four, answers({})).maturity).toBe('NOT_STARTED');
    expect(scoreStandard(four, answers({ a: 'MET' })).maturity).toBe('EMERGING');
    expect(scoreStandard(four, answers({ a: 'MET', b: 'MET' })).maturity).toBe('DEVELOPING');
    expect(scoreStandard(four, answers({ a: 'MET', b: 'MET', c: 'MET' })).maturity).toBe('ESTABLISHED');
    expect(scoreStandard(four, answers({ a: 'MET', b: 'MET', c: 'MET', d: 'MET' })).maturity).toBe('MEETS_STANDARD');
    const withMust = [req('m', 'MUST'), ...four];
    const mostlyMet = scoreStandard(withMust, answers({ m: 'PARTLY_MET', a: 'MET', b: 'MET', c: 'MET', d: 'MET' }));
    expect(mostlyMet.score).toBeGreaterThanOrEqual(70);
    expect(mostlyMet.maturity).toBe('DEVELOPING');
  });

  it('has no score when nothing applies', () => {
    const result = scoreStandard([req('a'), req('b')], answers({ a: 'NOT_APPLICABLE', b: 'NOT_APPLICABLE' }));
    expect(result.score).toBeNull();
    expect(result.maturity).toBe('NOT_APPLICABLE');
  });

  it('always stays between 0 and 100', () => {
    fc.assert(
      fc.property(requirementsArb, fc.array(answerArb, { maxLength: 25 }), (requirements, values) => {
        const { score } = scoreStandard(requirements, toMap(requirements, values));
        expect(score === null || (score >= 0 && score <= 100)).toBe(true);
      }),
    );
  });

  it('never falls when one answer gets better', () => {
    fc.assert(
      fc.property(
        requirementsArb,
        fc.array(answerArb, { maxLength: 25 }),
        fc.nat(),
        fc.constantFrom('PARTLY_MET', 'MET') as fc.Arbitrary<AnswerValue>,
        (requirements, values, pick, better) => {
          const index = pick % requirements.length;
          const current = values[index];
          if (current === 'NOT_APPLICABLE') return;
          if (ORDER[better as keyof typeof ORDER] <= ORDER[(current ?? 'UNANSWERED') as keyof typeof ORDER]) return;
          const before = scoreStandard(requirements, toMap(requirements, values));
          const improved = [...values];
          improved[index] = better;
          const after = scoreStandard(requirements, toMap(requirements, improved));
          expect(after.score!).toBeGreaterThanOrEqual(before.score ?? 0);
          expect(MATURITY_RANK[after.maturity]).toBeGreaterThanOrEqual(MATURITY_RANK[before.maturity]);
        },
      ),
    );
  });

  it('ignores not-applicable requirements entirely', () => {
    fc.assert(
      fc.property(requirementsArb, fc.array(answerArb, { maxLength: 25 }), (requirements, values) => {
        const map = toMap(requirements, values);
        const withNa = scoreStandard([...requirements, req('extra', 'MUST')], new Map([...map, ['extra', 'NOT_APPLICABLE']]));
        expect(withNa.score).toBe(scoreStandard(requirements, map).score);
      }),
    );
  });

  it('does not depend on the order of requirements', () => {
    fc.assert(
      fc.property(requirementsArb, fc.array(answerArb, { maxLength: 25 }), (requirements, values) => {
        const map = toMap(requirements, values);
        expect(scoreStandard([...requirements].reverse(), map)).toEqual(scoreStandard(requirements, map));
      }),
    );
  });
});

describe('overall score', () => {
  it('counts core standards double and skips standards with no score', () => {
    const core = { core: true, result: scoreStandard([req('a')], answers({ a: 'MET' })) };
    const other = { core: false, result: scoreStandard([req('b')], answers({ b: 'NOT_MET' })) };
    const none = { core: false, result: scoreStandard([req('c')], answers({ c: 'NOT_APPLICABLE' })) };
    expect(scoreOverall([core, other, none]).score).toBe(67);
  });

  it('stays within bounds and rises with any standard', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 12 }), (rows) => {
        const standards = rows.map(([core, met, notMet]) => {
          const requirements = Array.from({ length: met + notMet + 1 }, (_, i) => req(`r${i}`));
          const map = new Map<string, AnswerValue>(requirements.map((r, i) => [r.code, i < met ? 'MET' : 'NOT_MET']));
          return { core, result: scoreStandard(requirements, map) };
        });
        const overall = scoreOverall(standards);
        expect(overall.score).toBeGreaterThanOrEqual(0);
        expect(overall.score).toBeLessThanOrEqual(100);
        const best = scoreOverall(standards.map((s) => ({ ...s, result: { ...s.result, score: 100 } })));
        expect(best.score).toBeGreaterThanOrEqual(overall.score!);
      }),
    );
  });
});

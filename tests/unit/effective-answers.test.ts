import { describe, expect, it } from 'vitest';
import { evaluate, type CatalogueStandard } from '@/lib/assessment/evaluate';
import {
  coveredCodes,
  effectiveAnswer,
  effectiveAnswers,
  effectiveValues,
  requirementCover,
  standardCover,
  storedOrigin,
  type TrustAnswer,
} from '@/lib/central/effective-answers';
import { DFE_2026_12 } from '@/lib/standards/catalogue';
import { catalogueFromInput } from '@/lib/assessment/catalogue-rows';

const catalogue: CatalogueStandard[] = catalogueFromInput(DFE_2026_12, (code) => code);
const broadband = catalogue.find((s) => s.slug === 'broadband-internet')!;
const cyber = catalogue.find((s) => s.slug === 'cyber-security')!;
const trust = (value: TrustAnswer['value']): TrustAnswer => ({
  value,
  notApplicableReason: null,
  evidenceNote: null,
  evidenceLinks: [],
  updatedById: 'u',
  updatedByName: 'Tom Hughes',
  updatedAt: new Date('2026-10-03'),
});

describe('which answer counts', () => {
  it('covers a whole standard, single requirements, and only the schools chosen', () => {
    const services = [
      { covers: standardCover('broadband-internet'), schoolIds: [] },
      { covers: requirementCover(cyber.requirements[0]!.code), schoolIds: ['school-a'] },
    ];
    const forA = coveredCodes(catalogue, services, 'school-a');
    const forB = coveredCodes(catalogue, services, 'school-b');
    expect(forA.size).toBe(broadband.requirements.length + 1);
    expect(forB.size).toBe(broadband.requirements.length);
    expect(forB.has(cyber.requirements[0]!.code)).toBe(false);
    expect(coveredCodes(catalogue, [], 'school-a').size).toBe(0);
  });

  it('takes the trust’s answer unless the school recorded a local difference', () => {
    expect(effectiveAnswer(undefined, trust('MET'), true)).toEqual({ value: 'MET', origin: 'TRUST' });
    expect(effectiveAnswer({ value: 'NOT_MET', localReason: null }, trust('MET'), true)).toEqual({ value: 'MET', origin: 'TRUST' });
    expect(effectiveAnswer({ value: 'NOT_MET', localReason: 'Own line' }, trust('MET'), true)).toEqual({ value: 'NOT_MET', origin: 'LOCAL' });
    // Not yet answered by the trust: the school's earlier answer stands; with none, it waits.
    expect(effectiveAnswer({ value: 'PARTLY_MET', localReason: null }, undefined, true)).toEqual({ value: 'PARTLY_MET', origin: 'SCHOOL' });
    expect(effectiveAnswer(undefined, undefined, true)).toEqual({ value: null, origin: 'AWAITING_TRUST' });
    // Not covered: the trust's answer is ignored, even with one recorded.
    expect(effectiveAnswer(undefined, trust('MET'), false)).toEqual({ value: null, origin: 'SCHOOL' });
    expect(effectiveAnswer({ value: 'NOT_MET', localReason: 'old' }, trust('MET'), false)).toEqual({ value: 'NOT_MET', origin: 'SCHOOL' });
  });

  it('scores with inherited answers', () => {
    const codes = broadband.requirements.map((r) => r.code);
    const covered = coveredCodes(catalogue, [{ covers: standardCover('broadband-internet'), schoolIds: [] }], 's');
    const own = new Map([[codes[0]!, { value: 'NOT_MET' as const, localReason: 'Different here' }]]);
    const fromTrust = new Map(codes.map((code) => [code, trust('MET')]));
    const answers = effectiveAnswers(catalogue, own, fromTrust, covered);
    const result = evaluate(catalogue, effectiveValues(answers)).standards.find((s) => s.slug === 'broadband-internet')!.result;
    expect(result.answered).toBe(codes.length);
    expect(result.score).toBeLessThan(100);
    expect(result.score).toBeGreaterThan(0);
    const allMet = evaluate(catalogue, effectiveValues(effectiveAnswers(catalogue, new Map(), fromTrust, covered)));
    expect(allMet.standards.find((s) => s.slug === 'broadband-internet')!.result.score).toBe(100);
    expect(allMet.priorities.some((gap) => gap.standardSlug === 'broadband-internet')).toBe(false);
  });

  it('reads a completed cycle’s origin from what was stored', () => {
    expect(storedOrigin({ fromTrust: true, localReason: null })).toBe('TRUST');
    expect(storedOrigin({ fromTrust: false, localReason: 'x' })).toBe('LOCAL');
    expect(storedOrigin({ fromTrust: false, localReason: null })).toBe('SCHOOL');
  });
});

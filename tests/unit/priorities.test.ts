import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareGaps, rankGaps, type Gap } from '@/lib/assessment/priorities';

const gap = (overrides: Partial<Gap>): Gap => ({
  code: 'x.y.z',
  title: 'A requirement',
  standardSlug: 'x',
  standardTitle: 'X',
  layer: 3,
  core: true,
  expectation: 'SHOULD',
  timing: { kind: 'AT_TRIGGER', text: 'At the next purchase' },
  status: 'NOT_MET',
  position: 0,
  ...overrides,
});

describe('priorities', () => {
  it('puts safeguarding and legal duties before leadership, network and devices', () => {
    const ranked = rankGaps([
      gap({ code: 'devices.a', layer: 4, expectation: 'MUST', timing: { kind: 'NOW', text: 'now' } }),
      gap({ code: 'network.a', layer: 3 }),
      gap({ code: 'leadership.a', layer: 2 }),
      gap({ code: 'fm.a', layer: 1 }),
    ]);
    expect(ranked.map((g) => g.code)).toEqual(['fm.a', 'leadership.a', 'network.a', 'devices.a']);
  });

  it('puts "must" before "should", then the nearest deadline, then gaps before partial progress', () => {
    const ranked = rankGaps([
      gap({ code: 'later', timing: { kind: 'BY_DATE', date: '2030-12-31', text: 'by 2030' } }),
      gap({ code: 'trigger' }),
      gap({ code: 'partly-now', status: 'PARTLY_MET', timing: { kind: 'NOW', text: 'now' } }),
      gap({ code: 'now', timing: { kind: 'NOW', text: 'now' } }),
      gap({ code: 'must', expectation: 'MUST' }),
    ]);
    expect(ranked.map((g) => g.code)).toEqual(['must', 'now', 'partly-now', 'later', 'trigger']);
    expect(ranked[0]!.rank).toBe(1);
  });

  it('explains each position in words', () => {
    const [first] = rankGaps([gap({ layer: 1, expectation: 'MUST', status: 'NOT_SURE', timing: { kind: 'NOW', text: 'Expected through KCSIE' } })]);
    expect(first!.reasons).toEqual([
      'Safeguarding and legal duties come first (layer 1 of 4)',
      'DfE says schools must do this',
      // The catalogue's text already says "Expected…", so it is not said twice.
      'Expected through KCSIE',
      'Not sure yet: finding out is the first step',
      'Core standard',
    ]);
    const [other] = rankGaps([gap({ timing: { kind: 'NOW', text: 'before the next inspection' } })]);
    expect(other!.reasons).toContain('Expected now: before the next inspection');
  });

  const gapArb = fc.record({
    code: fc.string({ minLength: 1, maxLength: 6 }),
    layer: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
    core: fc.boolean(),
    expectation: fc.constantFrom<'MUST' | 'SHOULD'>('MUST', 'SHOULD'),
    status: fc.constantFrom<Gap['status']>('NOT_MET', 'NOT_SURE', 'PARTLY_MET'),
    position: fc.nat(50),
    timing: fc.oneof(
      fc.constant({ kind: 'NOW' as const, text: 'now' }),
      fc.constant({ kind: 'AT_TRIGGER' as const, text: 'later' }),
      fc
        .date({ min: new Date('2026-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
        .map((d) => ({ kind: 'BY_DATE' as const, date: d.toISOString().slice(0, 10), text: 'by date' })),
    ),
  });

  it('gives the same order whatever order the gaps arrive in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(gapArb, { selector: (g) => g.code, maxLength: 30 }), (partials) => {
        const gaps = partials.map((p) => gap(p));
        const forward = rankGaps(gaps).map((g) => g.code);
        const backward = rankGaps([...gaps].reverse()).map((g) => g.code);
        expect(backward).toEqual(forward);
      }),
    );
  });

  it('never ranks a higher layer above a lower one', () => {
    fc.assert(
      fc.property(fc.array(gapArb, { maxLength: 30 }), (partials) => {
        const ranked = rankGaps(partials.map((p) => gap(p)));
        for (let i = 1; i < ranked.length; i++) {
          expect(ranked[i]!.layer).toBeGreaterThanOrEqual(ranked[i - 1]!.layer);
          expect(compareGaps(ranked[i - 1]!, ranked[i]!)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { isFoundationAction, isFoundationContract, isFoundationKit, purposeOf, summarisePurpose, type PurposeEntry } from '@/lib/purpose/purpose-rules';
import { strategyPurpose } from '@/lib/purpose/strategy-purpose';
import { SUGGESTED_GOALS } from '@/lib/purpose/suggested-goals';

const goals = new Set(['g1', 'g2']);
const layers = new Map([
  ['cyber-security.backup.off-site', 1],
  ['digital-leadership-and-governance.lead.slt-digital-lead', 2],
  ['wireless-network.coverage.everywhere', 3],
  ['laptops-desktops-and-tablets.devices.enough', 4],
]);

describe('what each action and purchase serves', () => {
  it('names only goals the school still has, and a named goal wins over the foundation mark', () => {
    expect(purposeOf({ goalIds: ['g1', 'gone'], foundation: true }, goals, true)).toEqual({ kind: 'goals', goalIds: ['g1'] });
    expect(purposeOf({ goalIds: ['gone'], foundation: false }, goals, false)).toEqual({ kind: 'unlinked' });
    expect(purposeOf({ goalIds: [], foundation: true }, goals, false)).toEqual({ kind: 'foundation', automatic: false });
    expect(purposeOf({ goalIds: [], foundation: false }, goals, true)).toEqual({ kind: 'foundation', automatic: true });
  });

  it('counts as a foundation: lower-layer requirements only, network kit, connectivity, filtering, support and cover', () => {
    const layerOf = (code: string) => layers.get(code);
    expect(isFoundationAction(['cyber-security.backup.off-site', 'wireless-network.coverage.everywhere'], layerOf)).toBe(true);
    expect(isFoundationAction(['cyber-security.backup.off-site', 'laptops-desktops-and-tablets.devices.enough'], layerOf)).toBe(false);
    expect(isFoundationAction([], layerOf)).toBe(false);
    expect(isFoundationAction(['unknown.code'], layerOf)).toBe(false);
    expect(isFoundationKit('ACCESS_POINT')).toBe(true);
    expect(isFoundationKit('CHROMEBOOK')).toBe(false);
    expect(isFoundationContract('FILTERING')).toBe(true);
    expect(isFoundationContract('CLOUD_SUITE')).toBe(false);
  });
});

describe('the purpose summary', () => {
  const entry = (id: string, pence: number, purpose: PurposeEntry['purpose']): PurposeEntry => ({
    id,
    kind: 'action',
    title: id,
    pence,
    purpose,
    href: `/${id}`,
  });
  const summary = summarisePurpose(
    [
      { id: 'g1', title: 'Better feedback' },
      { id: 'g2', title: 'Less workload' },
      { id: 'g3', title: 'Home–school engagement' },
    ],
    [
      entry('quizzes', 30_000, { kind: 'goals', goalIds: ['g1'] }),
      entry('reports', 60_000, { kind: 'goals', goalIds: ['g1', 'g2'] }),
      entry('firewall', 90_000, { kind: 'foundation', automatic: true }),
      entry('laptops', 120_000, { kind: 'unlinked' }),
    ],
  );

  it('puts each goal with what serves it, splitting a shared cost', () => {
    expect(summary.goals.map((g) => [g.title, g.entries.map((e) => e.id), g.pence])).toEqual([
      ['Better feedback', ['quizzes', 'reports'], 60_000],
      ['Less workload', ['reports'], 30_000],
      ['Home–school engagement', [], 0],
    ]);
    expect(summary.empty).toEqual(['Home–school engagement']);
    expect(summary.unlinked.map((e) => e.id)).toEqual(['laptops']);
  });

  it('gives budget shares that add to 100', () => {
    expect(summary.shares).toEqual({ goals: 30, foundation: 30, unlinked: 40, totalPence: 300_000 });
    const thirds = summarisePurpose(
      [{ id: 'g1', title: 'A' }],
      [entry('a', 100, { kind: 'goals', goalIds: ['g1'] }), entry('b', 100, { kind: 'foundation', automatic: false }), entry('c', 100, { kind: 'unlinked' })],
    ).shares;
    expect(thirds.goals + thirds.foundation + thirds.unlinked).toBe(100);
    expect(summarisePurpose([], []).shares).toEqual({ goals: 0, foundation: 0, unlinked: 0, totalPence: 0 });
  });

  it('freezes goals and what serves each for the strategy', () => {
    const frozen = strategyPurpose(
      [
        { id: 'g1', title: 'Better feedback', success: 's', measure: 'm' },
        { id: 'g3', title: 'Home–school engagement', success: 's', measure: 'm' },
      ],
      summary,
    );
    expect(frozen?.goals.map((g) => [g.title, g.serves])).toEqual([
      ['Better feedback', ['quizzes', 'reports']],
      ['Home–school engagement', []],
    ]);
    expect(frozen?.unlinked).toBe(1);
    expect(strategyPurpose([], summary)).toBeNull();
  });

  it('offers seven suggested goals, each with success and a measure', () => {
    expect(SUGGESTED_GOALS).toHaveLength(7);
    for (const goal of SUGGESTED_GOALS) expect(goal.success.length && goal.measure.length).toBeGreaterThan(0);
  });
});

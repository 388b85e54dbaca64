import { describe, expect, it } from 'vitest';
import { shareCost } from '@/lib/trust-actions/share-cost';

describe('a trust action’s cost per school', () => {
  it('shares a total in whole pence that add up exactly', () => {
    const parts = shareCost(10_000, 'SHARED', 3);
    expect(parts).toEqual([3334, 3333, 3333]);
    expect(parts.reduce((sum, part) => sum! + part!, 0)).toBe(10_000);
  });

  it('gives each school the same cost, or none when there is no cost', () => {
    expect(shareCost(2_500, 'EACH', 3)).toEqual([2_500, 2_500, 2_500]);
    expect(shareCost(null, 'SHARED', 2)).toEqual([null, null]);
    expect(shareCost(500, 'SHARED', 0)).toEqual([]);
  });
});

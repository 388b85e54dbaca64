import { describe, expect, it } from 'vitest';
import { schoolsNeedingAttention } from '@/lib/trust-overview/attention';

const row = (id: string, extra: Partial<Parameters<typeof schoolsNeedingAttention>[0][number]> = {}) => ({
  id,
  name: `School ${id}`,
  latest: { assessmentId: 'a', cycleLabel: '2025/26', completedAt: new Date('2026-02-12T16:00:00Z'), catalogueVersion: '2026.11' },
  change: 3,
  overdueActions: 0,
  ...extra,
});

describe('schools that need attention', () => {
  const today = '2026-12-02';
  it('names each reason: no recent cycle, fell back, overdue actions, no strategy or one past review', () => {
    const reviews = new Map<string, string | null>([
      ['ok', '2027-07-15'],
      ['late', '2026-11-30'],
      ['old', '2027-07-15'],
      ['back', '2027-07-15'],
    ]);
    const result = schoolsNeedingAttention(
      [
        row('ok'),
        row('late'),
        row('none', { latest: null, change: null }),
        row('old', { latest: { assessmentId: 'b', cycleLabel: '2024/25', completedAt: new Date('2025-11-20T10:00:00Z'), catalogueVersion: '2026.11' } }),
        row('back', { change: -7, overdueActions: 2 }),
      ],
      reviews,
      today,
    );
    expect(result.map((s) => s.id)).toEqual(['back', 'none', 'late', 'old']);
    expect(result.find((s) => s.id === 'back')!.reasons).toEqual(['Fell back 7 points since the cycle before', '2 overdue actions']);
    expect(result.find((s) => s.id === 'none')!.reasons).toEqual(['No completed self-assessment', 'No published strategy']);
    expect(result.find((s) => s.id === 'late')!.reasons).toEqual(['Strategy past its review date']);
    expect(result.find((s) => s.id === 'old')!.reasons).toEqual(['No self-assessment completed in the last 12 months']);
  });
});

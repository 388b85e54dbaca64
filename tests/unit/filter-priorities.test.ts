import { describe, expect, it } from 'vitest';
import { filterPriorities, planCoverage, PriorityFiltersSchema, TOP_PRIORITIES } from '@/lib/assessment/filter-priorities';

const gaps = Array.from({ length: 25 }, (_, i) => ({
  code: `r${i}`,
  standardSlug: i % 2 ? 'cyber-security' : 'broadband-internet',
  expectation: i % 3 ? ('MUST' as const) : ('SHOULD' as const),
  status: i % 5 ? ('NOT_MET' as const) : ('NOT_SURE' as const),
}));

describe('priority filters', () => {
  it('show the top 10 unless all are asked for, and filter by standard, must/should and answer', () => {
    const none = PriorityFiltersSchema.parse({});
    expect(filterPriorities(gaps, none)).toMatchObject({ matching: 25 });
    expect(filterPriorities(gaps, none).shown).toHaveLength(TOP_PRIORITIES);
    expect(filterPriorities(gaps, PriorityFiltersSchema.parse({ all: '1' })).shown).toHaveLength(25);
    const cyberMustNotSure = filterPriorities(
      gaps,
      PriorityFiltersSchema.parse({ standard: 'cyber-security', expectation: 'MUST', answer: 'NOT_SURE', all: '1' }),
    );
    expect(cyberMustNotSure.shown.map((g) => g.code)).toEqual(['r5', 'r25'].filter((c) => gaps.some((g) => g.code === c)));
  });

  it('ignore filter values that are not theirs instead of failing the page', () => {
    expect(PriorityFiltersSchema.parse({ standard: '<script>', expectation: 'MAYBE', answer: ['x', 'y'], all: 'yes' })).toEqual({ all: false });
  });

  it('mark a requirement as planned by its soonest action that is not dropped', () => {
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    const cover = planCoverage([
      { id: 'a', title: 'Later', dueDate: day('2027-05-01'), requirementCodes: ['r1', 'r2'], status: 'PLANNED' },
      { id: 'b', title: 'Sooner', dueDate: day('2027-02-12'), requirementCodes: ['r1'], status: 'IN_PROGRESS' },
      { id: 'c', title: 'Dropped', dueDate: day('2026-01-01'), requirementCodes: ['r3'], status: 'DROPPED' },
    ]);
    expect(cover.get('r1')?.id).toBe('b');
    expect(cover.get('r2')?.id).toBe('a');
    expect(cover.has('r3')).toBe(false);
  });
});

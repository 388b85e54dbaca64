import { describe, expect, it } from 'vitest';
import { isUnderused, reviewFollowUps } from '@/lib/purpose/review';
import { SavePurposeReviewSchema } from '@/lib/purpose/review-schemas';

describe('the end-of-cycle review', () => {
  it('calls a platform underused below half of the staff or classes it is for', () => {
    expect(isUnderused(49)).toBe(true);
    expect(isUnderused(50)).toBe(false);
    expect(isUnderused(null)).toBe(false);
  });

  it('hands the next cycle what needs a decision: underused or unhelpful platforms, and goals that did not move', () => {
    const followUps = reviewFollowUps([
      { subject: 'CONTRACT', subjectId: 'a', title: 'Seesaw', adoption: 35, rating: 'SOMEWHAT', note: '' },
      { subject: 'CONTRACT', subjectId: 'b', title: 'Arbor', adoption: 100, rating: 'NO', note: '' },
      { subject: 'CONTRACT', subjectId: 'c', title: 'Google', adoption: 90, rating: 'HELPED', note: '' },
      { subject: 'GOAL', subjectId: 'd', title: 'Better feedback', adoption: null, rating: 'NO', note: '' },
      { subject: 'GOAL', subjectId: 'e', title: 'Less workload', adoption: null, rating: 'NOT_YET', note: '' },
    ]);
    expect(followUps).toEqual([
      'Seesaw: used by 35% of the staff or classes it is for. Decide whether to train, change or stop it.',
      'Arbor: did not help the goals it serves. Decide whether to keep paying for it.',
      'Better feedback: no progress this cycle. Look again at what serves it.',
    ]);
  });

  it('reads one form for every goal and platform, skipping unrated ones and naming each bad field', () => {
    const parsed = SavePurposeReviewSchema.parse({
      schoolId: 's1',
      assessmentId: 'a1',
      'rating:GOAL:g1': 'HELPED',
      'note:GOAL:g1': '  Better marks  ',
      'version:GOAL:g1': '2',
      'rating:CONTRACT:c1': 'SOMEWHAT',
      'adoption:CONTRACT:c1': '40%',
      'links:CONTRACT:c1': 'https://example.org/usage\nhttps://example.org/survey',
      'note:GOAL:g2': 'not rated, so skipped',
    });
    expect(parsed.entries).toEqual([
      { subject: 'GOAL', subjectId: 'g1', rating: 'HELPED', adoption: null, note: 'Better marks', evidenceLinks: [], version: 2 },
      {
        subject: 'CONTRACT',
        subjectId: 'c1',
        rating: 'SOMEWHAT',
        adoption: 40,
        note: '',
        evidenceLinks: ['https://example.org/usage', 'https://example.org/survey'],
        version: 0,
      },
    ]);
    const bad = SavePurposeReviewSchema.safeParse({
      schoolId: 's1',
      assessmentId: 'a1',
      'rating:CONTRACT:c1': 'SOMEWHAT',
      'adoption:CONTRACT:c1': '140',
      'rating:GOAL:g1': 'GREAT',
      'rating:GOAL:g2': 'NO',
      'links:GOAL:g2': 'javascript:alert(1)',
    });
    expect(bad.success || bad.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['adoption:CONTRACT:c1', 'links:GOAL:g2', 'rating:GOAL:g1']);
    const empty = SavePurposeReviewSchema.safeParse({ schoolId: 's1', assessmentId: 'a1' });
    expect(empty.success || empty.error.issues[0]?.message).toBe('Rate at least one goal or platform');
  });
});

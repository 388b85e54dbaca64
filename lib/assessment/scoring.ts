import type { AnswerValue, RequirementStatus } from './answer-options';
import { statusOf } from './answer-options';

/*
 * Scoring rules (also in README.md, "Scores and maturity"):
 * - Each requirement earns points: met 1, partly met 0.5, not met / not sure / unanswered 0.
 *   Not applicable requirements are left out altogether.
 * - DfE "must" requirements weigh 2, "should" requirements weigh 1.
 * - A standard's score is 100 × earned / possible, rounded to a whole number; with nothing
 *   applicable it has no score.
 * - Maturity: not started (nothing answered); 1 emerging (under 40); 2 developing (40 to 69, or
 *   any "must" not met); 3 established (70 or more and every "must" met); 4 meets the standard
 *   (every applicable requirement met).
 * - The overall score is the mean of the standards' scores, core standards counting double; its
 *   maturity follows the same thresholds, capped at developing while any "must" is not met.
 */

export const POINTS: Record<Exclude<RequirementStatus, 'NOT_APPLICABLE'>, number> = {
  MET: 1,
  PARTLY_MET: 0.5,
  NOT_MET: 0,
  NOT_SURE: 0,
  UNANSWERED: 0,
};
export const WEIGHT = { MUST: 2, SHOULD: 1 } as const;
export const CORE_STANDARD_WEIGHT = 2;

export const MATURITY_LEVELS = ['NOT_STARTED', 'EMERGING', 'DEVELOPING', 'ESTABLISHED', 'MEETS_STANDARD'] as const;
export type Maturity = (typeof MATURITY_LEVELS)[number] | 'NOT_APPLICABLE';

export const MATURITY_LABEL: Record<Maturity, string> = {
  NOT_STARTED: 'Not started',
  EMERGING: 'Emerging',
  DEVELOPING: 'Developing',
  ESTABLISHED: 'Established',
  MEETS_STANDARD: 'Meets the standard',
  NOT_APPLICABLE: 'Not applicable',
};

export const MATURITY_RANK: Record<Maturity, number> = {
  NOT_APPLICABLE: -1,
  NOT_STARTED: 0,
  EMERGING: 1,
  DEVELOPING: 2,
  ESTABLISHED: 3,
  MEETS_STANDARD: 4,
};

export type ScorableRequirement = { code: string; expectation: 'MUST' | 'SHOULD' };

export type StandardScore = {
  score: number | null;
  maturity: Maturity;
  total: number;
  answered: number;
  counts: Record<RequirementStatus, number>;
  mustGaps: number;
};

// Score thresholds of the maturity levels (the trust comparison uses them for averages too).
export const DEVELOPING_FROM = 40;
export const ESTABLISHED_FROM = 70;

function maturityFor(score: number | null, answered: number, mustGaps: number, allMet: boolean): Maturity {
  if (answered === 0) return 'NOT_STARTED';
  if (score === null) return 'NOT_APPLICABLE';
  if (allMet) return 'MEETS_STANDARD';
  if (score < DEVELOPING_FROM) return 'EMERGING';
  if (score < ESTABLISHED_FROM || mustGaps > 0) return 'DEVELOPING';
  return 'ESTABLISHED';
}

export function scoreStandard(requirements: readonly ScorableRequirement[], answers: ReadonlyMap<string, AnswerValue>): StandardScore {
  const counts: Record<RequirementStatus, number> = { MET: 0, PARTLY_MET: 0, NOT_MET: 0, NOT_SURE: 0, NOT_APPLICABLE: 0, UNANSWERED: 0 };
  let earned = 0;
  let possible = 0;
  let mustGaps = 0;
  for (const requirement of requirements) {
    const status = statusOf(answers.get(requirement.code));
    counts[status] += 1;
    if (status === 'NOT_APPLICABLE') continue;
    const weight = WEIGHT[requirement.expectation];
    earned += weight * POINTS[status];
    possible += weight;
    if (requirement.expectation === 'MUST' && status !== 'MET') mustGaps += 1;
  }
  const score = possible === 0 ? null : Math.round((100 * earned) / possible);
  const answered = requirements.length - counts.UNANSWERED;
  const applicable = requirements.length - counts.NOT_APPLICABLE;
  const allMet = applicable > 0 && counts.MET === applicable;
  return { score, maturity: maturityFor(score, answered, mustGaps, allMet), total: requirements.length, answered, counts, mustGaps };
}

export type OverallScore = { score: number | null; maturity: Maturity; answered: number; total: number };

export function scoreOverall(standards: ReadonlyArray<{ core: boolean; result: StandardScore }>): OverallScore {
  let weighted = 0;
  let weights = 0;
  let answered = 0;
  let total = 0;
  let mustGaps = 0;
  let allMet = true;
  let anyApplicable = false;
  for (const { core, result } of standards) {
    answered += result.answered;
    total += result.total;
    mustGaps += result.mustGaps;
    if (result.score === null) continue;
    anyApplicable = true;
    if (result.maturity !== 'MEETS_STANDARD') allMet = false;
    const weight = core ? CORE_STANDARD_WEIGHT : 1;
    weighted += weight * result.score;
    weights += weight;
  }
  const score = weights === 0 ? null : Math.round(weighted / weights);
  return { score, maturity: maturityFor(score, answered, mustGaps, anyApplicable && allMet), answered, total };
}

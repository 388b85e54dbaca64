import { londonDateParts } from '@/lib/dates/format';
import type { Layer, NextStep, SourceKind, Timing } from '@/lib/standards/catalogue-schema';
import type { AnswerValue } from './answer-options';
import { statusOf } from './answer-options';
import { isGap, rankGaps, type RankedGap } from './priorities';
import { scoreOverall, scoreStandard, type OverallScore, type StandardScore } from './scoring';

export type CatalogueRequirement = {
  code: string;
  title: string;
  question: string;
  hint: string | null;
  expectation: 'MUST' | 'SHOULD';
  timing: Timing;
  sourceUrl: string;
  // Null in 2026.11, which did not record it.
  source: SourceKind | null;
  nextSteps: NextStep[];
  contentHash: string;
  position: number;
};

export type CatalogueStandard = {
  slug: string;
  title: string;
  summary: string;
  core: boolean;
  layer: Layer;
  timing: Timing;
  sourceUrl: string;
  requirements: CatalogueRequirement[];
};

export type StandardResult = { slug: string; title: string; core: boolean; layer: Layer; result: StandardScore };
export type Evaluation = { standards: StandardResult[]; overall: OverallScore; priorities: RankedGap[] };

// Scores every standard, the whole school, and ranks the gaps, from the catalogue and answers.
export function evaluate(catalogue: readonly CatalogueStandard[], answers: ReadonlyMap<string, AnswerValue>): Evaluation {
  const standards = catalogue.map((standard) => ({
    slug: standard.slug,
    title: standard.title,
    core: standard.core,
    layer: standard.layer,
    result: scoreStandard(standard.requirements, answers),
  }));
  const gaps = catalogue.flatMap((standard, standardIndex) =>
    standard.requirements.flatMap((requirement) => {
      const status = statusOf(answers.get(requirement.code));
      if (!isGap(status)) return [];
      return [
        {
          code: requirement.code,
          title: requirement.title,
          standardSlug: standard.slug,
          standardTitle: standard.title,
          layer: standard.layer,
          core: standard.core,
          expectation: requirement.expectation,
          timing: requirement.timing,
          status,
          position: standardIndex * 1000 + requirement.position,
        },
      ];
    }),
  );
  return { standards, overall: scoreOverall(standards), priorities: rankGaps(gaps) };
}

// What is frozen when a cycle is completed, so history never changes with later catalogues.
export type AssessmentSummary = {
  overall: OverallScore;
  standards: Array<{ slug: string; title: string; core: boolean; score: number | null; maturity: StandardScore['maturity'] }>;
  gaps: number;
  mustGaps: number;
};

export function summarise(evaluation: Evaluation): AssessmentSummary {
  return {
    overall: evaluation.overall,
    standards: evaluation.standards.map((s) => ({ slug: s.slug, title: s.title, core: s.core, score: s.result.score, maturity: s.result.maturity })),
    gaps: evaluation.priorities.length,
    mustGaps: evaluation.standards.reduce((sum, s) => sum + s.result.mustGaps, 0),
  };
}

// Academic years run September to August, by the date in London: 15 Oct 2026 is in "2026/27", and
// so is 00:30 BST on 1 September 2026 (still 31 August in UTC).
export function academicYearLabel(date: Date): string {
  const london = londonDateParts(date);
  const year = london.month >= 9 ? london.year : london.year - 1;
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

// What the roadmap starts from: the cycle's gaps (not met, partly met, not sure), with what the
// catalogue says about each one's timing and first next step. Pure.
import type { CatalogueStandard } from '@/lib/assessment/evaluate';
import type { Gap } from '@/lib/assessment/priorities';
import type { RoadmapRequirement } from './build-roadmap';

export function openRequirements(catalogue: readonly CatalogueStandard[], gaps: readonly Pick<Gap, 'code'>[]): RoadmapRequirement[] {
  const requirements = new Map(catalogue.flatMap((standard) => standard.requirements.map((r) => [r.code, { requirement: r, standard }] as const)));
  return gaps.flatMap((gap) => {
    const found = requirements.get(gap.code);
    if (!found) return [];
    const { requirement, standard } = found;
    const step = requirement.nextSteps[0];
    return [
      {
        code: gap.code,
        title: requirement.title,
        standardSlug: standard.slug,
        standardTitle: standard.title,
        coreDeadline: standard.core && standard.timing.kind === 'BY_DATE' ? (standard.timing.date ?? null) : null,
        timing: requirement.timing,
        action: step?.action ?? requirement.title,
        costBand: step?.costBand ?? 'NONE',
      },
    ];
  });
}

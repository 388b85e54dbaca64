// What is still unanswered in a cycle, in catalogue order: a cycle completes only when every
// requirement has an answer ("not applicable" needs its reason, which saving already demands).
// Pure: the completion page, the completion itself and the school overview use the same rule.
import type { AnswerValue } from './answer-options';
import type { CatalogueStandard } from './evaluate';

export type MissingAnswer = { standardSlug: string; standardTitle: string; code: string; title: string; number: number };

export function missingAnswers(catalogue: CatalogueStandard[], answers: ReadonlyMap<string, AnswerValue | null | undefined>): MissingAnswer[] {
  return catalogue.flatMap((standard) =>
    standard.requirements.flatMap((requirement, index) =>
      answers.get(requirement.code)
        ? []
        : [{ standardSlug: standard.slug, standardTitle: standard.title, code: requirement.code, title: requirement.title, number: index + 1 }],
    ),
  );
}

/** The missing answers grouped by standard, for lists of links. */
export function missingByStandard(missing: MissingAnswer[]): Array<{ slug: string; title: string; items: MissingAnswer[] }> {
  const groups = new Map<string, { slug: string; title: string; items: MissingAnswer[] }>();
  for (const item of missing) {
    const group = groups.get(item.standardSlug) ?? { slug: item.standardSlug, title: item.standardTitle, items: [] };
    groups.set(item.standardSlug, group);
    group.items.push(item);
  }
  return [...groups.values()];
}

export type NextStep =
  { kind: 'answer'; standardSlug: string; standardTitle: string; core: boolean; remaining: number; remainingInStandard: number } | { kind: 'complete' };

/**
 * The draft's main call to action: the next standard with blanks (the six core standards first,
 * as DfE expects them met by 2030; then catalogue order), or "complete" once nothing is blank.
 */
export function nextStep(catalogue: CatalogueStandard[], answers: ReadonlyMap<string, AnswerValue | null | undefined>): NextStep {
  const missing = missingAnswers(catalogue, answers);
  if (missing.length === 0) return { kind: 'complete' };
  const ordered = [...catalogue.filter((s) => s.core), ...catalogue.filter((s) => !s.core)];
  const standard = ordered.find((s) => missing.some((m) => m.standardSlug === s.slug))!;
  return {
    kind: 'answer',
    standardSlug: standard.slug,
    standardTitle: standard.title,
    core: standard.core,
    remaining: missing.length,
    remainingInStandard: missing.filter((m) => m.standardSlug === standard.slug).length,
  };
}

/** How many questions the core standards ask: the first-run path's "about N questions". */
export function coreQuestionCount(catalogue: CatalogueStandard[]): number {
  return catalogue.filter((s) => s.core).reduce((sum, s) => sum + s.requirements.length, 0);
}

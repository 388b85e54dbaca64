// Which answer counts for each requirement of a school's draft, when its trust provides some
// services centrally. Pure: scoring, priorities, completion and the pages all use this one rule.
import type { AnswerValue } from '@/lib/assessment/answer-options';
import type { CatalogueStandard } from '@/lib/assessment/evaluate';

export type CentralServiceRule = { covers: string; schoolIds: readonly string[] };
export type OwnAnswer = { value: AnswerValue; localReason: string | null };
export type TrustAnswer = {
  value: AnswerValue;
  notApplicableReason: string | null;
  evidenceNote: string | null;
  evidenceLinks: string[];
  updatedById: string | null;
  updatedByName: string | null;
  updatedAt: Date;
};

// SCHOOL: the school's own answer (not covered, or covered and the trust has not answered yet).
// TRUST: the trust's answer. LOCAL: covered, but the school recorded that it is different here.
// AWAITING_TRUST: covered, answered by nobody yet.
export type AnswerOrigin = 'SCHOOL' | 'TRUST' | 'LOCAL' | 'AWAITING_TRUST';
export type EffectiveAnswer = { value: AnswerValue | null; origin: AnswerOrigin };

export const standardCover = (slug: string) => `standard:${slug}`;
export const requirementCover = (code: string) => `requirement:${code}`;

export function appliesTo(service: CentralServiceRule, schoolId: string): boolean {
  return service.schoolIds.length === 0 || service.schoolIds.includes(schoolId);
}

/** The requirement codes of this catalogue that the trust answers for this school. */
export function coveredCodes(catalogue: readonly CatalogueStandard[], services: readonly CentralServiceRule[], schoolId: string): Set<string> {
  const covers = new Set(services.filter((service) => appliesTo(service, schoolId)).map((service) => service.covers));
  const codes = new Set<string>();
  if (covers.size === 0) return codes;
  for (const standard of catalogue) {
    const whole = covers.has(standardCover(standard.slug));
    for (const requirement of standard.requirements) if (whole || covers.has(requirementCover(requirement.code))) codes.add(requirement.code);
  }
  return codes;
}

export function effectiveAnswer(own: OwnAnswer | undefined, trust: TrustAnswer | undefined, covered: boolean): EffectiveAnswer {
  if (!covered) return own ? { value: own.value, origin: 'SCHOOL' } : { value: null, origin: 'SCHOOL' };
  if (own?.localReason) return { value: own.value, origin: 'LOCAL' };
  if (trust) return { value: trust.value, origin: 'TRUST' };
  // Answered before the trust took this on, and the trust has not answered yet: theirs stands.
  if (own) return { value: own.value, origin: 'SCHOOL' };
  return { value: null, origin: 'AWAITING_TRUST' };
}

export function effectiveAnswers(
  catalogue: readonly CatalogueStandard[],
  own: ReadonlyMap<string, OwnAnswer>,
  trust: ReadonlyMap<string, TrustAnswer>,
  covered: ReadonlySet<string>,
): Map<string, EffectiveAnswer> {
  const result = new Map<string, EffectiveAnswer>();
  for (const standard of catalogue)
    for (const requirement of standard.requirements) {
      result.set(requirement.code, effectiveAnswer(own.get(requirement.code), trust.get(requirement.code), covered.has(requirement.code)));
    }
  return result;
}

/** The values scoring reads: answered requirements only. */
export function effectiveValues(answers: ReadonlyMap<string, EffectiveAnswer>): Map<string, AnswerValue> {
  const values = new Map<string, AnswerValue>();
  for (const [code, answer] of answers) if (answer.value) values.set(code, answer.value);
  return values;
}

/** A completed cycle keeps the answers it used: where each came from is stored with it. */
export function storedOrigin(answer: { fromTrust: boolean; localReason: string | null }): AnswerOrigin {
  if (answer.fromTrust) return 'TRUST';
  return answer.localReason ? 'LOCAL' : 'SCHOOL';
}

import type { Catalogue, StandardInput } from './catalogue-schema';

// Editorial rules a catalogue must meet from 2026.12 on, beyond its shape. 2026.11 was loaded
// before they existed and, being immutable, is not held to them.
export type QualityProblem = { code: string; problem: string };

const PLAN_TECH_HOST = 'www.plan-technology-for-your-school.education.gov.uk';

// Questions are compared without case, spacing or punctuation, so a copy-and-paste shows up.
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function standardQualityProblems(standard: StandardInput): QualityProblem[] {
  const problems: QualityProblem[] = [];
  for (const requirement of standard.requirements) {
    const add = (problem: string) => problems.push({ code: requirement.code, problem });
    if (!requirement.hint) add('has no hint saying how to find out');
    if (!requirement.source) add('has no source kind');
    const host = new URL(requirement.sourceUrl).host;
    if (requirement.source === 'PLAN_TECH' && host !== PLAN_TECH_HOST) add('comes from Plan Tech but does not cite it');
    if (requirement.source === 'DFE_STANDARD' && !requirement.sourceUrl.startsWith(standard.sourceUrl)) add('does not cite its standard page');
  }
  return problems;
}

export function catalogueQualityProblems(catalogue: Catalogue): QualityProblem[] {
  const problems = catalogue.standards.flatMap(standardQualityProblems);
  const questions = new Map<string, string>();
  for (const standard of catalogue.standards) {
    for (const requirement of standard.requirements) {
      const key = normalise(requirement.question);
      const other = questions.get(key);
      if (other) problems.push({ code: requirement.code, problem: `asks the same question as ${other}` });
      else questions.set(key, requirement.code);
    }
  }
  return problems;
}

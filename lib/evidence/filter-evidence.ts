import { itemTarget, type Framework } from '@/lib/frameworks/crosswalk-schema';
import type { EvidenceState } from './evidence-state';
import { standardOfTarget } from './evidence-targets';

// The Evidence page's filters, as pure rules: by standard, by framework, by state; and which
// answers say "met" with nothing behind them ("missing").

export type EvidenceFilter = { standard?: string | null; framework?: Framework | null; state?: 'expired' | 'expiring' | 'current' | 'missing' | null };

export function frameworkTargets(framework: Framework): Set<string> {
  return new Set(framework.items.flatMap((item) => [itemTarget(framework, item), ...item.requirementCodes]));
}

export function filterEvidence<T extends { state: EvidenceState; targets: string[] }>(rows: readonly T[], filter: EvidenceFilter): T[] {
  const inFramework = filter.framework ? frameworkTargets(filter.framework) : null;
  return rows.filter((row) => {
    if (filter.standard && !row.targets.some((t) => standardOfTarget(t) === filter.standard)) return false;
    if (inFramework && !row.targets.some((t) => inFramework.has(t))) return false;
    if (filter.state === 'expired' && row.state !== 'expired') return false;
    if (filter.state === 'expiring' && row.state !== 'expiring') return false;
    if (filter.state === 'current' && (row.state === 'expired' || row.state === 'expiring')) return false;
    return true;
  });
}

/** Requirements answered met (or partly) with no evidence linked, within the filter. */
export function unbackedAnswers(
  requirements: readonly { code: string; title: string; standardSlug: string }[],
  answers: ReadonlyMap<string, string>,
  backed: ReadonlySet<string>,
  filter: EvidenceFilter,
) {
  const inFramework = filter.framework ? frameworkTargets(filter.framework) : null;
  return requirements.filter(
    (r) =>
      (answers.get(r.code) === 'MET' || answers.get(r.code) === 'PARTLY_MET') &&
      !backed.has(r.code) &&
      (!filter.standard || r.standardSlug === filter.standard) &&
      (!inFramework || inFramework.has(r.code)),
  );
}

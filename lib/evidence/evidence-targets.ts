import { CATALOGUES } from '@/lib/standards/catalogue';
import { CROSSWALK } from '@/lib/frameworks/crosswalk';
import { itemTarget } from '@/lib/frameworks/crosswalk-schema';

// What an evidence item may back: any requirement code of a shipped catalogue (codes are stable
// across versions), or an item of the crosswalk's frameworks.
let known: ReadonlySet<string> | undefined;

export function knownTargets(): ReadonlySet<string> {
  known ??= new Set([
    ...CATALOGUES.flatMap((c) => c.standards.flatMap((s) => s.requirements.map((r) => r.code))),
    ...CROSSWALK.frameworks.flatMap((f) => f.items.map((i) => itemTarget(f, i))),
  ]);
  return known;
}

export function unknownTargets(targets: readonly string[]): string[] {
  const all = knownTargets();
  return targets.filter((t) => !all.has(t));
}

/** The standard a requirement code belongs to (codes start with the standard's slug). */
export const standardOfTarget = (target: string) => (target.includes(':') ? null : target.split('.')[0]!);

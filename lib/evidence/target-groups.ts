import { CROSSWALK } from '@/lib/frameworks/crosswalk';
import { itemTarget } from '@/lib/frameworks/crosswalk-schema';
import { DFE_2026_12 } from '@/lib/standards/catalogue';

export type TargetGroup = { id: string; title: string; options: Array<{ value: string; label: string }> };

// What an evidence item can back, as the form lists it: each standard's requirements (newest
// catalogue), then each framework's own items.
let groups: TargetGroup[] | undefined;

export function evidenceTargetGroups(): TargetGroup[] {
  groups ??= [
    ...DFE_2026_12.standards.map((standard) => ({
      id: standard.slug,
      title: standard.title,
      options: standard.requirements.map((r) => ({ value: r.code, label: r.title })),
    })),
    ...CROSSWALK.frameworks.map((framework) => ({
      id: framework.id,
      title: framework.shortTitle,
      options: framework.items.map((item) => ({ value: itemTarget(framework, item), label: item.title })),
    })),
  ];
  return groups;
}

let labels: ReadonlyMap<string, string> | undefined;

/** A target's name for lists: the requirement's title, or "RPA cyber cover: …" for a framework item. */
export function targetLabel(target: string): string {
  labels ??= new Map(
    evidenceTargetGroups().flatMap((group) => group.options.map((o) => [o.value, o.value.includes(':') ? `${group.title}: ${o.label}` : o.label] as const)),
  );
  return labels.get(target) ?? target;
}

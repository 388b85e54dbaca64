import { CATALOGUES } from '@/lib/standards/catalogue';

// A requirement's title by code, from the newest shipped catalogue that has it (codes are stable
// across versions), for pages and packs that name what a framework item maps to.
let titles: ReadonlyMap<string, string> | undefined;

export function requirementTitle(code: string): string {
  titles ??= new Map(CATALOGUES.flatMap((c) => c.standards.flatMap((s) => s.requirements.map((r) => [r.code, r.title] as const))));
  return titles.get(code) ?? code;
}

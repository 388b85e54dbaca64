import { createHash } from 'node:crypto';
import type { RequirementInput } from './catalogue-schema';

// What a school must re-read when a requirement changes: its wording, strength or timing.
export function requirementContentHash(requirement: Pick<RequirementInput, 'title' | 'question' | 'hint' | 'expectation' | 'timing'>): string {
  const { title, question, hint, expectation, timing } = requirement;
  return createHash('sha256')
    .update(JSON.stringify({ title, question, hint: hint ?? null, expectation, timing: { kind: timing.kind, date: timing.date ?? null, text: timing.text } }))
    .digest('hex')
    .slice(0, 32);
}

export type CatalogueEntry = { code: string; contentHash: string; title: string; standardTitle: string };
export type CatalogueChanges = { added: CatalogueEntry[]; changed: CatalogueEntry[]; retired: CatalogueEntry[] };

// Compares two versions by requirement code, which stays stable from one release to the next.
export function diffCatalogues(previous: readonly CatalogueEntry[], next: readonly CatalogueEntry[]): CatalogueChanges {
  const before = new Map(previous.map((entry) => [entry.code, entry]));
  const after = new Map(next.map((entry) => [entry.code, entry]));
  return {
    added: next.filter((entry) => !before.has(entry.code)),
    changed: next.filter((entry) => before.has(entry.code) && before.get(entry.code)!.contentHash !== entry.contentHash),
    retired: previous.filter((entry) => !after.has(entry.code)),
  };
}

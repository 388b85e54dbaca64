import { createHash } from 'node:crypto';
import type { Expectation, RequirementInput, Timing } from './catalogue-schema';

// What a school must re-read when a requirement changes: its wording, strength or timing.
export function requirementContentHash(requirement: Pick<RequirementInput, 'title' | 'question' | 'hint' | 'expectation' | 'timing'>): string {
  const { title, question, hint, expectation, timing } = requirement;
  return createHash('sha256')
    .update(JSON.stringify({ title, question, hint: hint ?? null, expectation, timing: { kind: timing.kind, date: timing.date ?? null, text: timing.text } }))
    .digest('hex')
    .slice(0, 32);
}

// A requirement as the diff needs it; built from a stored version or from the source files.
export type CatalogueEntry = {
  code: string;
  contentHash: string;
  title: string;
  question: string;
  hint: string | null;
  expectation: Expectation;
  timing: Timing;
  standardSlug: string;
  standardTitle: string;
};

export type ChangedEntry = CatalogueEntry & { before: CatalogueEntry };
export type CatalogueChanges = {
  added: CatalogueEntry[];
  // What is asked changed (question, must/should, or when): carried-over answers need a look.
  changed: ChangedEntry[];
  // Only the title, hint or timing wording changed: answers stand.
  updated: ChangedEntry[];
  retired: CatalogueEntry[];
};

// An answer keeps its meaning while the question, its strength and its deadline stay the same.
export function sameQuestion(a: Pick<CatalogueEntry, 'question' | 'expectation' | 'timing'>, b: Pick<CatalogueEntry, 'question' | 'expectation' | 'timing'>) {
  return a.question === b.question && a.expectation === b.expectation && a.timing.kind === b.timing.kind && (a.timing.date ?? null) === (b.timing.date ?? null);
}

// Compares two versions by requirement code, which stays stable from one release to the next.
export function diffCatalogues(previous: readonly CatalogueEntry[], next: readonly CatalogueEntry[]): CatalogueChanges {
  const before = new Map(previous.map((entry) => [entry.code, entry]));
  const after = new Set(next.map((entry) => entry.code));
  const changes: CatalogueChanges = { added: [], changed: [], updated: [], retired: previous.filter((entry) => !after.has(entry.code)) };
  for (const entry of next) {
    const old = before.get(entry.code);
    if (!old) changes.added.push(entry);
    else if (!sameQuestion(old, entry)) changes.changed.push({ ...entry, before: old });
    else if (old.contentHash !== entry.contentHash) changes.updated.push({ ...entry, before: old });
  }
  return changes;
}

// The hash a carried-over answer should hold in the new version: the new one when the question
// kept its meaning (so the answer is not flagged), the old one otherwise (so it is). An answer
// that was already waiting for review stays flagged. Null for a retired requirement.
export function carriedRequirementHash(answerHash: string, from: CatalogueEntry | undefined, to: CatalogueEntry | undefined): string | null {
  if (!to) return null;
  if (from && answerHash === from.contentHash && sameQuestion(from, to)) return to.contentHash;
  return answerHash;
}

import { requirementContentHash, type CatalogueEntry } from './catalogue-diff';
import type { Expectation, Timing } from './catalogue-schema';

type StandardLike = {
  slug: string;
  title: string;
  requirements: ReadonlyArray<{
    code: string;
    title: string;
    question: string;
    hint?: string | null;
    expectation: Expectation;
    timing: Timing;
    contentHash?: string;
  }>;
};

// Flattens a version (as stored, or as its source files) into the entries the diff compares.
// Source files have no stored hash, so it is worked out the way the loader does.
export function catalogueEntries(standards: readonly StandardLike[]): CatalogueEntry[] {
  return standards.flatMap((standard) =>
    standard.requirements.map((r) => ({
      code: r.code,
      contentHash: r.contentHash ?? requirementContentHash({ ...r, hint: r.hint ?? undefined }),
      title: r.title,
      question: r.question,
      hint: r.hint ?? null,
      expectation: r.expectation,
      timing: r.timing,
      standardSlug: standard.slug,
      standardTitle: standard.title,
    })),
  );
}

// A catalogue version as stored (standards with their requirements) turned back into the shape the
// scoring reads. Pure, so the server's cached reader and the demo seed share it.
import type { Catalogue, Layer, NextStep, SourceKind, Timing } from '@/lib/standards/catalogue-schema';
import type { CatalogueStandard } from './evaluate';

type TimingColumns = { timingKind: Timing['kind']; timingDate: Date | null; timingText: string };
type RequirementRow = TimingColumns & {
  code: string;
  title: string;
  question: string;
  hint: string | null;
  expectation: CatalogueStandard['requirements'][number]['expectation'];
  sourceUrl: string;
  source: SourceKind | null;
  nextSteps: unknown;
  contentHash: string;
  position: number;
};
type StandardRow = TimingColumns & {
  slug: string;
  title: string;
  summary: string;
  core: boolean;
  layer: number;
  sourceUrl: string;
  requirements: RequirementRow[];
};

// The findMany arguments that fetch a version in order, in one query.
export function catalogueQuery(catalogueVersionId: string) {
  return {
    where: { catalogueVersionId },
    orderBy: { position: 'asc' },
    include: { requirements: { orderBy: { position: 'asc' } } },
  } as const;
}

const timingOf = (row: TimingColumns): Timing => ({
  kind: row.timingKind,
  ...(row.timingDate ? { date: row.timingDate.toISOString().slice(0, 10) } : {}),
  text: row.timingText,
});

export function catalogueFromRows(standards: readonly StandardRow[]): CatalogueStandard[] {
  return standards.map((standard) => ({
    slug: standard.slug,
    title: standard.title,
    summary: standard.summary,
    core: standard.core,
    layer: standard.layer as Layer,
    timing: timingOf(standard),
    sourceUrl: standard.sourceUrl,
    requirements: standard.requirements.map((r) => ({
      code: r.code,
      title: r.title,
      question: r.question,
      hint: r.hint,
      expectation: r.expectation,
      timing: timingOf(r),
      sourceUrl: r.sourceUrl,
      source: r.source,
      nextSteps: r.nextSteps as NextStep[],
      contentHash: r.contentHash,
      position: r.position,
    })),
  }));
}

// The same shape straight from a catalogue's source files, for scripts that run without the
// server (the national data set, the PDF benchmark). hashOf gives each requirement's stored hash.
export function catalogueFromInput(input: Catalogue, hashOf: (code: string) => string): CatalogueStandard[] {
  return input.standards.map((standard) => ({
    ...standard,
    requirements: standard.requirements.map((r, position) => ({ ...r, hint: r.hint ?? null, source: r.source ?? null, contentHash: hashOf(r.code), position })),
  }));
}

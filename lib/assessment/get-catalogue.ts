import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/db/prisma';
import type { Layer, NextStep, Timing } from '@/lib/standards/catalogue-schema';
import type { CatalogueStandard } from './evaluate';

const timingOf = (row: { timingKind: Timing['kind']; timingDate: Date | null; timingText: string }): Timing => ({
  kind: row.timingKind,
  ...(row.timingDate ? { date: row.timingDate.toISOString().slice(0, 10) } : {}),
  text: row.timingText,
});

// Public reference data (DfE's standards), the same for every tenant: no actor needed.
// One query per version, whatever the number of requirements.
export const getCatalogue = cache(async (catalogueVersionId: string): Promise<CatalogueStandard[]> => {
  const standards = await prisma.standard.findMany({
    where: { catalogueVersionId },
    orderBy: { position: 'asc' },
    include: { requirements: { orderBy: { position: 'asc' } } },
  });
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
      nextSteps: r.nextSteps as NextStep[],
      contentHash: r.contentHash,
      position: r.position,
    })),
  }));
});

export async function getLatestCatalogueVersion() {
  return prisma.catalogueVersion.findFirst({ orderBy: [{ publishedOn: 'desc' }, { loadedAt: 'desc' }] });
}

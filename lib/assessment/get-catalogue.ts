import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { catalogueFromRows, catalogueQuery } from './catalogue-rows';
import type { CatalogueStandard } from './evaluate';

// Public reference data (DfE's standards), the same for every tenant: no actor needed.
// A loaded catalogue version never changes (lib/standards/load-catalogue.ts refuses to rewrite
// one), so each server process reads a version once and keeps it: this is not shared state, just
// immutable content, and it saves every assessment page three queries and 205 rows of mapping.
const catalogues = new Map<string, Promise<CatalogueStandard[]>>();

export function getCatalogue(catalogueVersionId: string): Promise<CatalogueStandard[]> {
  let catalogue = catalogues.get(catalogueVersionId);
  if (!catalogue) {
    catalogue = readCatalogue(catalogueVersionId).then(deepFreeze);
    catalogues.set(catalogueVersionId, catalogue);
    // A failed read (or a version not loaded yet) must not be remembered.
    catalogue.then(
      (standards) => standards.length === 0 && catalogues.delete(catalogueVersionId),
      () => catalogues.delete(catalogueVersionId),
    );
  }
  return catalogue;
}

// Shared between requests, so nobody may change it in place.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

async function readCatalogue(catalogueVersionId: string): Promise<CatalogueStandard[]> {
  return catalogueFromRows(await prisma.standard.findMany(catalogueQuery(catalogueVersionId)));
}

// The newest DfE published (and, for two of one date, the last loaded).
export const NEWEST_CATALOGUE_FIRST = [{ publishedOn: 'desc' as const }, { loadedAt: 'desc' as const }];

export async function getLatestCatalogueVersion() {
  return prisma.catalogueVersion.findFirst({ orderBy: NEWEST_CATALOGUE_FIRST });
}

// The catalogue a draft could move to: the newest, when it is newer than the draft's own.
export async function newerCatalogueFor(assessment: { status: string; catalogueVersionId: string; catalogueVersion: { publishedOn: Date } }) {
  if (assessment.status !== 'DRAFT') return null;
  const latest = await getLatestCatalogueVersion();
  return latest && latest.id !== assessment.catalogueVersionId && latest.publishedOn > assessment.catalogueVersion.publishedOn ? latest : null;
}

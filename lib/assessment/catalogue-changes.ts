import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { diffCatalogues, type CatalogueChanges } from '@/lib/standards/catalogue-diff';

// What changed between the catalogue a school last completed and the one it is answering now.
export async function catalogueChangesBetween(previousVersionId: string, currentVersionId: string): Promise<CatalogueChanges | null> {
  if (previousVersionId === currentVersionId) return null;
  const rows = await prisma.requirement.findMany({
    where: { catalogueVersionId: { in: [previousVersionId, currentVersionId] } },
    select: { catalogueVersionId: true, code: true, contentHash: true, title: true, standard: { select: { title: true } } },
  });
  const entries = (versionId: string) =>
    rows
      .filter((row) => row.catalogueVersionId === versionId)
      .map((row) => ({ code: row.code, contentHash: row.contentHash, title: row.title, standardTitle: row.standard.title }));
  return diffCatalogues(entries(previousVersionId), entries(currentVersionId));
}

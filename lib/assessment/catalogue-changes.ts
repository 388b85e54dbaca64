import 'server-only';
import { catalogueEntries } from '@/lib/standards/catalogue-entries';
import { diffCatalogues, type CatalogueChanges } from '@/lib/standards/catalogue-diff';
import { getCatalogue } from './get-catalogue';

// What changed between two catalogue versions. Both are read through the per-process cache, so
// this costs no queries once the versions have been used.
export async function catalogueChangesBetween(previousVersionId: string, currentVersionId: string): Promise<CatalogueChanges | null> {
  if (previousVersionId === currentVersionId) return null;
  const [previous, current] = await Promise.all([getCatalogue(previousVersionId), getCatalogue(currentVersionId)]);
  return diffCatalogues(catalogueEntries(previous), catalogueEntries(current));
}

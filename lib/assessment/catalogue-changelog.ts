import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { catalogueChangesBetween } from './catalogue-changes';
import { NEWEST_CATALOGUE_FIRST } from './get-catalogue';

const VERSION = /^\d{4}\.\d{2}(\.\d+)?$/;

/** Public reference data: what changed in one catalogue version since the one before it. */
export async function getCatalogueChangelog(version: string) {
  if (!VERSION.test(version)) return null;
  const current = await prisma.catalogueVersion.findUnique({ where: { version }, select: { id: true, version: true, title: true, publishedOn: true } });
  if (!current) return null;
  const previous = await prisma.catalogueVersion.findFirst({
    where: { publishedOn: { lt: current.publishedOn } },
    orderBy: NEWEST_CATALOGUE_FIRST,
    select: { id: true, version: true },
  });
  return { current, previous, changes: previous ? await catalogueChangesBetween(previous.id, current.id) : null };
}

/** Public reference data: every loaded version, newest first. */
export async function listCatalogueVersions() {
  return prisma.catalogueVersion.findMany({ orderBy: NEWEST_CATALOGUE_FIRST, select: { version: true, title: true, publishedOn: true } });
}

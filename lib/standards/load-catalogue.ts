// Loads a validated catalogue into the database as an immutable version. Used by the seed and by
// content migrations (scripts/db/load-catalogues.ts); takes its Prisma client so scripts can call it.
import type { PrismaClient } from '@/lib/generated/prisma/client.ts';
import { requirementContentHash } from './catalogue-diff';
import { CatalogueSchema, type Catalogue } from './catalogue-schema';

const dateOnly = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null);

export async function loadCatalogue(prisma: PrismaClient, input: Catalogue): Promise<{ version: string; created: boolean }> {
  const catalogue = CatalogueSchema.parse(input);
  const existing = await prisma.catalogueVersion.findUnique({ where: { version: catalogue.version }, select: { id: true } });
  // A published version never changes: a new DfE release becomes a new version.
  if (existing) return { version: catalogue.version, created: false };

  await prisma.$transaction(
    async (tx) => {
      const version = await tx.catalogueVersion.create({
        data: {
          version: catalogue.version,
          title: catalogue.title,
          publishedOn: dateOnly(catalogue.publishedOn)!,
          sourceUrl: catalogue.sourceUrl,
        },
      });
      for (const [standardIndex, standard] of catalogue.standards.entries()) {
        const created = await tx.standard.create({
          data: {
            catalogueVersionId: version.id,
            slug: standard.slug,
            title: standard.title,
            summary: standard.summary,
            core: standard.core,
            layer: standard.layer,
            timingKind: standard.timing.kind,
            timingDate: dateOnly(standard.timing.date),
            timingText: standard.timing.text,
            sourceUrl: standard.sourceUrl,
            position: standardIndex,
          },
        });
        await tx.requirement.createMany({
          data: standard.requirements.map((requirement, index) => ({
            catalogueVersionId: version.id,
            standardId: created.id,
            code: requirement.code,
            title: requirement.title,
            question: requirement.question,
            hint: requirement.hint ?? null,
            expectation: requirement.expectation,
            timingKind: requirement.timing.kind,
            timingDate: dateOnly(requirement.timing.date),
            timingText: requirement.timing.text,
            sourceUrl: requirement.sourceUrl,
            source: requirement.source ?? null,
            nextSteps: requirement.nextSteps,
            contentHash: requirementContentHash(requirement),
            position: index,
          })),
        });
      }
    },
    { timeout: 60_000 },
  );
  return { version: catalogue.version, created: true };
}

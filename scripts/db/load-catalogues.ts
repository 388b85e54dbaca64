// Content migrations: loads every catalogue version shipped in lib/standards/catalogue that the
// database does not have yet. Versions already loaded are never changed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../lib/generated/prisma/client.ts';
import { CATALOGUES } from '../../lib/standards/catalogue/index.ts';
import { loadCatalogue } from '../../lib/standards/load-catalogue.ts';

export async function loadCatalogues(databaseUrl: string): Promise<string[]> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    const loaded: string[] = [];
    for (const catalogue of CATALOGUES) {
      const result = await loadCatalogue(prisma, catalogue);
      if (result.created) loaded.push(result.version);
    }
    return loaded;
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('Set DATABASE_URL to the database to load the standards catalogue into.');
    process.exit(1);
  }
  const loaded = await loadCatalogues(url);
  console.log(loaded.length ? `Loaded catalogue versions: ${loaded.join(', ')}` : 'All catalogue versions are already loaded.');
}

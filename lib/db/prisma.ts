import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client.ts';
import { env } from '@/lib/env';

function createPrismaClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL }),
    // Password hashes leave the database only when a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const globalForPrisma = globalThis as unknown as { waypointPrisma?: Db };

// One client per process; the dev server's hot reload would otherwise open a pool per edit.
export const prisma: Db = globalForPrisma.waypointPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.waypointPrisma = prisma;

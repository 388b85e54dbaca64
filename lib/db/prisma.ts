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

// One client per process, made on first use: `next build` loads this module without a database,
// and the dev server's hot reload would otherwise open a pool per edit.
function client(): Db {
  globalForPrisma.waypointPrisma ??= createPrismaClient();
  return globalForPrisma.waypointPrisma;
}

export const prisma = new Proxy({} as Db, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === 'function' ? value.bind(real) : value;
  },
});

import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client.ts';
import { env } from '@/lib/env';

const queryListeners = new Set<(sql: string) => void>();

// Tests count the SQL statements a page needs; see WAYPOINT_QUERY_EVENTS in lib/env.ts.
export function onQuery(listener: (sql: string) => void): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

function createPrismaClient() {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL }),
    // Password hashes leave the database only when a query asks for them by name.
    omit: { user: { passwordHash: true } },
    log: env().WAYPOINT_QUERY_EVENTS === '1' ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (env().WAYPOINT_QUERY_EVENTS === '1') {
    (client as unknown as { $on(event: 'query', cb: (e: { query: string }) => void): void }).$on('query', (event) => {
      for (const listener of queryListeners) listener(event.query);
    });
  }
  return client;
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

// Prisma's schema engine, run as WebAssembly over @prisma/adapter-pg, because the native engine
// cannot be downloaded here (see /work/shared/notes/offline-toolchain.md). Migration folders stay
// in Prisma's own format, so `prisma migrate deploy` on a host with the native engine agrees.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';
import pg from 'pg';

export type { SchemaEngine };

type Bindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

const SCHEMA_PATH = 'schema.prisma';
const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

let bindings: Promise<Bindings> | undefined;

// The engine arms a 10 s timer around its advisory lock and never clears it, which kept every
// script alive for 10 s after it had finished. Its timers are tracked and cleared once no engine
// is running (not sooner: a running engine may be waiting on one).
const engineTimers = new Set<ReturnType<typeof setTimeout>>();
let runningEngines = 0;

function trackedSetTimeout(callback: () => void, ms: number): ReturnType<typeof setTimeout> {
  const timer = setTimeout(() => {
    engineTimers.delete(timer);
    callback();
  }, ms >>> 0);
  engineTimers.add(timer);
  return timer;
}

// The package's own entry imports the .wasm file as an ES module, which Node 20 refuses, so
// the module is instantiated by hand. Once per process: instantiation costs ~100 ms.
function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
    const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
    // wasm-bindgen suffixes import names with a hash that changes between releases.
    for (const name of Object.keys(imports).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
      imports[name] = trackedSetTimeout;
    }
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { './schema_engine_bg.js': imports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindings;
}

function engineLog(line: string): void {
  if (process.env.WAYPOINT_DEBUG_SCHEMA_ENGINE) process.stderr.write(`[schema-engine] ${line.trimEnd()}\n`);
}

// Diffing two schema files needs no database, but SchemaEngine.new insists on an adapter and
// probes the server version through it. This stand-in answers that probe and refuses anything
// else, so a diff can never touch a real database and still works with no server running.
function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const refuse = (what: string): never => {
    throw new Error(`the offline schema engine has no database (it was asked to ${what})`);
  };
  const adapter: SqlDriverAdapter = {
    provider: 'postgres',
    adapterName: 'waypoint-offline',
    async queryRaw(query: SqlQuery) {
      if (!query.sql.includes('server_version_num')) return refuse(`run: ${query.sql.trim()}`);
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        // 15 is the oldest server Waypoint runs on (system PostgreSQL, CI). Diffs came out the same
        // as against real 15.20 and 18.4 servers.
        rows: [[true, 'PostgreSQL 15.0 (waypoint offline diff)', 150000]],
      };
    },
    executeRaw: async (query) => refuse(`run: ${query.sql.trim()}`),
    executeScript: async () => refuse('run a script'),
    startTransaction: async () => refuse('start a transaction'),
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => {},
  };
  return {
    provider: 'postgres',
    adapterName: 'waypoint-offline',
    connect: async () => adapter,
    connectToShadowDb: async () => refuse('create a shadow database'),
  };
}

// adapter-pg's executeScript splits the script at every ";" and runs the pieces one at a time:
// a ";" inside a string or a function body breaks the migration, and a failing statement leaves
// the ones before it applied. Sent as one simple query, as the native engine does, PostgreSQL
// runs the whole migration as a single implicit transaction.
function wholeScriptAdapterFactory(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg(pool);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      adapter.executeScript = async (script) => {
        try {
          await pool.query(script);
        } catch (error) {
          // The adapter's own translation, so the engine reports the error as it always does.
          adapter['onError'](error);
        }
      };
      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

/**
 * Runs `fn` with a schema engine connected to `connectionString` (null: no database, diffs only)
 * and always frees the engine and closes its connection, so scripts can exit on their own.
 */
export async function withSchemaEngine<T>(connectionString: string | null, schemaText: string | null, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  // The engine takes a session-level advisory lock (pg_advisory_lock) before migrating and never
  // unlocks it; with more than one pooled connection, a second command on the same engine could
  // wait forever for the lock its own idle connection holds. Closing the connection releases it,
  // which also serialises concurrent migrators. The pool is ours to end: engine.free() does not
  // dispose the adapter.
  let pool: pg.Pool | null = null;
  runningEngines += 1;
  try {
    if (connectionString !== null) {
      pool = new pg.Pool({ connectionString, max: 1 });
      pool.on('error', (error) => engineLog(`idle connection error: ${error.message}`));
    }
    const engine = await SchemaEngine.new(
      { datamodels: schemaText === null ? undefined : [[SCHEMA_PATH, schemaText]] },
      engineLog,
      bindMigrationAwareSqlAdapterFactory(pool === null ? offlineAdapterFactory() : wholeScriptAdapterFactory(pool)),
    );
    try {
      return await fn(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool?.end();
    runningEngines -= 1;
    if (runningEngines === 0) {
      for (const timer of engineTimers) clearTimeout(timer);
      engineTimers.clear();
    }
  }
}

/** SQL that turns a database at `fromSchemaText` (null: an empty database) into `toSchemaText`. */
export async function diffSchemas(fromSchemaText: string | null, toSchemaText: string): Promise<string> {
  const datamodel = (content: string) => ({
    tag: 'schemaDatamodel' as const,
    files: [{ path: SCHEMA_PATH, content }],
  });
  const result = await withSchemaEngine(null, toSchemaText, (engine) =>
    engine.diff({
      from: fromSchemaText === null ? { tag: 'empty' } : datamodel(fromSchemaText),
      to: datamodel(toSchemaText),
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return result.stdout ?? '';
}

/** True when a script from diffSchemas has no statements (the engine still emits a comment). */
export function isEmptyMigration(sql: string): boolean {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .every((line) => line === '' || line.startsWith('--'));
}

/** Migration folder names in the order Prisma applies them. */
export async function listMigrationNames(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  // localeCompare, not the default sort, because that is what the Prisma CLI uses.
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
}

// Mirrors how the Prisma CLI reads prisma/migrations, so checksums and names in
// _prisma_migrations match what `prisma migrate deploy` would record.
async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const lockfileContent = await readFile(path.join(baseDir, 'migration_lock.toml'), 'utf8').catch(() => null);
  const names = await listMigrationNames(baseDir);
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(baseDir, name, 'migration.sql'), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: lockfileContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Applies pending migrations like `prisma migrate deploy`; returns the names it applied. */
export async function applyMigrations(connectionString: string, migrationsDir: string): Promise<string[]> {
  const migrationsList = await readMigrationsList(migrationsDir);
  const output = await withSchemaEngine(connectionString, null, (engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTERS }));
  return output.appliedMigrationNames;
}

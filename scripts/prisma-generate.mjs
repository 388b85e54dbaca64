// `prisma generate` runs no native engine, but the Prisma CLI tries to download the schema
// engine at start-up unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file. Pointing it at
// this script keeps generation offline (see docs/decisions/001-migrations-with-the-webassembly-schema-engine.md).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? self,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});

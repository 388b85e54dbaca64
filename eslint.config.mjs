// @ts-check
// Lint without type information: typescript-eslint cannot load TypeScript 7's native compiler, and
// typed linting through TypeScript 6 took six times as long for two findings. `npm run typecheck`
// (TypeScript 7) does the type checking.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  globalIgnores(['lib/generated/**', '.next/**', '.data/**', 'playwright-report/**', 'test-results/**', 'next-env.d.ts']),
  // Next's rules: react, react-hooks (with the React Compiler rules), jsx-a11y, @next/next.
  ...nextCoreWebVitals,
  // typescript-eslint's recommended rules that need no type information.
  ...nextTypescript,
  {
    name: 'waypoint/rules',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a value kept on purpose: an unused parameter, or a key dropped with a rest spread.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests, scripts and seeds render no React: a callback named `use` is not React's use().
    name: 'waypoint/node-only',
    files: ['tests/**', 'scripts/**', 'prisma/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  // Last: turns off the stylistic rules that Prettier owns.
  prettier,
]);

import { defineConfig } from 'vitest/config';

// The API suite runs twice: on embedded PGlite (the default) and on a PostgreSQL server.
export default defineConfig({
  // Node loads graphql's CommonJS build for the libraries; Vite would pick its `module` (.mjs) build
  // for our code. Two copies break graphql's instanceof checks, so both use the one Node loads.
  // The SDK's examples import the package by name: tests run them against its source.
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: 'graphql/index.js' },
      { find: /^@claimgraph\/sdk$/, replacement: new URL('packages/sdk/src/index.ts', import.meta.url).pathname },
      {
        find: /^@claimgraph\/sdk\/operations$/,
        replacement: new URL('packages/sdk/src/operations.ts', import.meta.url).pathname,
      },
    ],
  },
  test: {
    // The output shows test results, not logs: in-process apps would log each request (production) and the
    // faults tests cause on purpose (outages, a missing table). Server processes that tests start keep
    // their own level (server-process.ts) and tests read what they print.
    env: { LOG_LEVEL: 'silent' },
    // Two test files at a time on the two-core machines CI runs on (vitest's default is one fewer than
    // the cores): most of a file's time is spent waiting on PostgreSQL, server processes and Chromium.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/contract/**/*.test.ts', 'test/sdk/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'api-pglite',
          include: ['test/api/**/*.test.ts'],
          env: { CLAIMGRAPH_TEST_DB: 'pglite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'api-postgres',
          // Replicas share one database and Redis: PostgreSQL only (PGlite is one process).
          include: ['test/api/**/*.test.ts', 'test/replicas/**/*.test.ts'],
          // Backup and the move to PostgreSQL start from the embedded database's folder.
          exclude: ['test/api/data-keeping.test.ts'],
          env: { CLAIMGRAPH_TEST_DB: 'postgres' },
          globalSetup: ['test/support/postgres-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Faults and shutdown against real processes: a private PostgreSQL server that the
          // tests stop and start, and server processes that get SIGTERM.
          name: 'hardening',
          include: ['test/hardening/**/*.test.ts'],
          env: { CLAIMGRAPH_TEST_DB: 'postgres' },
          globalSetup: ['test/support/postgres-setup.ts'],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The production artifact: a `pnpm deploy` folder of the build, run with plain node.
          name: 'build',
          include: ['test/build/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Real Chromium against the real server process, which serves the built explorer.
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // What the page shows after a request or a live event can take a few seconds on a busy machine.
          expect: { poll: { timeout: 10_000 } },
          globalSetup: ['test/e2e/setup.ts'],
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

// The API suite runs twice: on embedded PGlite (the default) and on a PostgreSQL server.
export default defineConfig({
  // Node loads graphql's CommonJS build for the libraries; Vite would pick its `module` (.mjs) build
  // for our code. Two copies break graphql's instanceof checks, so both use the one Node loads.
  // The SDK's examples import the package by name: tests run them against its source.
  resolve: {
    alias: {
      graphql: 'graphql/index.js',
      '@claimgraph/sdk': new URL('packages/sdk/src/index.ts', import.meta.url).pathname,
    },
  },
  test: {
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

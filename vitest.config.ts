import { defineConfig } from 'vitest/config';

// The API suite runs twice: on embedded PGlite (the default) and on a PostgreSQL server.
export default defineConfig({
  // Node loads graphql's CommonJS build for the libraries; Vite would pick its `module` (.mjs) build
  // for our code. Two copies break graphql's instanceof checks, so both use the one Node loads.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/contract/**/*.test.ts'],
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
          include: ['test/api/**/*.test.ts'],
          env: { CLAIMGRAPH_TEST_DB: 'postgres' },
          globalSetup: ['test/support/postgres-setup.ts'],
        },
      },
    ],
  },
});

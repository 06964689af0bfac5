import { defineConfig } from 'vitest/config';

// The API suite runs twice: on embedded PGlite (the default) and on a PostgreSQL server.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/contract/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'api-pglite',
          include: ['test/api/**/*.test.ts'],
          env: { CLAIMGRAPH_TEST_DB: 'pglite' },
        },
      },
      {
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

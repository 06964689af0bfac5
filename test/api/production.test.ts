import { readHardening } from '../../apps/server/src/config/profile.js';
import { createApp } from '../../apps/server/src/yoga.js';
import { type Api, createApi, describe, expect, productionHardening, test } from '../support/fixtures.js';

// The checks GraphQL scanners run (graphql-cop's list), against the production profile: each one
// must find nothing.

const production = (api: Api) => createApi(createApp({ hardening: productionHardening() }), api.database, api.keys);

async function raw(api: Api, init: RequestInit & { path?: string }) {
  const response = await api.app.fetch(`http://claimgraph.test${init.path ?? '/graphql'}`, init);
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text };
}

const json = () => ({ 'content-type': 'application/json', accept: 'application/json' });

describe('the production profile', () => {
  test('is what NODE_ENV=production or CLAIMGRAPH_PROFILE=production selects, and each part can be re-enabled', () => {
    for (const env of [{ NODE_ENV: 'production' }, { CLAIMGRAPH_PROFILE: 'production', NODE_ENV: 'test' }]) {
      const options = readHardening(env);
      expect(options).toMatchObject({ profile: 'production', graphiql: false, introspection: false });
      expect(options.fieldSuggestions).toBe(false);
      expect(options.rateLimit.enabled).toBe(true);
    }
    expect(readHardening({ NODE_ENV: 'production', CLAIMGRAPH_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(readHardening({}).profile).toBe('development');
    expect(() => readHardening({ CLAIMGRAPH_PROFILE: 'staging' })).toThrow(/development or production/);
    expect(() => readHardening({ CLAIMGRAPH_MAX_COST: 'lots' })).toThrow(/whole number/);
  });

  test('introspection is refused: __schema and __type', async ({ api }) => {
    const app = production(api);
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Claim") { fields { name } } }']) {
      const result = await app.graphql(query);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.message).toMatch(/introspection/i);
    }
    // `__typename` is not introspection: clients need it to tell union members apart.
    expect(await app.data('{ __typename }')).toEqual({ __typename: 'Query' });
  });

  test('field, argument, type and enum value suggestions are gone, in validation and in variables', async ({ api }) => {
    const app = production(api);
    const typos = [
      app.graphql('{ claimz { totalCount } }'),
      app.graphql('{ claims(frist: 1) { totalCount } }'),
      app.graphql('query ($f: ClaimFiltr) { claims(filter: $f) { totalCount } }'),
      app.graphql('{ claims(filter: { statedCertainty: [RUMOR] }) { totalCount } }'),
      app.graphql('query ($c: [StatedCertainty!]) { claims(filter: { statedCertainty: $c }) { totalCount } }', {
        c: ['RUMOR'],
      }),
    ];
    for (const result of await Promise.all(typos)) {
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(result.errors)).not.toMatch(/did you mean|RUMOUR|claims"|"first"|ClaimFilter"/i);
    }
    // The development profile keeps them, for people writing queries.
    expect((await api.graphql('{ claimz { totalCount } }')).errors?.[0]?.message).toMatch(/Did you mean .*"claims"\?/);
  });

  test('no IDE: GraphiQL is not served, nor any other IDE path', async ({ api }) => {
    const app = production(api);
    // A browser gets a short page that says GraphiQL is off and how to turn it on, and none of GraphiQL.
    const page = await raw(app, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(page.text).toContain('<code>CLAIMGRAPH_GRAPHIQL=true</code>');
    expect(page.text).not.toMatch(/<script|<style|graphiql-|__schema/i);
    // A GET query is not a page load: it still needs its CSRF header.
    expect(
      (await raw(app, { path: '/graphql?query=%7B__typename%7D', headers: { accept: 'application/json' } })).status,
    ).toBe(403);
    for (const path of ['/graphiql', '/playground', '/altair', '/graphql/console', '/voyager']) {
      const other = await raw(app, { path, headers: { accept: 'text/html' } });
      expect(other.status).toBe(404);
    }
    // The development profile serves GraphiQL.
    expect((await raw(api, { headers: { accept: 'text/html' } })).text).toContain('<title>claimgraph</title>');
  });

  test('alias, batch, directive and field-duplication overloading are refused', async ({ api }) => {
    const app = production(api);
    const aliases = `{ ${Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await app.graphql(aliases)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    const directives = `{ __typename ${'@aa '.repeat(50)}}`;
    expect((await app.graphql(directives)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_DIRECTIVES');
    const duplicated = `{ ${'__typename '.repeat(500)}}`;
    expect((await app.graphql(duplicated)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_FIELDS');
    const batch = await raw(app, {
      method: 'POST',
      headers: json(),
      body: JSON.stringify(Array.from({ length: 10 }, () => ({ query: '{ __typename }' }))),
    });
    expect(batch.status).toBe(400);
    expect(batch.text).not.toContain('"data"');
  });

  test('circular introspection is refused', async ({ api }) => {
    const app = production(api);
    const circular = `{ __schema { types { ${'fields { type { '.repeat(8)}name${' } }'.repeat(8)} } } }`;
    const result = await app.graphql(circular);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.length).toBeGreaterThan(0);
  });

  test('GET-based and form-based CSRF, and mutations over GET, are refused', async ({ api }) => {
    const app = production(api);
    const get = await raw(app, { path: `/graphql?query=${encodeURIComponent('{ __typename }')}` });
    expect(get.status).toBe(403);
    const form = await raw(app, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(415);
    const write = 'mutation { createSource(input: { name: "Over GET", kind: NEWS_OUTLET }) { __typename } }';
    const mutation = await raw(app, {
      path: `/graphql?query=${encodeURIComponent(write)}`,
      headers: { 'x-graphql-yoga-csrf': '1', authorization: `Bearer ${api.keys.editor}` },
    });
    expect(mutation.status).toBe(405);
  });

  test('no trace or debug mode: answers carry no tracing, timings, stacks or original errors', async ({ api }) => {
    const app = production(api);
    const result = await app.graphql('{ claims(first: 1) { totalCount } }');
    expect(Object.keys(result.extensions ?? {})).toEqual(['cost']);
    const withDebug = await raw(app, {
      method: 'POST',
      headers: { ...json(), 'x-debug': '1' },
      body: JSON.stringify({ query: '{ __typename }', extensions: { tracing: true, debug: true } }),
    });
    expect(withDebug.text).not.toMatch(/tracing|"debug"|stack|originalError/);
  });

  test('unhandled errors: malformed requests get a plain 4xx, never an exception or a stack', async ({ api }) => {
    const app = production(api);
    const bodies = [
      '{ "query": "{ __typename {}" }',
      '{ "query": 42 }',
      '{ "query": "{ __typename }", "variables": "nope" }',
      '{ "query": "{ __typename }", "extensions": [] }',
      '{ "query": "{ __typename }", "operationName": {} }',
      '{"query": ',
      '',
    ];
    for (const body of bodies) {
      const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
      const answer = await raw(app, { method: 'POST', headers, body });
      expect(answer.status, body).toBeGreaterThanOrEqual(400);
      expect(answer.status, body).toBeLessThan(500);
      expect(answer.text, body).not.toMatch(/exception|stack|\bat \S+\.(ts|js)|node_modules|prisma/i);
    }
  });

  test('every answer names its request: the caller’s X-Request-Id, or a fresh one', async ({ api }) => {
    const app = production(api);
    const given = await app.app.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { ...json(), 'x-request-id': 'trace-42' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(given.headers.get('x-request-id')).toBe('trace-42');
    const fresh = await app.app.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { ...json(), 'x-request-id': 'not a token; <script>' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('health', () => {
  test('GET /health is 200 while the process answers; GET /ready is 200 while the database answers', async ({
    api,
  }) => {
    const app = production(api);
    expect((await raw(app, { path: '/health' })).status).toBe(200);
    const ready = await raw(app, { path: '/ready' });
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({ status: 'ready', database: 'up' });
  });
});

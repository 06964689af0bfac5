import { hardeningDefaults } from '../../apps/server/src/config/profile.js';
import { createApp } from '../../apps/server/src/yoga.js';
import { type Api, createApi, describe, expect, type GraphQLResponse, test } from '../support/fixtures.js';

// Every limit is met by the abusive request it exists for: the answer carries a stable code, and
// not one SQL statement runs.

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

async function post(api: Api, body: string, headers: Record<string, string> = JSON_HEADERS) {
  // A fresh object each time: the in-process fetch writes the body's content-length into it.
  const response = await api.app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { ...headers },
    body,
  });
  const text = await response.text();
  return { response, body: (text ? JSON.parse(text) : {}) as Omit<GraphQLResponse, 'status'> };
}

/** Sends `query`, asserts that it is refused with `code` and that no SQL ran; returns the answer. */
async function refused(api: Api, query: string, code: string, variables?: Record<string, unknown>) {
  let result: GraphQLResponse | undefined;
  const statements = await api.statements(async () => {
    result = await api.graphql(query, variables);
  });
  expect(result?.errors?.map((error) => error.extensions?.code)).toEqual([code]);
  expect(result?.data ?? null).toBeNull();
  expect(result?.status).toBeLessThan(500);
  expect(statements).toBe(0);
  return result as GraphQLResponse;
}

const nested = (levels: number) =>
  `{ actors(first: 1) { edges { node { ${'parent { '.repeat(levels)}name${' }'.repeat(levels)} } } } }`;

describe('shape limits (graphql-armor), checked before execution', () => {
  test('depth: 15 levels run, 16 are refused with QUERY_TOO_DEEP', async ({ api }) => {
    expect((await api.graphql(nested(11))).errors).toBeUndefined();
    const result = await refused(api, nested(13), 'QUERY_TOO_DEEP');
    expect(result.errors?.[0]?.message).toContain('Query depth limit of 15 exceeded');
  });

  test('circular introspection is refused (graphql-js bounds introspection depth first)', async ({ api }) => {
    const circular = `{ __schema { types { ${'fields { type { '.repeat(6)}name${' } }'.repeat(6)} } } }`;
    const result = await refused(api, circular, 'GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toBe('Maximum introspection depth exceeded');
  });

  test('introspection counts towards depth: a deep `__type` query is refused with QUERY_TOO_DEEP', async ({ api }) => {
    await refused(
      api,
      `{ __type(name: "Claim") { ${'ofType { '.repeat(15)}name${' }'.repeat(15)} } }`,
      'QUERY_TOO_DEEP',
    );
  });

  test('aliases: 15 run, 16 `__typename` aliases are refused with TOO_MANY_ALIASES', async ({ api }) => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await api.graphql(aliases(15))).errors).toBeUndefined();
    await refused(api, aliases(16), 'TOO_MANY_ALIASES');
  });

  test('directives: 20 run, 21 are refused with TOO_MANY_DIRECTIVES', async ({ api }) => {
    const directives = (n: number) => `{ ${'__typename @include(if: true) '.repeat(n)}}`;
    expect((await api.graphql(directives(20))).errors).toBeUndefined();
    await refused(api, directives(21), 'TOO_MANY_DIRECTIVES');
  });

  test('tokens: a document over 2,000 tokens is refused while parsing, with TOO_MANY_TOKENS', async ({ api }) => {
    const words = Array.from({ length: 2100 }, () => 'name').join(' ');
    await refused(api, `{ actors(first: 1) { edges { node { ${words} } } } }`, 'TOO_MANY_TOKENS');
  });

  test('fields: 300 run, `__typename` × 500 (field duplication) is refused with TOO_MANY_FIELDS', async ({ api }) => {
    expect((await api.graphql(`{ ${'__typename '.repeat(300)}}`)).errors).toBeUndefined();
    await refused(api, `{ ${'__typename '.repeat(500)}}`, 'TOO_MANY_FIELDS');
  });
});

describe('cost, with page sizes as multipliers', () => {
  test('every answer reports its cost, and `first` multiplies what is under it', async ({ api }) => {
    const cost = async (first: number) =>
      (await api.graphql(`{ articles(first: ${first}) { edges { node { headline } } } }`)).extensions?.cost;
    // articles (2) + first × (edges (2) + node (1)); scalars are free.
    expect(await cost(5)).toEqual({ requested: 17, limit: 20_000 });
    expect(await cost(10)).toEqual({ requested: 32, limit: 20_000 });
  });

  test('articles(first: 100) → appearances(first: 100) → claim → actors is refused with QUERY_TOO_COSTLY', async ({
    api,
  }) => {
    const query = `{ articles(first: 100) { edges { node { currentVersion { appearances(first: 100) {
      edges { node { claim { text actors { role actor { name } } } } } } } } } } }`;
    const result = await refused(api, query, 'QUERY_TOO_COSTLY');
    const cost = result.errors?.[0]?.extensions?.cost as { requested: number; limit: number };
    expect(cost.limit).toBe(20_000);
    expect(cost.requested).toBeGreaterThan(100 * 100);
    expect(result.extensions?.cost).toEqual(cost);
  });

  test('the same shape with small pages runs', async ({ api }) => {
    const query = `{ articles(first: 5) { edges { node { currentVersion { appearances(first: 20) {
      edges { node { claim { text actors { role actor { name } } } } } } } } } } }`;
    const result = await api.graphql(query);
    expect(result.errors).toBeUndefined();
    expect((result.extensions?.cost as { requested: number } | undefined)?.requested).toBeLessThan(20_000);
  });

  test('a page size in a variable is priced too', async ({ api }) => {
    const query = `query ($n: Int) { articles(first: $n) { edges { node { currentVersion {
      appearances(first: $n) { edges { node { claim { actors { actor { name } } } } } } } } } } }`;
    await refused(api, query, 'QUERY_TOO_COSTLY', { n: 100 });
  });
});

describe('input sizes', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`Claim:${i + 1}`).toString('base64url'));

  test('nodes(ids:) takes 100 IDs; 101 are refused with BAD_USER_INPUT', async ({ api }) => {
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    expect((await api.graphql(query, { ids: ids(100) })).errors).toBeUndefined();
    const result = await refused(api, query, 'BAD_USER_INPUT', { ids: ids(101) });
    expect(result.errors?.[0]?.message).toContain('at most 100');
  });

  test('a filter list written in the document is held to the same 100', async ({ api }) => {
    const certainties = Array.from({ length: 101 }, () => 'RUMOUR').join(', ');
    await refused(api, `{ claims(filter: { statedCertainty: [${certainties}] }) { totalCount } }`, 'BAD_USER_INPUT');
  });

  test('pages: first over 100 is refused with BAD_USER_INPUT', async ({ api }) => {
    await refused(api, '{ claims(first: 101) { totalCount } }', 'BAD_USER_INPUT');
  });

  test('a body over 1 MiB is a 413, whether its length is declared or streamed', async ({ api }) => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1024 * 1024) } });
    const statements = await api.statements(async () => {
      const declared = await post(api, big);
      expect(declared.response.status).toBe(413);
      expect(declared.body.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');

      const bytes = new TextEncoder().encode(big);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.slice(at, at + 64 * 1024));
          controller.close();
        },
      });
      const streamed = await api.app.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { ...JSON_HEADERS },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
    });
    expect(statements).toBe(0);
  });

  test('batches (a JSON array of operations) are refused', async ({ api }) => {
    const statements = await api.statements(async () => {
      const { response, body } = await post(
        api,
        JSON.stringify([{ query: '{ claims { totalCount } }' }, { query: '{ __typename }' }]),
      );
      expect(response.status).toBe(400);
      expect(body.errors?.[0]?.message).toBe('Batching is not supported.');
    });
    expect(statements).toBe(0);
  });
});

describe('cross-site requests', () => {
  const url = (query: string) => `http://claimgraph.test/graphql?query=${encodeURIComponent(query)}`;

  test('a GET query without a CSRF header is a 403; with one it runs', async ({ api }) => {
    const statements = await api.statements(async () => {
      const bare = await api.app.fetch(url('{ claims { totalCount } }'), { headers: { accept: 'application/json' } });
      expect(bare.status).toBe(403);
    });
    expect(statements).toBe(0);
    const allowed = await api.app.fetch(url('{ claims { totalCount } }'), {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ data: { claims: { totalCount: 24 } } });
  });

  test('a mutation over GET is a 405, even with the CSRF header and an editor’s key', async ({ api }) => {
    const mutation = 'mutation { createSource(input: { name: "Sneaky", kind: NEWS_OUTLET }) { __typename } }';
    const statements = await api.statements(async () => {
      const response = await api.app.fetch(url(mutation), {
        headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1', authorization: `Bearer ${api.keys.editor}` },
      });
      expect(response.status).toBe(405);
    });
    // Authentication reads the key; nothing is written.
    expect(statements).toBeLessThanOrEqual(1);
    expect(await api.data('{ sources(filter: { name: "Sneaky" }) { totalCount } }')).toEqual({
      sources: { totalCount: 0 },
    });
  });

  for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain']) {
    test(`a ${type.split(';')[0]} POST (a form another site can submit) is a 415`, async ({ api }) => {
      const statements = await api.statements(async () => {
        const { response } = await post(api, 'query=%7B%20claims%20%7B%20totalCount%20%7D%20%7D', {
          'content-type': type,
        });
        expect(response.status).toBe(415);
      });
      expect(statements).toBe(0);
    });
  }
});

describe('rate limits, by cost', () => {
  /** An app whose client addresses come from X-Forwarded-For, with a small budget per address. */
  function limitedApp(api: Api, addressPoints: number) {
    const options = hardeningDefaults('development');
    options.rateLimit = { ...options.rateLimit, enabled: true, addressPoints, trustProxy: true };
    return createApi(createApp({ hardening: options }), api.database, api.keys);
  }

  async function from(api: Api, address: string, query: string, key?: string) {
    const response = await api.app.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'x-forwarded-for': address, ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return { response, body: (await response.json()) as Omit<GraphQLResponse, 'status'> };
  }

  test('an address that spent its budget gets RATE_LIMITED, a retry hint, and no SQL; others go on', async ({
    api,
  }) => {
    const limited = limitedApp(api, 40);
    const query = '{ articles(first: 5) { edges { node { headline } } } }'; // costs 17
    expect((await from(limited, '203.0.113.7', query)).response.status).toBe(200);
    expect((await from(limited, '203.0.113.7', query)).response.status).toBe(200);
    let third: Awaited<ReturnType<typeof from>> | undefined;
    const statements = await api.statements(async () => {
      third = await from(limited, '203.0.113.7', query);
    });
    expect(statements).toBe(0);
    expect(third?.response.status).toBe(429);
    const retryAfter = Number(third?.response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(third?.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter });
    // Another client is not held back by this one.
    expect((await from(limited, '198.51.100.4', query)).response.status).toBe(200);
  });

  test('an API key has its own budget, shared by every address it comes from', async ({ api }) => {
    const options = hardeningDefaults('development');
    options.rateLimit = { ...options.rateLimit, enabled: true, keyPoints: 40, addressPoints: 1_000, trustProxy: true };
    const limited = createApi(createApp({ hardening: options }), api.database, api.keys);
    const query = '{ articles(first: 5) { edges { node { headline } } } }'; // costs 17
    expect((await from(limited, '203.0.113.20', query, api.keys.reader)).response.status).toBe(200);
    expect((await from(limited, '203.0.113.21', query, api.keys.reader)).response.status).toBe(200);
    const third = await from(limited, '203.0.113.22', query, api.keys.reader);
    expect(third.response.status).toBe(429);
    expect(third.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Another key, and the same addresses without a key, still have budget.
    expect((await from(limited, '203.0.113.22', query, api.keys.editor)).response.status).toBe(200);
    expect((await from(limited, '203.0.113.22', query)).response.status).toBe(200);
  });

  test('invalid API keys: an address that presents too many gets RATE_LIMITED, then no key of its is checked', async ({
    api,
  }) => {
    const options = hardeningDefaults('development');
    options.rateLimit = { ...options.rateLimit, enabled: true, failedKeyPoints: 3, trustProxy: true };
    const limited = createApi(createApp({ hardening: options }), api.database, api.keys);
    const guess = (n: number) => `cg_${'0'.repeat(40)}${n}`;
    for (let n = 0; n < 3; n += 1) {
      const miss = await from(limited, '203.0.113.30', '{ __typename }', guess(n));
      expect(miss.response.status).toBe(401);
      expect(miss.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const fourth = await from(limited, '203.0.113.30', '{ __typename }', guess(3));
    expect(fourth.response.status).toBe(429);
    const retryAfter = Number(fourth.response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(fourth.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter });
    // A right guess from that address is not told apart from a wrong one, at either door.
    const right = await from(limited, '203.0.113.30', '{ __typename }', api.keys.reader);
    expect(right.response.status).toBe(429);
    const download = await limited.app.fetch('http://claimgraph.test/export/claims.ndjson', {
      headers: { 'x-forwarded-for': '203.0.113.30', authorization: `Bearer ${api.keys.reader}` },
    });
    expect(download.status).toBe(429);
    expect(download.headers.get('retry-after')).toBe(String(retryAfter));
    expect(await download.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    // The same address without a key, and other addresses with theirs, are served.
    expect((await from(limited, '203.0.113.30', '{ __typename }')).response.status).toBe(200);
    expect((await from(limited, '198.51.100.9', '{ __typename }', api.keys.reader)).response.status).toBe(200);
    expect((await from(limited, '198.51.100.9', '{ __typename }', guess(9))).response.status).toBe(401);
  });

  test('invalid keys at the export routes count too', async ({ api }) => {
    const options = hardeningDefaults('development');
    options.rateLimit = { ...options.rateLimit, enabled: true, failedKeyPoints: 2, trustProxy: true };
    const limited = createApp({ hardening: options });
    const download = () =>
      limited.fetch('http://claimgraph.test/export/claims.ndjson', {
        headers: { 'x-forwarded-for': '203.0.113.31', authorization: `Bearer cg_${'1'.repeat(40)}` },
      });
    expect((await download()).status).toBe(401);
    expect((await download()).status).toBe(401);
    const third = await download();
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(
      (await from(createApi(limited, api.database, api.keys), '203.0.113.31', '{ __typename }', api.keys.reader))
        .response.status,
    ).toBe(429);
  });

  test('an expensive operation spends more of the budget than a cheap one', async ({ api }) => {
    const limited = limitedApp(api, 100);
    const cheap = '{ __typename }'; // costs 0, counted as 1
    for (let i = 0; i < 20; i += 1) expect((await from(limited, '203.0.113.8', cheap)).response.status).toBe(200);
    const costly = '{ articles(first: 30) { edges { node { headline } } } }'; // costs 92
    expect((await from(limited, '203.0.113.8', costly)).response.status).toBe(429);
  });
});

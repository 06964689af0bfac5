import { createServer } from 'node:net';
import { parse } from 'graphql';
import {
  ClaimDocument,
  ClaimgraphError,
  type ClaimsQuery,
  createClient,
  type TypedDocumentNode,
} from '../../packages/sdk/src/index.js';
import { describe, expect, test } from '../support/fixtures.js';
import { endpoint, inProcessClient } from './client.js';

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

describe('the SDK client', () => {
  test('paginate walks a connection page by page until the last', async ({ api }) => {
    const client = inProcessClient(api);
    const pages: number[] = [];
    const names: string[] = [];
    for await (const page of client.paginate('actors', { first: 10 }, (result) => result.actors)) {
      pages.push(page.edges.length);
      names.push(...page.edges.map((edge) => edge.node.name));
    }
    const { actors } = await client.actors({ first: 100 });
    expect(pages).toEqual([10, 10, actors.totalCount - 20]);
    expect(names).toEqual(actors.edges.map((edge) => edge.node.name));
  });

  test('paginate stops when the selected connection is missing', async ({ api }) => {
    const client = inProcessClient(api);
    const { actors } = await client.actors({ first: 1 });
    // A well-formed actor ID that names no actor: `actor` is null, so there is nothing to page.
    const [typename] = Buffer.from(actors.edges[0]?.node.id ?? '', 'base64url')
      .toString()
      .split(':');
    const missing = Buffer.from(`${typename}:987654321`).toString('base64url');
    expect((await client.actor({ id: missing })).actor).toBeNull();
    const pages = [];
    for await (const page of client.paginate('actorClaims', { id: missing }, (result) => result.actor?.claims)) {
      pages.push(page);
    }
    expect(pages).toEqual([]);
  });

  test('a GraphQL error becomes a ClaimgraphError with the status, the codes and the messages', async ({ api }) => {
    const client = inProcessClient(api);
    const error = await client.claim({ id: 'not-an-id' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClaimgraphError);
    if (!ClaimgraphError.is(error)) throw error;
    expect(error.kind).toBe('graphql');
    expect(error.status).toBe(200);
    expect(error.operationName).toBe('Claim');
    expect(error.codes).toEqual(['INVALID_ID']);
    expect(error.hasCode('INVALID_ID')).toBe(true);
    expect(error.message).toMatch(/^claimgraph Claim failed: .*\(INVALID_ID\)$/);
  });

  test('a request the server refuses keeps its HTTP status and code', async ({ api }) => {
    const client = inProcessClient(api);
    const error = await client.claims({ first: 101 }).catch((caught: unknown) => caught);
    if (!ClaimgraphError.is(error)) throw error;
    expect(error.codes).toEqual(['BAD_USER_INPUT']);
    expect(error.data).toBeNull();
  });

  test('partial data stays on the error', async ({ api }) => {
    const client = inProcessClient(api);
    const { actors } = await client.actors({ first: 1 });
    // An actor's ID where a claim's is expected: that field fails, the others resolve.
    const document: TypedDocumentNode<
      { claims: { totalCount: number }; claim: { id: string } | null },
      { id: string }
    > = parse('query Partial($id: ID!) { claims { totalCount } claim(id: $id) { id } }');
    const error = await client
      .request(document, { id: actors.edges[0]?.node.id ?? '' })
      .catch((caught: unknown) => caught);
    if (!ClaimgraphError.is(error)) throw error;
    expect(error.data).toEqual({ claims: { totalCount: 24 }, claim: null });
    expect(error.errors[0]?.path).toEqual(['claim']);
    expect(error.codes).toEqual(['INVALID_ID']);
    expect(error.operationName).toBe('Partial');
  });

  test('request runs the SDK’s documents and documents of one’s own, parsed or built without a source', async ({
    api,
  }) => {
    const client = inProcessClient(api);
    const { claims } = await client.claims({ filter: { statedCertainty: ['RUMOUR'] } });
    const id = claims.edges[0]?.node.id ?? '';
    const viaRequest = await client.request(ClaimDocument, { id });
    expect(viaRequest.claim?.text).toBe(claims.edges[0]?.node.text);

    const own: TypedDocumentNode<Pick<ClaimsQuery, 'claims'>, { first: number }> = parse(
      'query Few($first: Int) { claims(first: $first) { totalCount pageInfo { hasNextPage } edges { cursor node { id } } } }',
    );
    const withSource = await client.request(own, { first: 2 });
    expect(withSource.claims.edges).toHaveLength(2);
    // Without `loc` the client prints the document with graphql-js.
    const withoutSource = JSON.parse(JSON.stringify({ ...own, loc: undefined })) as typeof own;
    expect((await client.request(withoutSource, { first: 3 })).claims.edges).toHaveLength(3);
  });

  test('sends the API key as a bearer token, the configured headers, and the operation’s exact text', async ({
    api,
  }) => {
    const seen: { headers: Headers; body: Record<string, unknown> }[] = [];
    const client = createClient({
      url: endpoint,
      apiKey: 'cg_not_a_key',
      headers: () => ({ 'x-request-id': 'sdk-test' }),
      fetch: async (input, init) => {
        seen.push({ headers: new Headers(init.headers), body: JSON.parse(String(init.body)) });
        return api.app.fetch(input, init);
      },
    });
    // The server reads the key, finds no such key, and refuses the request.
    const error = await client.articles({ first: 1 }, { headers: { 'x-extra': 'yes' } }).catch((caught) => caught);
    if (!ClaimgraphError.is(error)) throw error;
    expect(error.status).toBe(401);
    expect(error.codes).toEqual(['UNAUTHENTICATED']);
    const [request] = seen;
    expect(request?.headers.get('authorization')).toBe('Bearer cg_not_a_key');
    expect(request?.headers.get('x-request-id')).toBe('sdk-test');
    expect(request?.headers.get('x-extra')).toBe('yes');
    expect(request?.body).toMatchObject({ operationName: 'Articles', variables: { first: 1 } });
    expect(String(request?.body.query)).toMatch(/^query Articles\(/);
  });

  test('in persisted-operations mode sends the hash of the manifest instead of the text', async ({ api }) => {
    const bodies: Record<string, unknown>[] = [];
    const client = createClient({
      url: endpoint,
      persistedOperations: true,
      fetch: async (input, init) => {
        bodies.push(JSON.parse(String(init.body)));
        return api.app.fetch(input, init);
      },
    });
    // This server does not take persisted operations yet, so it answers that the query is missing.
    const error = await client.articles().catch((caught: unknown) => caught);
    expect(ClaimgraphError.is(error)).toBe(true);
    const { operations } = await import('../../packages/sdk/src/index.js');
    expect(bodies[0]).toEqual({
      operationName: 'Articles',
      variables: {},
      extensions: { persistedQuery: { version: 1, sha256Hash: operations.articles.sha256 } },
    });
  });

  test('an HTTP error without a GraphQL body is reported with its status', async ({ api }) => {
    const client = createClient({
      url: 'http://claimgraph.test/not-graphql',
      fetch: (input, init) => api.app.fetch(input, init),
    });
    const error = await client.articles().catch((caught: unknown) => caught);
    if (!ClaimgraphError.is(error)) throw error;
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
  });

  test('no server at the address is a network error with status 0', async () => {
    const client = createClient({ url: `http://127.0.0.1:${await closedPort()}/graphql` });
    const error = await client.articles().catch((caught: unknown) => caught);
    if (!ClaimgraphError.is(error)) throw error;
    expect(error.kind).toBe('network');
    expect(error.status).toBe(0);
    expect(error.cause).toBeInstanceOf(Error);
  });

  test('an authentication failure is thrown the same way by a query, a mutation and a subscription', async ({
    api,
  }) => {
    const anonymous = inProcessClient(api);
    const invalid = inProcessClient(api, { apiKey: 'cg_not_a_key' });
    const input = { text: 'Not without a valid key.', type: 'EVENT' } as const;
    const failures = [
      await anonymous.createClaim({ input }).catch((error: unknown) => error),
      await invalid.createClaim({ input }).catch((error: unknown) => error),
      await invalid.claims({ first: 1 }).catch((error: unknown) => error),
      await invalid
        .claimChanged()
        .next()
        .catch((error: unknown) => error),
    ];
    expect(failures.map((error) => ClaimgraphError.is(error) && [error.status, error.codes])).toEqual(
      Array.from({ length: 4 }, () => [401, ['UNAUTHENTICATED']]),
    );

    // A key whose role is not enough is not an authentication failure: a mutation's ForbiddenError, a read's FORBIDDEN.
    const reader = inProcessClient(api, { apiKey: api.keys.reader });
    const { createClaim } = await reader.createClaim({ input });
    expect(createClaim.__typename === 'ForbiddenError' && createClaim.code).toBe('FORBIDDEN');
    const refusedRead = await reader.apiKeys().catch((error: unknown) => error);
    expect(ClaimgraphError.is(refusedRead) && [refusedRead.status, refusedRead.codes]).toEqual([200, ['FORBIDDEN']]);
  });

  test('a subscription resumes with backoff after its stream breaks off', async ({ api }) => {
    const editor = inProcessClient(api, { apiKey: api.keys.editor });
    let streams = 0;
    const attempts: number[] = [];
    const client = inProcessClient(api, {
      reconnect: {
        delay: (attempt) => {
          attempts.push(attempt);
          return 20;
        },
      },
      // The real server's first event stream breaks off after its first event, as a dropped connection does.
      fetch: async (input, init) => {
        const response = await api.app.fetch(input, init);
        const stream = response.headers.get('content-type')?.includes('text/event-stream');
        if (!stream || !response.body || ++streams > 1) return response;
        const reader = response.body.getReader();
        let delivered = false;
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            if (delivered) {
              await reader.cancel();
              controller.error(new TypeError('terminated'));
              return;
            }
            const { value, done } = await reader.read();
            if (done) return controller.close();
            if (new TextDecoder().decode(value).includes('event: next')) delivered = true;
            controller.enqueue(value);
          },
        });
        return new Response(body, { status: response.status, headers: response.headers });
      },
    });
    const events = client.claimChanged();
    let written = 0;
    /** Writes claims until the subscription yields its next event. */
    async function nextEvent() {
      const next = events.next();
      let arrived = false;
      void next.then(() => {
        arrived = true;
      });
      for (let tries = 0; tries < 50 && !arrived; tries++) {
        await editor.createClaim({ input: { text: `A claim the reconnect test makes ${++written}.`, type: 'EVENT' } });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return (await next).value;
    }
    const first = await nextEvent();
    const second = await nextEvent();
    await events.return?.();
    expect(first?.claimChanged.event.operation).toBe('CREATE');
    expect(second?.claimChanged.event.operation).toBe('CREATE');
    // One reconnect, after the first backoff delay, on a second stream.
    expect(streams).toBe(2);
    expect(attempts).toEqual([1]);
  });
});

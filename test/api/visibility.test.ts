import {
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { isAdminOnly } from '../../apps/server/src/domain/visibility.js';
import { EXPORT_PREFIX } from '../../apps/server/src/plugins/interchange-routes.js';
import { schema } from '../../apps/server/src/schema/index.js';
import { createApp } from '../../apps/server/src/yoga.js';
import { type Api, describe, expect, type Role, test } from '../support/fixtures.js';
import { claimByText, mutate } from '../support/writes.js';

// One rule of who may read what, on every path: every type that implements Node (from the schema)
// × every role × node, nodes, changes, history, every subscription field (from the schema) and every
// export route. An object is readable by a role through one path exactly when it is through every
// other; API keys and the audit records about them only by admins.

type Viewer = 'anonymous' | Role;
const VIEWERS: Viewer[] = ['anonymous', 'reader', 'editor', 'admin'];
const NODE_TYPES = schema.getPossibleTypes(schema.getType('Node') as GraphQLInterfaceType).map((type) => type.name);

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

interface Sample {
  label: string;
  id: string;
  /** Whether only admins may read it: by domain/visibility.ts's rule. */
  adminOnly: boolean;
}

/** One object of every Node type; of ChangeEvents, one about an API key and one about a claim. */
async function samples(api: Api): Promise<Sample[]> {
  // The story has no suggestions until an analyst asks for them: ask, so every Node type has one.
  const text =
    'Rebels may have seized Kafr Nabl\n\nThe rebels may have seized the town of Kafr Nabl on Monday, a local official said, according to unconfirmed reports.';
  await api.data(
    'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }',
    {
      input: {
        headline: 'Rebels may have seized Kafr Nabl',
        url: 'https://example.org/kafr-nabl',
        text,
        suggest: true,
      },
    },
    { key: api.keys.editor },
  );
  const prisma = api.database.prisma as unknown as Record<string, { findFirst(args: object): Promise<{ id: number }> }>;
  const found: Sample[] = [];
  for (const type of NODE_TYPES) {
    if (type === 'ChangeEvent') {
      for (const entityType of ['ApiKey', 'Claim']) {
        const event = await api.database.prisma.changeEvent.findFirstOrThrow({ where: { entityType } });
        found.push({
          label: `ChangeEvent about ${entityType}`,
          id: globalId(type, event.id),
          adminOnly: isAdminOnly(entityType),
        });
      }
      continue;
    }
    const model = prisma[type.charAt(0).toLowerCase() + type.slice(1)];
    const row = await model?.findFirst({ orderBy: { id: 'asc' } });
    if (!row) throw new Error(`no ${type} to read`);
    found.push({ label: type, id: globalId(type, row.id), adminOnly: isAdminOnly(type) });
  }
  return found;
}

const keyOf = (api: Api, viewer: Viewer) => (viewer === 'anonymous' ? undefined : api.keys[viewer]);

describe('one visibility rule for every Node type, role and path', () => {
  test('node, nodes and changes agree with the rule', { timeout: 120_000 }, async ({ api }) => {
    const objects = await samples(api);
    expect(objects.map((object) => object.label)).toEqual(
      expect.arrayContaining(['ApiKey', 'ChangeEvent about ApiKey', 'Claim', 'Source']),
    );
    expect(objects.length).toBe(NODE_TYPES.length + 1);
    const table: string[] = [];
    for (const viewer of VIEWERS) {
      const key = keyOf(api, viewer);
      const single = await Promise.all(
        objects.map((object) =>
          api.graphql<{ node: { id: string } | null }>(
            'query ($id: ID!) { node(id: $id) { id } }',
            { id: object.id },
            { key },
          ),
        ),
      );
      const many = await api.graphql<{ nodes: ({ id: string } | null)[] }>(
        'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        { ids: objects.map((object) => object.id) },
        { key },
      );
      const feed = await api.graphql<{ changes: { edges: { node: { id: string } }[] } }>(
        '{ changes(first: 100, entityTypes: ["ApiKey", "Claim"]) { edges { node { id } } } }',
        {},
        { key },
      );
      const inFeed = new Set(feed.data?.changes.edges.map((edge) => edge.node.id));
      objects.forEach((object, index) => {
        const visible = !object.adminOnly || viewer === 'admin';
        const byNode = single[index]?.data?.node?.id === object.id;
        const byNodes = many.data?.nodes[index]?.id === object.id;
        table.push(`${object.label} × ${viewer}: node ${byNode}, nodes ${byNodes}`);
        expect(byNode, `${object.label} × ${viewer} through node`).toBe(visible);
        expect(byNodes, `${object.label} × ${viewer} through nodes`).toBe(visible);
        if (!visible) {
          // Refused with a code, never an internal error.
          const codes = single[index]?.errors?.map((error) => error.extensions?.code);
          expect(codes).toEqual([viewer === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
        }
        if (object.label.startsWith('ChangeEvent')) {
          expect(inFeed.has(object.id), `${object.label} × ${viewer} through changes`).toBe(visible);
        }
      });
    }
    expect(table).toHaveLength(VIEWERS.length * objects.length);
  });

  test('history holds no admin-only record for any role', async ({ api }) => {
    for (const viewer of VIEWERS) {
      const result = await api.data<{
        claims: { edges: { node: { history: { edges: { node: { entityType: string } }[] } } }[] };
      }>(
        '{ claims(first: 20) { edges { node { history(first: 20) { edges { node { entityType } } } } } } }',
        {},
        { key: keyOf(api, viewer) },
      );
      const types = result.claims.edges.flatMap((edge) => edge.node.history.edges.map((item) => item.node.entityType));
      expect(types.length).toBeGreaterThan(0);
      expect(types.filter(isAdminOnly)).toEqual([]);
    }
  });
});

/** Every field of a subscription's payload: leaves by name, objects by type and, for nodes, ID. */
function payloadSelection(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter((field) => field.args.every((arg) => arg.defaultValue !== undefined || !String(arg.type).endsWith('!')))
    .map((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return field.name;
      const node = isObjectType(named) || isInterfaceType(named) || isUnionType(named);
      return node ? `${field.name} { __typename ... on Node { id } }` : field.name;
    })
    .join(' ');
}

const SUBSCRIPTIONS = Object.values(schema.getSubscriptionType()?.getFields() ?? {}).map((field) => ({
  name: field.name,
  query: `subscription { ${field.name} { ${payloadSelection(getNamedType(field.type) as GraphQLObjectType)} } }`,
}));

/** Opens a subscription in process and collects what its stream carries until `stop`. */
async function open(app: Api['app'], query: string, key: string | undefined) {
  const response = await app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  const reader = response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array>;
  let text = new TextDecoder().decode((await reader.read()).value);
  const reading = (async () => {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += new TextDecoder().decode(chunk.value);
    }
  })().catch(() => {});
  return {
    status: response.status,
    async stop() {
      await reader.cancel().catch(() => {});
      await reading;
      return text;
    },
  };
}

/** The node IDs in a stream's events. */
const idsIn = (stream: string) => [...stream.matchAll(/"id":"([^"]+)"/g)].map((match) => match[1] as string);

/** What a global ID names: `Type:number`. */
const decoded = (id: string) => Buffer.from(id, 'base64url').toString('utf8');

describe('the same rule through subscriptions and exports', () => {
  test('every subscription × role: no event about an API key reaches a non-admin, and every object an event carries is one the role may read', {
    timeout: 180_000,
  }, async ({ api }) => {
    expect(SUBSCRIPTIONS.map((s) => s.name)).toEqual(
      expect.arrayContaining(['claimChanged', 'appearanceAdded', 'assessmentAdded', 'suggestionAdded']),
    );
    const streams = [];
    for (const subscription of SUBSCRIPTIONS) {
      for (const viewer of VIEWERS) {
        const stream = await open(api.app, subscription.query, keyOf(api, viewer));
        expect(stream.status, `${subscription.name} × ${viewer}`).toBe(200);
        streams.push({ ...subscription, viewer, stream });
      }
    }
    // The server subscribes to the event bus as it starts each stream, a moment after its first bytes.
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Key management, and a write of every kind the subscriptions hear.
    const key = await mutate(
      api,
      'createApiKey',
      { name: 'visibility-marker-key', owner: 'visibility-marker@example.org', role: 'READER' },
      'created { secret apiKey { id prefix } }',
      'admin',
    );
    const created = key.created as { secret: string; apiKey: { id: string; prefix: string } };
    await mutate(api, 'revokeApiKey', { id: created.apiKey.id }, 'apiKey { id }', 'admin');
    const claim = await claimByText(api, 'ties rise');
    await mutate(
      api,
      'updateClaim',
      { id: claim.id, revision: claim.revision, text: `${claim.text} (checked)` },
      'claim { id }',
    );
    await mutate(api, 'addAssessment', { claimId: claim.id, verificationStatus: 'IN_PROGRESS' }, 'assessment { id }');
    await mutate(api, 'createClaim', { text: claim.text, type: 'STATEMENT' }, 'claim { id }');
    const text =
      'Rebels may have seized Kafr Nabl\n\nThe rebels may have seized the town of Kafr Nabl on Monday, a local official said, according to unconfirmed reports.';
    const ingested = await mutate(
      api,
      'ingestArticle',
      { headline: 'Rebels may have seized Kafr Nabl', url: 'https://example.org/visibility', text, suggest: true },
      'ingested { version { id } }',
    );
    const versionId = (ingested.ingested as { version: { id: string } }).version.id;
    await mutate(
      api,
      'addAppearance',
      {
        claimId: claim.id,
        versionId,
        quote: { exact: 'may have seized the town' },
        statedCertainty: 'UNCONFIRMED_REPORT',
      },
      'appearance { id }',
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const keyEvents = await api.database.prisma.changeEvent.findMany({ where: { entityType: 'ApiKey' } });
    const markers = [
      'visibility-marker',
      created.secret,
      created.apiKey.prefix,
      created.apiKey.id,
      ...keyEvents.map((event) => globalId('ChangeEvent', event.id)),
    ];
    const heard = new Set<string>();
    for (const { name, viewer, stream } of streams) {
      const received = await stream.stop();
      if (received.includes('event: next')) heard.add(name);
      expect(received, `${name} × ${viewer}`).not.toContain('INTERNAL_SERVER_ERROR');
      for (const marker of markers) {
        if (viewer !== 'admin') expect(received, `${name} × ${viewer} carries ${marker}`).not.toContain(marker);
      }
      const ids = [...new Set(idsIn(received))];
      for (const id of ids) {
        expect(decoded(id).startsWith('ApiKey:') && viewer !== 'admin', `${name} × ${viewer}: ${decoded(id)}`).toBe(
          false,
        );
      }
      // Whatever an event carried, the same role reads through node: one rule.
      const read = await api.graphql<{ nodes: ({ id: string } | null)[] }>(
        'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        { ids },
        { key: keyOf(api, viewer) },
      );
      expect(
        read.data?.nodes.map((node) => node?.id),
        `${name} × ${viewer}`,
      ).toEqual(ids);
    }
    // The writes reached the streams: the check above ran on real events.
    expect([...heard].sort()).toEqual(
      expect.arrayContaining(['appearanceAdded', 'assessmentAdded', 'claimChanged', 'suggestionAdded']),
    );
  });

  test('every export route × role: the rule of reads, and no API-key data for any role', { timeout: 180_000 }, async ({
    api,
  }) => {
    const key = await mutate(
      api,
      'createApiKey',
      { name: 'export-marker-key', owner: 'export-marker@example.org', role: 'READER' },
      'created { secret apiKey { id prefix } }',
      'admin',
    );
    const created = key.created as { secret: string; apiKey: { id: string; prefix: string } };
    const article = await api.data<{ articles: { edges: { node: { id: string } }[] } }>(
      '{ articles(first: 1) { edges { node { id } } } }',
    );
    const articleId = article.articles.edges[0]?.node.id as string;
    const routes = [
      'claims.csv',
      'claims.ndjson',
      `claimreview.jsonld?article=${articleId}`,
      `annotations.jsonld?article=${articleId}`,
      `prov.jsonld?article=${articleId}`,
      `stix.json?article=${articleId}`,
      'graph.ndjson',
    ];
    const keyEvents = await api.database.prisma.changeEvent.findMany({ where: { entityType: 'ApiKey' } });
    const markers = [
      'export-marker',
      created.secret,
      created.apiKey.prefix,
      created.apiKey.id,
      ...keyEvents.map((event) => globalId('ChangeEvent', event.id)),
    ];
    const closed = createApp({ anonymousReads: false });
    for (const route of routes) {
      for (const viewer of VIEWERS) {
        const headers: Record<string, string> = keyOf(api, viewer)
          ? { authorization: `Bearer ${keyOf(api, viewer)}` }
          : {};
        const answer = await api.app.fetch(`http://claimgraph.test${EXPORT_PREFIX}${route}`, { headers });
        expect(answer.status, `${route} × ${viewer}`).toBe(200);
        const body = await answer.text();
        expect(body.length, `${route} × ${viewer}`).toBeGreaterThan(0);
        for (const marker of markers) expect(body, `${route} × ${viewer} carries ${marker}`).not.toContain(marker);
        // With anonymous reads off, exports need a key, as every read does.
        const gated = await closed.fetch(`http://claimgraph.test${EXPORT_PREFIX}${route}`, { headers });
        expect(gated.status, `${route} × ${viewer}, anonymous reads off`).toBe(viewer === 'anonymous' ? 401 : 200);
        await gated.body?.cancel();
      }
    }
  });
});

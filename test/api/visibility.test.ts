import type { GraphQLInterfaceType } from 'graphql';
import { isAdminOnly } from '../../apps/server/src/domain/visibility.js';
import { schema } from '../../apps/server/src/schema/index.js';
import { type Api, describe, expect, type Role, test } from '../support/fixtures.js';

// One rule of who may read what, on every path: every type that implements Node (from the schema)
// × every role × node, nodes, changes and history. An object is readable by a role through one
// path exactly when it is through every other.

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

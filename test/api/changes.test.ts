import { describe, expect, test } from '../support/fixtures.js';
import { mutate } from '../support/writes.js';

interface Page {
  changes: {
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: { cursor: string; node: { id: string; entityType: string } }[];
  };
}

describe('changes(since:)', () => {
  test('a client polling while writes run sees every event exactly once, in commit order', async ({ api }) => {
    const seen: number[] = [];
    let since: string | null = null;
    const poll = async () => {
      for (;;) {
        const page: Page = await api.data(
          'query ($since: String) { changes(since: $since, first: 7) { pageInfo { endCursor hasNextPage } edges { cursor node { id entityType } } } }',
          { since },
        );
        seen.push(...page.changes.edges.map((edge) => Number(edge.cursor)));
        since = page.changes.pageInfo.endCursor ?? since;
        if (!page.changes.pageInfo.hasNextPage) return;
      }
    };
    let writing = true;
    const writes = (async () => {
      await Promise.all(
        Array.from({ length: 4 }, async (_, writer) => {
          for (let i = 0; i < 8; i += 1) {
            const result = await mutate(
              api,
              'createSource',
              { name: `Feed source ${writer}.${i}`, kind: 'SOCIAL_ACCOUNT' },
              'source { id }',
            );
            expect(result.__typename).toBe('CreateSourceSuccess');
          }
        }),
      );
      writing = false;
    })();
    // A client polls on a timer; polling back to back on cached answers would starve the writers.
    while (writing) {
      await poll();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await writes;
    await poll();

    const all = await api.database.prisma.changeEvent.findMany({
      where: { entityType: { not: 'ApiKey' } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    expect(seen).toEqual(all.map((event) => event.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  test('filters by entity type; key management shows to admins only', async ({ api }) => {
    const sources = await api.data<Page>(
      '{ changes(first: 100, entityTypes: ["Source"]) { pageInfo { endCursor hasNextPage } edges { cursor node { id entityType } } } }',
    );
    expect(new Set(sources.changes.edges.map((e) => e.node.entityType))).toEqual(new Set(['Source']));
    const anonymous = await api.data<{ changes: { totalCount: number } }>(
      '{ changes(entityTypes: ["ApiKey"]) { totalCount } }',
    );
    const admin = await api.data<{ changes: { totalCount: number } }>(
      '{ changes(entityTypes: ["ApiKey"]) { totalCount } }',
      {},
      { key: api.keys.admin },
    );
    expect(anonymous.changes.totalCount).toBe(0);
    expect(admin.changes.totalCount).toBeGreaterThanOrEqual(3);
  });

  test('each event links to the object as it is now', async ({ api }) => {
    const data = await api.data<{
      changes: { edges: { node: { entityType: string; entity: { __typename: string } | null } }[] };
    }>('{ changes(first: 30) { edges { node { entityType entity { __typename } } } } }');
    for (const { node } of data.changes.edges) expect(node.entity?.__typename).toBe(node.entityType);
  });
});

test('a cursor that is not one is a coded client error', async ({ api }) => {
  const result = await api.graphql('{ changes(since: "rumour") { totalCount } }');
  expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
});

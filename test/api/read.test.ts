import { type SearchableType, searchRows } from '../../apps/server/src/domain/search.js';
import { type Api, describe, expect, test } from '../support/fixtures.js';

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

const ids = async (api: Api, query: string) =>
  (await api.data<{ claims: Page<{ text: string }> }>(query)).claims.edges.map((e) => e.node.text);

describe('Relay nodes', () => {
  test('node and nodes refetch any object by its global ID, in order', async ({ api }) => {
    const { claims, actors } = await api.data<{
      claims: Page<{ id: string; text: string }>;
      actors: Page<{ id: string; name: string }>;
    }>(`{ claims(first: 2) { edges { node { id text } } } actors(first: 1) { edges { node { id name } } } }`);
    const [first, second] = claims.edges.map((e) => e.node);
    const actor = actors.edges[0]?.node;
    const { node, nodes } = await api.data<{ node: { text: string }; nodes: ({ __typename: string } | null)[] }>(
      `query ($id: ID!, $ids: [ID!]!) { node(id: $id) { ... on Claim { text } } nodes(ids: $ids) { __typename } }`,
      { id: first?.id, ids: [actor?.id, second?.id] },
    );
    expect(node.text).toBe(first?.text);
    expect(nodes.map((n) => n?.__typename)).toEqual(['Actor', 'Claim']);
  });

  test('IDs are opaque and stable: the same object has the same ID through any path', async ({ api }) => {
    const data = await api.data<{
      claims: Page<{ id: string; appearances: Page<{ claim: { id: string } }> }>;
    }>(`{ claims(first: 3) { edges { node { id appearances { edges { node { claim { id } } } } } } } }`);
    for (const { node } of data.claims.edges) {
      expect(node.id).not.toMatch(/^\d+$/);
      expect(node.appearances.edges[0]?.node.claim.id).toBe(node.id);
    }
  });

  test('an ID of an object that does not exist gives null', async ({ api }) => {
    const missing = Buffer.from('Claim:999999').toString('base64url');
    const data = await api.data<{ node: unknown; claim: unknown }>(
      `query ($id: ID!) { node(id: $id) { id } claim(id: $id) { id } }`,
      {
        id: missing,
      },
    );
    expect(data).toEqual({ node: null, claim: null });
  });
});

describe('connections', () => {
  test('pages with first/after, counts the whole list, and ends with hasNextPage false', async ({ api }) => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page += 1) {
      const { claims }: { claims: Page<{ text: string }> } = await api.data(
        `query ($after: String) { claims(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { text } } } }`,
        { after },
      );
      total = claims.totalCount;
      seen.push(...claims.edges.map((e) => e.node.text));
      if (!claims.pageInfo.hasNextPage) break;
      after = claims.pageInfo.endCursor;
    }
    expect(total).toBe(24);
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
  });

  test('defaults to 20 items a page', async ({ api }) => {
    const { claims } = await api.data<{ claims: Page<unknown> }>(
      `{ claims { pageInfo { hasNextPage } edges { cursor } } }`,
    );
    expect(claims.edges).toHaveLength(20);
    expect(claims.pageInfo.hasNextPage).toBe(true);
  });

  test('orders by the requested field and direction', async ({ api }) => {
    const ascending = await ids(api, `{ claims(first: 100, orderBy: { field: TEXT }) { edges { node { text } } } }`);
    const descending = await ids(
      api,
      `{ claims(first: 100, orderBy: { field: TEXT, direction: DESC }) { edges { node { text } } } }`,
    );
    expect(ascending).toEqual([...ascending].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(descending).toEqual([...ascending].reverse());
  });
});

describe('claims(filter:)', () => {
  test('by stated certainty', async ({ api }) => {
    expect(
      await ids(
        api,
        `{ claims(filter: { statedCertainty: [RUMOUR, UNCONFIRMED_REPORT] }) { edges { node { text } } } }`,
      ),
    ).toEqual([
      expect.stringContaining('intends to send troops'),
      'Chinese troops arrived in the Syrian port of Tartous on Thursday.',
    ]);
  });

  test('by current verification status', async ({ api }) => {
    expect(
      await ids(api, `{ claims(filter: { verificationStatus: [PROBABLY_TRUE] }) { edges { node { text } } } }`),
    ).toEqual(['Chinese state media has made no mention of any deployment of Chinese troops to Syria.']);
  });

  test('by actor, and by actor in a role', async ({ api }) => {
    const { actors } = await api.data<{ actors: Page<{ id: string }> }>(
      `{ actors(filter: { name: "Bashar al-Assad" }) { edges { node { id } } } }`,
    );
    const assad = actors.edges[0]?.node.id;
    const all = await ids(api, `{ claims(filter: { actor: { id: "${assad}" } }) { edges { node { text } } } }`);
    const asClaimant = await ids(
      api,
      `{ claims(filter: { actor: { id: "${assad}", role: CLAIMANT } }) { edges { node { text } } } }`,
    );
    expect(asClaimant).toEqual([
      'Syrian and Chinese intelligence cooperate against Uyghur militants.',
      'Ties between Syria and China are on the rise.',
    ]);
    expect(all).toHaveLength(3);
  });

  test('by a source anywhere in the attribution chain', async ({ api }) => {
    const { sources } = await api.data<{ sources: Page<{ id: string }> }>(
      `{ sources(filter: { name: "Araby" }) { edges { node { id } } } }`,
    );
    expect(
      await ids(api, `{ claims(filter: { source: "${sources.edges[0]?.node.id}" }) { edges { node { text } } } }`),
    ).toEqual(['Syrian and Chinese intelligence cooperate against Uyghur militants.']);
  });

  test('by article, by type, and by full text with stemming', async ({ api }) => {
    const { articles } = await api.data<{ articles: Page<{ id: string }> }>(`{ articles { edges { node { id } } } }`);
    const inArticle = await ids(
      api,
      `{ claims(first: 100, filter: { article: "${articles.edges[0]?.node.id}" }) { edges { node { text } } } }`,
    );
    expect(inArticle).toHaveLength(24);
    expect(await ids(api, `{ claims(filter: { types: [INTENTION] }) { edges { node { text } } } }`)).toHaveLength(2);
    expect(await ids(api, `{ claims(filter: { text: "vetoing resolution" }) { edges { node { text } } } }`)).toEqual([
      'China has joined Russia in vetoing UN resolutions critical of the Syrian government.',
    ]);
    expect(
      await ids(
        api,
        `{ claims(filter: { text: "troops -Tartous", statedCertainty: [RUMOUR, UNCONFIRMED_REPORT] }) { edges { node { text } } } }`,
      ),
    ).toEqual([expect.stringContaining('intends to send troops')]);
  });

  test('by resolved event time', async ({ api }) => {
    expect(
      await ids(
        api,
        `{ claims(filter: { eventTime: { from: "2016-01-15T00:00:00Z", to: "2016-03-01T00:00:00Z" } }) { edges { node { text } } } }`,
      ),
    ).toEqual([expect.stringContaining('anti-terrorism law')]);
  });

  test('totalCount counts what the filter selects', async ({ api }) => {
    const { claims } = await api.data<{ claims: Page<unknown> }>(
      `{ claims(first: 1, filter: { statedCertainty: [ESTABLISHED_FACT] }) { totalCount edges { cursor } } }`,
    );
    expect(claims.edges).toHaveLength(1);
    expect(claims.totalCount).toBe(6);
  });
});

describe('traversals', () => {
  test('article → appearances → claim → actors, in reading order', async ({ api }) => {
    const { articles } = await api.data<{
      articles: Page<{
        currentVersion: {
          appearances: Page<{
            anchor: { start: number };
            claim: { actors: { role: string; actor: { name: string } }[] };
          }>;
        };
      }>;
    }>(`{ articles(first: 1) { edges { node { currentVersion { appearances(first: 100) { totalCount edges { node {
          anchor { start } claim { actors { role actor { name } } } } } } } } } } }`);
    const appearances = articles.edges[0]?.node.currentVersion.appearances.edges.map((e) => e.node) ?? [];
    const starts = appearances.map((a) => a.anchor.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(appearances[0]?.claim.actors).toEqual(
      expect.arrayContaining([{ role: 'AGENT', actor: { name: 'People’s Liberation Army' } }]),
    );
  });

  test('claim → appearances → attribution chain and its sources’ reliability', async ({ api }) => {
    const { claims } = await api.data<{
      claims: Page<{
        appearances: Page<{
          attribution: { role: string; source: { name: string; reliability: { rating: string } } | null }[];
        }>;
      }>;
    }>(`{ claims(filter: { statedCertainty: [RUMOUR] }) { edges { node { appearances { edges { node {
          attribution { role source { name reliability { rating } } } } } } } } } }`);
    expect(claims.edges[0]?.node.appearances.edges[0]?.node.attribution).toEqual([
      { role: 'UNNAMED_SOURCE', source: { name: 'Arabic-language media (unnamed)', reliability: { rating: 'F' } } },
      { role: 'UNNAMED_SOURCE', source: { name: 'Social media (unnamed accounts)', reliability: { rating: 'F' } } },
      { role: 'REPORTER', source: { name: 'The Independent', reliability: { rating: 'B' } } },
    ]);
  });

  test('source → the claims it carried', async ({ api }) => {
    const { sources } = await api.data<{
      sources: Page<{ attributions: Page<{ role: string; appearance: { claim: { text: string } } }> }>;
    }>(`{ sources(filter: { name: "Independent" }) { edges { node { attributions(first: 100, role: REPUBLISHER) { totalCount edges { node {
          role appearance { claim { text } } } } } } } } }`);
    const hops = sources.edges[0]?.node.attributions;
    expect(hops?.totalCount).toBe(2);
    expect(hops?.edges.map((e) => e.node.appearance.claim.text)).toEqual([
      'The Syrian military is approaching the final Isis stronghold in Syria.',
      'Syrian and Chinese intelligence cooperate against Uyghur militants.',
    ]);
  });

  test('actor → claims by role, and the actor hierarchy', async ({ api }) => {
    const { actors } = await api.data<{
      actors: Page<{
        parent: { name: string; parent: { name: string } };
        claims: Page<{ role: string; claim: { text: string } }>;
      }>;
    }>(`{ actors(filter: { name: "Dark Night Tiger" }) { edges { node { parent { name parent { name } } claims(role: AGENT) {
          totalCount edges { node { role claim { text } } } } } } } }`);
    const unit = actors.edges[0]?.node;
    expect(unit?.parent).toEqual({
      name: 'Ministry of National Defense of China',
      parent: { name: 'People’s Republic of China' },
    });
    expect(unit?.claims.edges.map((e) => e.node.claim.text)).toEqual([
      expect.stringContaining('intends to send troops'),
    ]);
  });

  test('claim → its current assessment and the assessment history', async ({ api }) => {
    const { claims } = await api.data<{
      claims: Page<{
        verificationStatus: string;
        currentAssessment: { verificationStatus: string; rationale: string } | null;
      }>;
    }>(`{ claims(filter: { verificationStatus: [PROBABLY_TRUE, IN_PROGRESS] }) { edges { node {
          verificationStatus currentAssessment { verificationStatus rationale } assessments { totalCount } } } } }`);
    expect(claims.edges).toHaveLength(3);
    for (const { node } of claims.edges)
      expect(node.currentAssessment?.verificationStatus).toBe(node.verificationStatus);
  });
});

describe('search', () => {
  test('finds claims, actors, sources and articles, ranked, with the matching words marked', async ({ api }) => {
    const { search } = await api.data<{
      search: {
        rank: number;
        node: { __typename: string };
        highlights: { text: string; parts: { text: string; match: boolean }[] }[];
      }[];
    }>(`{ search(query: "Tartous") { rank node { __typename } highlights { text parts { text match } } } }`);
    const kinds = search.map((hit) => hit.node.__typename);
    expect(kinds).toEqual(expect.arrayContaining(['Claim', 'Actor', 'Article']));
    const ranks = search.map((hit) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    for (const hit of search) {
      const marked = hit.highlights.flatMap((h) => h.parts.filter((p) => p.match).map((p) => p.text.toLowerCase()));
      expect(marked).toContain('tartous');
    }
  });

  test('ranks every match when there are few, and at most `candidates` of each kind when there are many', async () => {
    const kinds: SearchableType[] = ['Article', 'Claim', 'Actor', 'Source'];
    const perKind = (rows: { type: string }[]) =>
      Object.fromEntries(kinds.map((kind) => [kind, rows.filter((row) => row.type === kind).length]));
    const all = perKind(await searchRows('Tartous', kinds, 50));
    expect(all.Claim).toBeGreaterThan(1);
    expect(all.Actor).toBeGreaterThan(0);
    const capped = perKind(await searchRows('Tartous', kinds, 50, { candidates: 1 }));
    expect(capped).toEqual(Object.fromEntries(kinds.map((kind) => [kind, Math.min(all[kind] ?? 0, 1)])));
  });

  test('a claim about the words outranks a long article that mentions them', async ({ api }) => {
    const { search } = await api.data<{ search: { node: { __typename: string } }[] }>(
      `{ search(query: "Tartous") { node { __typename } } }`,
    );
    expect(search[0]?.node.__typename).not.toBe('Article');
    expect(search.at(-1)?.node.__typename).toBe('Article');
  });

  test('can be limited to some kinds', async ({ api }) => {
    const { search } = await api.data<{ search: { node: { __typename: string; name?: string } }[] }>(
      `{ search(query: "Uighers", types: [ACTOR]) { node { __typename ... on Actor { name } } } }`,
    );
    expect(search).toEqual([{ node: { __typename: 'Actor', name: 'Uyghurs' } }]);
  });
});

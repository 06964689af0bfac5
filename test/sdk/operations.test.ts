import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { print } from 'graphql';
import { type ClaimgraphClient, operations } from '../../packages/sdk/src/index.js';
import { describe, expect, test } from '../support/fixtures.js';
import { inProcessClient, type ReadOperation, writeSideQueries } from './client.js';

const TARTOUS = 'Chinese troops arrived in the Syrian port of Tartous on Thursday.';

/** IDs the checks look up through the API itself, never hard-coded. */
async function ids(client: ClaimgraphClient) {
  const { articles } = await client.articles({ first: 1 });
  const { claims } = await client.claims({ filter: { statedCertainty: ['UNCONFIRMED_REPORT'] } });
  const { sources } = await client.sources({ first: 100 });
  const { actors } = await client.actors({ filter: { name: 'Assad' } });
  const { actors: pla } = await client.actors({ filter: { name: 'Liberation Army' } });
  const source = (name: string) => sources.edges.find((edge) => edge.node.name === name)?.node.id ?? '';
  return {
    article: articles.edges[0]?.node.id ?? '',
    tartous: claims.edges[0]?.node.id ?? '',
    independent: source('The Independent'),
    unconfirmed: source('Unconfirmed reports (unnamed)'),
    assad: actors.edges[0]?.node.id ?? '',
    pla: pla.edges[0]?.node.id ?? '',
  };
}
type Ids = Awaited<ReturnType<typeof ids>>;

/**
 * One check per read operation (the write side's are in mutations.test.ts). The type makes a new query fail the
 * type check until it has a check here.
 */
const checks: { [K in ReadOperation]: (client: ClaimgraphClient, id: Ids) => Promise<void> } = {
  async node(client, id) {
    const { node } = await client.node({ id: id.tartous });
    expect(node).toMatchObject({ __typename: 'Claim', id: id.tartous, text: TARTOUS, type: 'EVENT' });
  },
  async nodes(client, id) {
    const { nodes } = await client.nodes({ ids: [id.article, id.independent, id.assad] });
    expect(nodes.map((node) => node?.__typename)).toEqual(['Article', 'Source', 'Actor']);
    expect(nodes[1]).toMatchObject({
      name: 'The Independent',
      sourceKind: 'NEWS_OUTLET',
      reliability: { rating: 'B' },
    });
    expect(nodes[2]).toMatchObject({ name: 'Bashar al-Assad', actorKind: 'PERSON' });
  },
  async article(client, id) {
    const { article } = await client.article({ id: id.article });
    expect(article?.headline).toBe(
      'The People’s Republic of China may have sent two crack special operations teams to Syria',
    );
    expect(article?.originalPublisher?.name).toBe('The Independent');
    expect(article?.publishedAt).toBeNull();
    expect(article?.currentVersion).toMatchObject({ number: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  },
  async articles(client) {
    const { articles } = await client.articles();
    expect(articles.totalCount).toBe(1);
    expect(articles.pageInfo.hasNextPage).toBe(false);
    expect(articles.edges[0]?.node.language).toBe('en');
  },
  async articleText(client, id) {
    const { article } = await client.articleText({ id: id.article });
    const version = article?.currentVersion;
    if (!version) throw new Error('no current version');
    expect(version.appearances.totalCount).toBe(24);
    expect(version.appearances.edges).toHaveLength(24);
    expect(createHash('sha256').update(version.text).digest('hex')).toBe(version.sha256);
    for (const { node } of version.appearances.edges) {
      expect(version.text.slice(node.anchor.start, node.anchor.end)).toBe(node.anchor.exact);
      expect(node.quote).toBe(node.anchor.exact);
    }
    const starts = version.appearances.edges.map((edge) => edge.node.anchor.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const tartous = version.appearances.edges.find((edge) => edge.node.claim.id === id.tartous)?.node;
    expect(tartous?.statedCertainty).toBe('UNCONFIRMED_REPORT');
    expect(version.blocks.map((block) => block.kind)).toContain('LEDE');
  },
  async articleVersions(client, id) {
    const { article } = await client.articleVersions({ id: id.article });
    expect(article?.versions.totalCount).toBe(1);
    expect(article?.versions.edges[0]?.node.number).toBe(1);
  },
  async articleVersionText(client, id) {
    const { article } = await client.articleVersions({ id: id.article });
    const versionId = article?.versions.edges[0]?.node.id ?? '';
    const { node } = await client.articleVersionText({ id: versionId });
    if (node?.__typename !== 'ArticleVersion') throw new Error(`not a version: ${node?.__typename}`);
    expect(node.article.id).toBe(id.article);
    expect(node.appearances.totalCount).toBe(24);
    for (const { node: appearance } of node.appearances.edges) {
      expect(node.text.slice(appearance.anchor.start, appearance.anchor.end)).toBe(appearance.anchor.exact);
      expect(appearance.anchorStatus).toBe('ANCHORED');
    }
    expect(node.blocks.at(-1)?.end).toBe(node.text.length);
  },
  async entityHistory(client, id) {
    const { node } = await client.entityHistory({ id: id.independent });
    if (node?.__typename !== 'Source') throw new Error(`not a source: ${node?.__typename}`);
    // The seed script's writes are audited like any other: the source was created, then rated.
    expect(node.history.edges.map((edge) => [edge.node.operation, edge.node.author, edge.node.message])).toEqual([
      ['CREATE', 'claimgraph seed', 'Load the seed story'],
      ['UPDATE', 'claimgraph seed', 'Load the seed story'],
    ]);
    expect(node.history.edges[1]?.node.changes.map((change) => change.field)).toEqual(['reliability']);
    const { node: claim } = await client.entityHistory({ id: id.tartous, first: 2 });
    if (claim?.__typename !== 'Claim') throw new Error(`not a claim: ${claim?.__typename}`);
    expect(claim.history.edges[0]?.node).toMatchObject({ operation: 'CREATE', entityType: 'Claim' });
    expect(claim.history.totalCount).toBeGreaterThan(2);
  },
  async claim(client, id) {
    const { claim } = await client.claim({ id: id.tartous });
    if (!claim) throw new Error('no claim');
    expect(claim.text).toBe(TARTOUS);
    expect(claim.time?.text).toBe('on Thursday');
    expect(claim.location?.name).toBe('Tartus');
    expect(claim.actors.map(({ role, actor }) => `${role} ${actor.name}`).sort()).toEqual([
      'AGENT People’s Liberation Army',
      'LOCATION Tartus',
    ]);
    expect(claim.currentAssessment).toMatchObject({ verificationStatus: 'IN_PROGRESS', credibility: 6 });
    expect(claim.outgoingRelations.map((relation) => relation.type)).toEqual(['SPECIFIES']);
    expect(claim.incomingRelations.map((relation) => relation.type).sort()).toEqual(['DERIVED_FROM', 'UNDERCUTS']);
  },
  async claims(client) {
    const { claims } = await client.claims({ first: 5, orderBy: { field: 'TEXT' } });
    expect(claims.totalCount).toBe(24);
    expect(claims.edges).toHaveLength(5);
    const texts = claims.edges.map((edge) => edge.node.text);
    expect(texts).toEqual([...texts].sort((a, b) => a.localeCompare(b, 'en')));
  },
  async claimProvenance(client, id) {
    const { claim } = await client.claimProvenance({ id: id.tartous });
    const appearance = claim?.appearances.edges[0]?.node;
    expect(claim?.appearances.totalCount).toBe(1);
    expect(appearance?.version.article.headline).toContain('special operations teams');
    expect(
      appearance?.attribution.map((hop) => ({ position: hop.position, role: hop.role, name: hop.agent.name })),
    ).toEqual([
      { position: 1, role: 'UNNAMED_SOURCE', name: 'Unconfirmed reports (unnamed)' },
      { position: 2, role: 'REPORTER', name: 'The Independent' },
    ]);
    expect(appearance?.cues.map((cue) => `${cue.kind} ${cue.anchor.exact}`)).toEqual([
      'SOURCING There are several unconfirmed reports',
      'HEDGE unconfirmed',
    ]);
  },
  async claimAssessments(client, id) {
    const { claim } = await client.claimAssessments({ id: id.tartous });
    expect(claim?.verificationStatus).toBe('IN_PROGRESS');
    expect(claim?.assessments.totalCount).toBe(1);
    expect(claim?.assessments.edges[0]?.node).toMatchObject({ verificationStatus: 'IN_PROGRESS', credibility: 6 });
  },
  async actor(client, id) {
    const { actor } = await client.actor({ id: id.pla });
    expect(actor?.name).toBe('People’s Liberation Army');
    expect(actor?.parent?.name).toBe('People’s Republic of China');
  },
  async actors(client) {
    const { actors } = await client.actors({ first: 100, filter: { kinds: ['PERSON'] } });
    expect(actors.edges.map((edge) => edge.node.name)).toContain('Wang Yi');
    expect(actors.edges.every((edge) => edge.node.kind === 'PERSON')).toBe(true);
  },
  async actorClaims(client, id) {
    const { actor } = await client.actorClaims({ id: id.pla, role: 'AGENT' });
    expect(actor?.claims.edges.map((edge) => edge.node.claim.text)).toContain(TARTOUS);
    expect(actor?.claims.edges.every((edge) => edge.node.role === 'AGENT')).toBe(true);
  },
  async actorAttributions(client, id) {
    const { actor } = await client.actorAttributions({ id: id.assad });
    expect(actor?.attributions.totalCount).toBe(2);
    expect(actor?.attributions.edges.map((edge) => edge.node.role)).toEqual(['QUOTED_SPEAKER', 'QUOTED_SPEAKER']);
    expect(actor?.attributions.edges.map((edge) => edge.node.appearance.claim.text).sort()).toEqual([
      'Syrian and Chinese intelligence cooperate against Uyghur militants.',
      'Ties between Syria and China are on the rise.',
    ]);
  },
  async source(client, id) {
    const { source } = await client.source({ id: id.independent });
    expect(source).toMatchObject({ name: 'The Independent', domain: 'independent.co.uk', languages: ['en'] });
    expect(source?.reliabilityHistory.map((entry) => entry.rating)).toEqual(['B']);
  },
  async sources(client) {
    const { sources } = await client.sources({ filter: { kinds: ['UNNAMED_COLLECTIVE'] } });
    expect(sources.edges.map((edge) => edge.node.name).sort()).toEqual([
      'Arabic-language media (unnamed)',
      'Social media (unnamed accounts)',
      'Unconfirmed reports (unnamed)',
    ]);
    expect(sources.edges.every((edge) => edge.node.reliability?.rating === 'F')).toBe(true);
  },
  async sourceClaims(client, id) {
    const { source } = await client.sourceClaims({ id: id.unconfirmed });
    expect(source?.attributions.edges.map((edge) => [edge.node.role, edge.node.appearance.claim.text])).toEqual([
      ['UNNAMED_SOURCE', TARTOUS],
    ]);
    // The Independent carries every claim of its article, mostly as their reporter.
    const all = await client.sourceClaims({ id: id.independent, first: 100 });
    expect(all.source?.attributions.totalCount).toBe(24);
    const reported = await client.sourceClaims({ id: id.independent, role: 'REPORTER', first: 100 });
    const edges = reported.source?.attributions.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.length).toBeLessThanOrEqual(24);
    expect(edges.every((edge) => edge.node.role === 'REPORTER')).toBe(true);
  },
  async sourceArticles(client, id) {
    // The story's copy names no publisher of its own; The Independent is its original publisher.
    const { source } = await client.sourceArticles({ id: id.independent });
    expect(source?.name).toBe('The Independent');
    expect(source?.publishedArticles.totalCount).toBe(0);
  },
  async search(client) {
    const { search } = await client.search({ query: 'Tartous' });
    const found = search.map((hit) =>
      hit.node.__typename === 'Claim'
        ? `Claim: ${hit.node.text}`
        : `${hit.node.__typename}: ${'name' in hit.node ? hit.node.name : hit.node.headline}`,
    );
    expect(found).toEqual(expect.arrayContaining([`Claim: ${TARTOUS}`, 'Actor: Tartus']));
    expect(search.every((hit) => hit.highlights.some((h) => h.parts.some((part) => part.match)))).toBe(true);
  },
};

describe('every SDK read operation, against the server with the seed story', () => {
  test('has a check here', () => {
    const reads = Object.entries(operations)
      .filter(([name, op]) => op.kind === 'query' && !(writeSideQueries as readonly string[]).includes(name))
      .map(([name]) => name);
    expect(Object.keys(checks).sort()).toEqual(reads.sort());
  });

  test.for(Object.keys(checks) as ReadOperation[])('%s', async (name, { api }) => {
    const client = inProcessClient(api);
    await checks[name](client, await ids(client));
  });
});

describe('the operation map and the persisted-operations manifest', () => {
  test('each operation sends exactly the text of its typed document, and the manifest maps its hash to it', async () => {
    const manifestFile = path.resolve(import.meta.dirname, '../../packages/sdk/persisted-operations.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, string>;
    for (const operation of Object.values(operations)) {
      expect(print(operation.document)).toBe(operation.text);
      expect(createHash('sha256').update(operation.text).digest('hex')).toBe(operation.sha256);
      expect(manifest[operation.sha256]).toBe(operation.text);
    }
    expect(Object.keys(manifest)).toHaveLength(Object.keys(operations).length);
  });
});

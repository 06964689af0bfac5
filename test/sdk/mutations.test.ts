import { type ClaimgraphClient, ClaimgraphError, createClient, operations } from '../../packages/sdk/src/index.js';
import { type Api, describe, expect, test } from '../support/fixtures.js';
import { endpoint, inProcessClient, type WriteOperation, writeSideQueries } from './client.js';

/** Narrows a mutation's result union to the member the test expects, showing the whole result when it is not. */
function expectType<T extends { __typename: string }, N extends T['__typename']>(
  result: T,
  typename: N,
): Extract<T, { __typename: N }> {
  expect(result.__typename, JSON.stringify(result)).toBe(typename);
  return result as Extract<T, { __typename: N }>;
}

interface Context {
  api: Api;
  editor: ClaimgraphClient;
  admin: ClaimgraphClient;
  reader: ClaimgraphClient;
  ids: { article: string; version: string; text: string; pla: string; assad: string; independent: string };
}

async function context(api: Api): Promise<Context> {
  const editor = inProcessClient(api, { apiKey: api.keys.editor });
  const { articles } = await editor.articles({ first: 1 });
  const article = articles.edges[0]?.node.id ?? '';
  const { article: text } = await editor.articleText({ id: article, first: 1 });
  const name = async (value: string) =>
    (await editor.actors({ filter: { name: value } })).actors.edges[0]?.node.id ?? '';
  const { sources } = await editor.sources({ filter: { name: 'Independent' } });
  return {
    api,
    editor,
    admin: inProcessClient(api, { apiKey: api.keys.admin }),
    reader: inProcessClient(api, { apiKey: api.keys.reader }),
    ids: {
      article,
      version: text?.currentVersion.id ?? '',
      text: text?.currentVersion.text ?? '',
      pla: await name('Liberation Army'),
      assad: await name('Assad'),
      independent: sources.edges[0]?.node.id ?? '',
    },
  };
}

let counter = 0;
/** A claim of this test's own, so each check stands alone. */
async function newClaim(c: Context, text = 'A claim the SDK tests make') {
  const { createClaim } = await c.editor.createClaim({
    input: { text: `${text} ${++counter}.`, type: 'EVENT', message: 'SDK contract test' },
  });
  return expectType(createClaim, 'CreateClaimSuccess').claim;
}

/** A fresh article whose text the appearance checks quote. */
const ARTICLE_TEXT =
  'Officials said on Monday that a convoy reached the port. Rumours say it carried advisers. No one has confirmed it.';
async function newArticle(c: Context) {
  const { ingestArticle } = await c.editor.ingestArticle({
    input: { headline: `A convoy reached the port ${++counter}`, language: 'en', text: ARTICLE_TEXT },
  });
  return expectType(ingestArticle, 'IngestArticleSuccess').ingested;
}

async function newAppearance(c: Context) {
  const { version } = await newArticle(c);
  const claim = await newClaim(c, 'A convoy carried advisers');
  const { addAppearance } = await c.editor.addAppearance({
    input: {
      claimId: claim.id,
      versionId: version.id,
      quote: { exact: 'it carried advisers' },
      statedCertainty: 'RUMOUR',
      cues: [{ kind: 'HEDGE', quote: { exact: 'Rumours say' } }],
      attribution: [{ role: 'REPORTER', sourceId: c.ids.independent }],
    },
  });
  return expectType(addAppearance, 'AddAppearanceSuccess').appearance;
}

async function newActor(c: Context, name = 'An SDK test unit') {
  const { createActor } = await c.editor.createActor({
    input: { name: `${name} ${++counter}`, kind: 'MILITARY_UNIT', aliases: ['SDK unit'], parentId: c.ids.pla },
  });
  return expectType(createActor, 'CreateActorSuccess').actor;
}

async function newSource(c: Context, name = 'An SDK test outlet') {
  const { createSource } = await c.editor.createSource({
    input: { name: `${name} ${++counter}`, kind: 'NEWS_OUTLET', domain: `sdk${counter}.example`, languages: ['en'] },
  });
  return expectType(createSource, 'CreateSourceSuccess').source;
}

/**
 * Subscribes, then repeats `write` until the first event arrives (the subscription is live only once the server
 * has read the request), and returns that event.
 */
async function firstEvent<T>(events: AsyncIterableIterator<T>, write: () => Promise<unknown>): Promise<T> {
  const first = events.next();
  let arrived = false;
  void first.then(() => {
    arrived = true;
  });
  for (let attempt = 0; attempt < 50 && !arrived; attempt++) {
    await write();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { value, done } = await first;
  await events.return?.();
  if (done) throw new Error('the subscription ended without an event');
  return value;
}

/**
 * One check per write-side operation. The type makes a new mutation or subscription fail the type check until
 * it has a check here.
 */
const checks: { [K in WriteOperation]: (c: Context) => Promise<void> } = {
  async viewer(c) {
    expect((await c.editor.viewer()).viewer).toEqual({ owner: 'editor@test', role: 'EDITOR' });
    expect((await inProcessClient(c.api).viewer()).viewer).toBeNull();
  },
  async apiKeys(c) {
    const { apiKeys } = await c.admin.apiKeys();
    expect(apiKeys.map((key) => key.role).sort()).toEqual(expect.arrayContaining(['ADMIN', 'EDITOR', 'READER']));
    const refused = await c.editor.apiKeys().catch((error: unknown) => error);
    expect(ClaimgraphError.is(refused) && refused.codes).toEqual(['FORBIDDEN']);
  },
  async createApiKey(c) {
    const { createApiKey } = await c.admin.createApiKey({ input: { name: 'sdk', owner: 'sdk@test', role: 'READER' } });
    const { secret, apiKey } = expectType(createApiKey, 'CreateApiKeySuccess').created;
    expect(apiKey).toMatchObject({ name: 'sdk', owner: 'sdk@test', role: 'READER', revokedAt: null });
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    const { viewer } = await inProcessClient(c.api, { apiKey: secret }).viewer();
    expect(viewer).toEqual({ owner: 'sdk@test', role: 'READER' });
  },
  async revokeApiKey(c) {
    const { createApiKey } = await c.admin.createApiKey({
      input: { name: 'gone', owner: 'gone@test', role: 'READER' },
    });
    const { secret, apiKey } = expectType(createApiKey, 'CreateApiKeySuccess').created;
    const { revokeApiKey } = await c.admin.revokeApiKey({ input: { id: apiKey.id } });
    expect(expectType(revokeApiKey, 'RevokeApiKeySuccess').apiKey.revokedAt).not.toBeNull();
    const refused = await inProcessClient(c.api, { apiKey: secret })
      .viewer()
      .catch((error: unknown) => error);
    expect(ClaimgraphError.is(refused) && [refused.status, refused.codes]).toEqual([401, ['UNAUTHENTICATED']]);
  },
  async changes(c) {
    const claim = await newClaim(c);
    const { changes } = await c.editor.changes({ entityTypes: ['Claim'], first: 100 });
    const event = changes.edges.map((edge) => edge.node).find((node) => node.entityId === claim.id);
    expect(event).toMatchObject({ operation: 'CREATE', entityType: 'Claim', message: 'SDK contract test' });
    expect(event?.author).toBe('editor@test');
    // Polling from the last cursor gives only what came after it.
    const since = changes.pageInfo.endCursor;
    const later = await newClaim(c);
    const next = await c.editor.changes({ since, entityTypes: ['Claim'] });
    expect(next.changes.edges.map((edge) => edge.node.entityId)).toEqual([later.id]);
  },
  async claimTable(c) {
    const { claimTable } = await c.editor.claimTable({ format: 'CSV', filter: { statedCertainty: ['RUMOUR'] } });
    expect(claimTable.contentType).toContain('text/csv');
    const response = await c.api.app.fetch(new URL(claimTable.url, endpoint).href);
    expect(response.status).toBe(200);
    expect((await response.text()).split('\n')[0]).toContain('claim');
  },

  async createClaim(c) {
    const { createClaim } = await c.editor.createClaim({
      input: { text: 'Advisers reached Tartous.', type: 'EVENT', actors: [{ actorId: c.ids.pla, role: 'AGENT' }] },
    });
    const { claim } = expectType(createClaim, 'CreateClaimSuccess');
    expect(claim).toMatchObject({ text: 'Advisers reached Tartous.', verificationStatus: 'UNVERIFIED', revision: 1 });
    expect(claim.actors.map((a) => `${a.role} ${a.actor.name}`)).toEqual(['AGENT People’s Liberation Army']);
    // Expected failures are data: an empty text is a ValidationError naming the field; a reader may not write.
    const invalid = await c.editor.createClaim({ input: { text: ' ', type: 'EVENT' } });
    expect(expectType(invalid.createClaim, 'ValidationError').issues.map((issue) => issue.path.join('.'))).toContain(
      'input.text',
    );
    const forbidden = await c.reader.createClaim({ input: { text: 'Not allowed.', type: 'EVENT' } });
    expect(expectType(forbidden.createClaim, 'ForbiddenError').code).toBe('FORBIDDEN');
  },
  async updateClaim(c) {
    const claim = await newClaim(c);
    const { updateClaim } = await c.editor.updateClaim({
      input: { id: claim.id, revision: claim.revision, text: 'A claim the SDK tests changed.', timeText: 'on Monday' },
    });
    const updated = expectType(updateClaim, 'UpdateClaimSuccess').claim;
    expect(updated).toMatchObject({ text: 'A claim the SDK tests changed.', revision: claim.revision + 1 });
    expect(updated.time?.text).toBe('on Monday');
    // The old revision is stale now: a ConflictError, not a silent overwrite.
    const stale = await c.editor.updateClaim({
      input: { id: claim.id, revision: claim.revision, text: 'Lost update.' },
    });
    expect(expectType(stale.updateClaim, 'ConflictError').code).toBe('CONFLICT');
  },
  async archiveClaim(c) {
    const claim = await newClaim(c);
    const { archiveClaim } = await c.editor.archiveClaim({ input: { id: claim.id, revision: claim.revision } });
    expect(expectType(archiveClaim, 'ArchiveClaimSuccess').claim.id).toBe(claim.id);
    const missing = await c.editor.archiveClaim({ input: { id: claim.id, revision: claim.revision + 1 } });
    expect(missing.archiveClaim.__typename).not.toBe('ArchiveClaimSuccess');
  },
  async mergeClaims(c) {
    const survivor = await newClaim(c, 'The survivor');
    const merged = await newClaim(c, 'The duplicate');
    const { mergeClaims } = await c.editor.mergeClaims({
      input: {
        survivorId: survivor.id,
        survivorRevision: survivor.revision,
        mergedId: merged.id,
        mergedRevision: merged.revision,
      },
    });
    expect(expectType(mergeClaims, 'MergeClaimsSuccess').claim.id).toBe(survivor.id);
  },
  async addClaimActor(c) {
    const claim = await newClaim(c);
    const { addClaimActor } = await c.editor.addClaimActor({
      input: { claimId: claim.id, actorId: c.ids.assad, role: 'CLAIMANT' },
    });
    const { actors } = expectType(addClaimActor, 'AddClaimActorSuccess').claim;
    expect(actors.map((a) => `${a.role} ${a.actor.name}`)).toEqual(['CLAIMANT Bashar al-Assad']);
  },
  async removeClaimActor(c) {
    const claim = await newClaim(c);
    const input = { claimId: claim.id, actorId: c.ids.assad, role: 'CLAIMANT' as const };
    expectType((await c.editor.addClaimActor({ input })).addClaimActor, 'AddClaimActorSuccess');
    const { removeClaimActor } = await c.editor.removeClaimActor({ input });
    expect(expectType(removeClaimActor, 'RemoveClaimActorSuccess').claim.actors).toEqual([]);
  },
  async relateClaims(c) {
    const [from, to] = [await newClaim(c), await newClaim(c)];
    const { relateClaims } = await c.editor.relateClaims({
      input: { fromClaimId: from.id, toClaimId: to.id, type: 'SUPPORTS', note: 'One makes the other likelier.' },
    });
    expect(expectType(relateClaims, 'RelateClaimsSuccess').relation).toMatchObject({
      type: 'SUPPORTS',
      note: 'One makes the other likelier.',
      from: { id: from.id },
      to: { id: to.id },
    });
  },
  async unrelateClaims(c) {
    const [from, to] = [await newClaim(c), await newClaim(c)];
    const related = await c.editor.relateClaims({
      input: { fromClaimId: from.id, toClaimId: to.id, type: 'CONTRADICTS' },
    });
    const { relation } = expectType(related.relateClaims, 'RelateClaimsSuccess');
    const { unrelateClaims } = await c.editor.unrelateClaims({ input: { id: relation.id } });
    const claim = expectType(unrelateClaims, 'UnrelateClaimsSuccess').claim;
    expect(claim.id).toBe(from.id);
    expect(claim.outgoingRelations).toEqual([]);
  },
  async addAssessment(c) {
    const claim = await newClaim(c);
    // Closing a claim needs a rationale.
    const refused = await c.editor.addAssessment({
      input: { claimId: claim.id, verificationStatus: 'CONFIRMED_FALSE' },
    });
    expect(expectType(refused.addAssessment, 'ValidationError').issues.map((i) => i.path.join('.'))).toContain(
      'input.rationale',
    );
    const { addAssessment } = await c.editor.addAssessment({
      input: {
        claimId: claim.id,
        verificationStatus: 'CONFIRMED_FALSE',
        credibility: 5,
        rationale: 'Port records show no such arrival.',
        evidence: [{ url: 'https://records.example/port', title: 'Port records' }],
      },
    });
    const { assessment } = expectType(addAssessment, 'AddAssessmentSuccess');
    expect(assessment).toMatchObject({
      verificationStatus: 'CONFIRMED_FALSE',
      credibility: 5,
      assessedBy: 'editor@test',
    });
    expect(assessment.claim.verificationStatus).toBe('CONFIRMED_FALSE');
    expect(assessment.evidence.map((e) => e.url)).toEqual(['https://records.example/port']);
  },

  async ingestArticle(c) {
    const { created, article, version } = await newArticle(c);
    expect(created).toBe(true);
    expect(article.headline).toMatch(/^A convoy reached the port/);
    expect(version.number).toBe(1);
    expect(version.sha256).toMatch(/^[0-9a-f]{64}$/);
  },
  async updateArticle(c) {
    const { article } = await newArticle(c);
    const { article: current } = await c.editor.article({ id: article.id });
    const { updateArticle } = await c.editor.updateArticle({
      input: {
        id: article.id,
        revision: current?.revision ?? 0,
        byline: 'A. Reporter',
        url: 'https://news.example/convoy',
      },
    });
    expect(expectType(updateArticle, 'UpdateArticleSuccess').article).toMatchObject({
      byline: 'A. Reporter',
      url: 'https://news.example/convoy',
    });
  },
  async addAppearance(c) {
    const appearance = await newAppearance(c);
    expect(appearance).toMatchObject({
      statedCertainty: 'RUMOUR',
      quote: 'it carried advisers',
      anchorStatus: 'ANCHORED',
    });
    expect(ARTICLE_TEXT.slice(appearance.anchor.start, appearance.anchor.end)).toBe('it carried advisers');
    expect(appearance.cues.map((cue) => `${cue.kind} ${cue.anchor.exact}`)).toEqual(['HEDGE Rumours say']);
    expect(appearance.attribution.map((hop) => `${hop.role} ${hop.agent.name}`)).toEqual(['REPORTER The Independent']);
    // A quote the text does not contain is refused, with the field at fault.
    const { version } = await newArticle(c);
    const missing = await c.editor.addAppearance({
      input: {
        claimId: appearance.claim.id,
        versionId: version.id,
        quote: { exact: 'not in the text' },
        statedCertainty: 'RUMOUR',
      },
    });
    expect(expectType(missing.addAppearance, 'ValidationError').issues[0]?.path.join('.')).toMatch(/^input\.quote/);
  },
  async updateAppearance(c) {
    const appearance = await newAppearance(c);
    const { revision } = appearance;
    const { updateAppearance } = await c.editor.updateAppearance({
      input: { id: appearance.id, revision, statedCertainty: 'UNCONFIRMED_REPORT', note: 'Reclassified.' },
    });
    expect(expectType(updateAppearance, 'UpdateAppearanceSuccess').appearance).toMatchObject({
      statedCertainty: 'UNCONFIRMED_REPORT',
      note: 'Reclassified.',
      revision: revision + 1,
    });
  },
  async archiveAppearance(c) {
    const appearance = await newAppearance(c);
    const { archiveAppearance } = await c.editor.archiveAppearance({
      input: { id: appearance.id, revision: appearance.revision },
    });
    expect(expectType(archiveAppearance, 'ArchiveAppearanceSuccess').appearance.id).toBe(appearance.id);
  },
  async addCue(c) {
    const appearance = await newAppearance(c);
    const { addCue } = await c.editor.addCue({
      input: { appearanceId: appearance.id, kind: 'NEGATION', quote: { exact: 'No one has confirmed it' } },
    });
    const { cues } = expectType(addCue, 'AddCueSuccess').appearance;
    expect(cues.map((cue) => `${cue.kind} ${cue.anchor.exact}`)).toEqual([
      'HEDGE Rumours say',
      'NEGATION No one has confirmed it',
    ]);
  },
  async removeCue(c) {
    const appearance = await newAppearance(c);
    const cue = appearance.cues[0];
    const { removeCue } = await c.editor.removeCue({ input: { id: cue?.id ?? '' } });
    expect(expectType(removeCue, 'RemoveCueSuccess').appearance.cues).toEqual([]);
  },
  async addAttributionHop(c) {
    const appearance = await newAppearance(c);
    const { addAttributionHop } = await c.editor.addAttributionHop({
      input: { appearanceId: appearance.id, role: 'ORIGINATOR', actorId: c.ids.assad, position: 1 },
    });
    const { attribution } = expectType(addAttributionHop, 'AddAttributionHopSuccess').appearance;
    expect(attribution.map((hop) => `${hop.position} ${hop.role} ${hop.agent.name}`)).toEqual([
      '1 ORIGINATOR Bashar al-Assad',
      '2 REPORTER The Independent',
    ]);
  },
  async moveAttributionHop(c) {
    const appearance = await newAppearance(c);
    const added = await c.editor.addAttributionHop({
      input: { appearanceId: appearance.id, role: 'ORIGINATOR', actorId: c.ids.assad },
    });
    const hop = expectType(added.addAttributionHop, 'AddAttributionHopSuccess').appearance.attribution.find(
      (h) => h.role === 'ORIGINATOR',
    );
    const { moveAttributionHop } = await c.editor.moveAttributionHop({ input: { id: hop?.id ?? '', position: 1 } });
    const { attribution } = expectType(moveAttributionHop, 'MoveAttributionHopSuccess').appearance;
    expect(attribution.map((h) => h.role)).toEqual(['ORIGINATOR', 'REPORTER']);
  },
  async removeAttributionHop(c) {
    const appearance = await newAppearance(c);
    const { removeAttributionHop } = await c.editor.removeAttributionHop({
      input: { id: appearance.attribution[0]?.id ?? '' },
    });
    expect(expectType(removeAttributionHop, 'RemoveAttributionHopSuccess').appearance.attribution).toEqual([]);
  },

  async createActor(c) {
    const actor = await newActor(c);
    expect(actor).toMatchObject({ kind: 'MILITARY_UNIT', aliases: ['SDK unit'], parent: { id: c.ids.pla } });
  },
  async updateActor(c) {
    const actor = await newActor(c);
    const { updateActor } = await c.editor.updateActor({
      input: { id: actor.id, revision: actor.revision, wikidataId: 'Q42', country: 'CN' },
    });
    expect(expectType(updateActor, 'UpdateActorSuccess').actor).toMatchObject({ wikidataId: 'Q42', country: 'CN' });
  },
  async archiveActor(c) {
    const actor = await newActor(c);
    const { archiveActor } = await c.editor.archiveActor({ input: { id: actor.id, revision: actor.revision } });
    expect(expectType(archiveActor, 'ArchiveActorSuccess').actor.id).toBe(actor.id);
  },
  async mergeActors(c) {
    const [survivor, merged] = [await newActor(c, 'Unit A'), await newActor(c, 'Unit A (variant spelling)')];
    const { mergeActors } = await c.editor.mergeActors({
      input: {
        survivorId: survivor.id,
        survivorRevision: survivor.revision,
        mergedId: merged.id,
        mergedRevision: merged.revision,
      },
    });
    expect(expectType(mergeActors, 'MergeActorsSuccess').actor.id).toBe(survivor.id);
  },
  async createSource(c) {
    const source = await newSource(c);
    expect(source).toMatchObject({ kind: 'NEWS_OUTLET', languages: ['en'], reliability: null });
  },
  async updateSource(c) {
    const source = await newSource(c);
    const { updateSource } = await c.editor.updateSource({
      input: { id: source.id, revision: source.revision, country: 'GB', stateAffiliated: false },
    });
    expect(expectType(updateSource, 'UpdateSourceSuccess').source).toMatchObject({
      country: 'GB',
      stateAffiliated: false,
    });
  },
  async archiveSource(c) {
    const source = await newSource(c);
    const { archiveSource } = await c.editor.archiveSource({ input: { id: source.id, revision: source.revision } });
    expect(expectType(archiveSource, 'ArchiveSourceSuccess').source.id).toBe(source.id);
  },
  async rateSource(c) {
    const source = await newSource(c);
    const { rateSource } = await c.editor.rateSource({
      input: { sourceId: source.id, rating: 'C', rationale: 'Regional outlet, mixed record.' },
    });
    const rated = expectType(rateSource, 'RateSourceSuccess').source;
    expect(rated.reliability).toMatchObject({ rating: 'C', rationale: 'Regional outlet, mixed record.' });
    expect(rated.reliabilityHistory).toHaveLength(1);
  },

  async importClaimReview(c) {
    const { importClaimReview } = await c.editor.importClaimReview({
      input: {
        document: {
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          url: 'https://factcheck.example/reviews/sdk',
          claimReviewed: 'A convoy of advisers reached Latakia.',
          datePublished: '2026-11-27',
          author: { '@type': 'Organization', name: 'Example Fact Check' },
          reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
        },
      },
    });
    const { result } = expectType(importClaimReview, 'ImportClaimReviewSuccess');
    expect(result).toMatchObject({ claimsCreated: 1, assessmentsCreated: 1 });
    expect(result.claims.map((claim) => claim.text)).toEqual(['A convoy of advisers reached Latakia.']);
  },
  async importWebAnnotations(c) {
    const { article } = await newArticle(c);
    const { importWebAnnotations } = await c.editor.importWebAnnotations({
      input: {
        article: article.id,
        document: [
          {
            '@context': 'http://www.w3.org/ns/anno.jsonld',
            type: 'Annotation',
            body: [
              { type: 'TextualBody', purpose: 'describing', value: 'A convoy reached the port on Monday.' },
              { type: 'TextualBody', purpose: 'tagging', value: 'official statement' },
            ],
            target: { selector: { type: 'TextQuoteSelector', exact: 'a convoy reached the port' } },
          },
        ],
      },
    });
    const { result } = expectType(importWebAnnotations, 'ImportWebAnnotationsSuccess');
    expect(result).toMatchObject({ claimsCreated: 1, appearancesCreated: 1, article: { id: article.id } });
  },

  async claimChanged(c) {
    const claim = await newClaim(c);
    let revision = claim.revision;
    const event = await firstEvent(c.editor.claimChanged({ filter: { claim: claim.id } }), async () => {
      const { updateClaim } = await c.editor.updateClaim({
        input: { id: claim.id, revision, text: `Changed ${revision}.` },
      });
      revision = expectType(updateClaim, 'UpdateClaimSuccess').claim.revision;
    });
    expect(event.claimChanged.claim.id).toBe(claim.id);
    expect(event.claimChanged.event).toMatchObject({ operation: 'UPDATE', entityId: claim.id, author: 'editor@test' });
  },
  async appearanceAdded(c) {
    const events = c.editor.appearanceAdded();
    const event = await firstEvent(events, () => newAppearance(c));
    expect(event.appearanceAdded.appearance).toMatchObject({ statedCertainty: 'RUMOUR', quote: 'it carried advisers' });
    expect(event.appearanceAdded.event.operation).toBe('CREATE');
  },
  async assessmentAdded(c) {
    const claim = await newClaim(c);
    const event = await firstEvent(c.editor.assessmentAdded({ filter: { claim: claim.id } }), () =>
      c.editor.addAssessment({ input: { claimId: claim.id, verificationStatus: 'IN_PROGRESS' } }),
    );
    expect(event.assessmentAdded.assessment).toMatchObject({
      verificationStatus: 'IN_PROGRESS',
      claim: { id: claim.id },
    });
  },
};

describe('every SDK write-side operation, against the server', () => {
  test('has a check here', () => {
    const writeSide = Object.entries(operations)
      .filter(([name, op]) => op.kind !== 'query' || (writeSideQueries as readonly string[]).includes(name))
      .map(([name]) => name);
    expect(Object.keys(checks).sort()).toEqual(writeSide.sort());
  });

  test.for(Object.keys(checks) as WriteOperation[])('%s', async (name, { api }) => {
    await checks[name](await context(api));
  });

  test('a subscription stops its request when the caller stops reading', async ({ api }) => {
    let aborted = false;
    const client = createClient({
      url: endpoint,
      apiKey: api.keys.editor,
      fetch: (input, init) => {
        init.signal?.addEventListener('abort', () => {
          aborted = true;
        });
        return api.app.fetch(input, init);
      },
    });
    const c = await context(api);
    await firstEvent(client.claimChanged(), () => newClaim(c));
    expect(aborted).toBe(true);
  });
});

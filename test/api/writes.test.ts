import { type Api, describe, expect, test } from '../support/fixtures.js';
import { actorByName, claimByText, mutate, snapshot } from '../support/writes.js';

async function seedVersion(api: Api) {
  const data = await api.data<{
    articles: { edges: { node: { id: string; revision: number; currentVersion: { id: string } } }[] };
  }>('{ articles { edges { node { id revision currentVersion { id } } } } }');
  const article = data.articles.edges[0]?.node;
  if (!article) throw new Error('no article');
  return article;
}

describe('sources', () => {
  test('create, update at a revision, and a stale revision is a conflict', async ({ api }) => {
    const created = await mutate(
      api,
      'createSource',
      { name: 'Reuters', kind: 'WIRE', domain: 'reuters.com', message: 'Add a wire' },
      'source { id revision name }',
    );
    expect(created.__typename).toBe('CreateSourceSuccess');
    const source = created.source as { id: string; revision: number };
    expect(source.revision).toBe(1);

    const updated = await mutate(
      api,
      'updateSource',
      { id: source.id, revision: 1, country: 'GB' },
      'source { revision country domain }',
    );
    expect(updated.source).toEqual({ revision: 2, country: 'GB', domain: 'reuters.com' });

    const stale = await mutate(
      api,
      'updateSource',
      { id: source.id, revision: 1, country: 'US' },
      'source { revision }',
    );
    expect(stale).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT', currentRevision: 2 });
    expect(stale.issues).toEqual([expect.objectContaining({ path: ['input', 'revision'], code: 'STALE_REVISION' })]);
  });

  test('a rating adds a dated entry to the history; the latest is current', async ({ api }) => {
    const data = await api.data<{ sources: { edges: { node: { id: string } }[] } }>(
      '{ sources(filter: { name: "Al Araby" }) { edges { node { id } } } }',
    );
    const id = data.sources.edges[0]?.node.id;
    const rated = await mutate(
      api,
      'rateSource',
      { sourceId: id, rating: 'B', rationale: 'Original interview located and matches.' },
      'source { reliability { rating assessedBy } reliabilityHistory { rating } }',
      'editor',
    );
    expect(rated.source).toEqual({
      reliability: { rating: 'B', assessedBy: 'editor@test' },
      reliabilityHistory: [{ rating: 'B' }, { rating: 'C' }],
    });
    const noReason = await mutate(api, 'rateSource', { sourceId: id, rating: 'A', rationale: ' ' }, 'source { id }');
    expect(noReason).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'rationale'] }] });
  });

  test('archiving takes a source out of lists but keeps it', async ({ api }) => {
    const created = await mutate(
      api,
      'createSource',
      { name: 'Short-lived blog', kind: 'NEWS_OUTLET' },
      'source { id revision }',
    );
    const { id, revision } = created.source as { id: string; revision: number };
    const archived = await mutate(api, 'archiveSource', { id, revision }, 'source { id }');
    expect(archived.__typename).toBe('ArchiveSourceSuccess');
    const list = await api.data<{ sources: { edges: { node: { id: string } }[] } }>(
      '{ sources(first: 100) { edges { node { id } } } }',
    );
    expect(list.sources.edges.map((e) => e.node.id)).not.toContain(id);
    const again = await mutate(api, 'updateSource', { id, revision: revision + 1, name: 'Back' }, 'source { id }');
    expect(again.__typename).toBe('ConflictError');
  });
});

describe('actors', () => {
  test('aliases keep each spelling once, never the name itself', async ({ api }) => {
    const created = await mutate(
      api,
      'createActor',
      {
        name: 'Ahrar al-Sham',
        kind: 'NON_STATE_ARMED_GROUP',
        aliases: ['Ahrar al-Sham', 'Ahrar ash-Sham', ' Ahrar ash-Sham '],
      },
      'actor { aliases }',
    );
    expect(created.actor).toEqual({ aliases: ['Ahrar ash-Sham'] });
    const invalid = await mutate(
      api,
      'createActor',
      { name: 'X', kind: 'PERSON', wikidataId: 'wd:42' },
      'actor { id }',
    );
    expect(invalid).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'wikidataId'] }] });
  });

  test('merging two actors keeps the aliases, moves claim roles and hops, and leaves a pointer', async ({ api }) => {
    const uyghurs = await actorByName(api, 'Uyghurs');
    const militants = await actorByName(api, 'Uighur militants');
    const merged = await mutate(
      api,
      'mergeActors',
      {
        survivorId: uyghurs.id,
        survivorRevision: uyghurs.revision,
        mergedId: militants.id,
        mergedRevision: militants.revision,
        message: 'Same group for this story',
      },
      'actor { aliases claims(first: 100) { totalCount } }',
    );
    expect(merged.__typename).toBe('MergeActorsSuccess');
    const survivor = merged.actor as { aliases: string[]; claims: { totalCount: number } };
    expect(survivor.aliases).toEqual(
      expect.arrayContaining(['Uighers', 'Uyghur militants', 'Uighur militants', 'homegrown militants']),
    );
    const pointer = await api.data<{ node: { mergedInto: { id: string }; archivedAt: string | null } }>(
      'query ($id: ID!) { node(id: $id) { ... on Actor { mergedInto { id } archivedAt } } }',
      { id: militants.id },
    );
    expect(pointer.node.mergedInto.id).toBe(uyghurs.id);
    expect(pointer.node.archivedAt).not.toBeNull();
    const roles = await api.database.prisma.claimActor.count({
      where: { actorId: Number(Buffer.from(militants.id, 'base64url').toString().split(':')[1]) },
    });
    expect(roles).toBe(0);
  });
});

describe('claims', () => {
  test('create with actors, change at a revision; bad input names the field and writes nothing', async ({ api }) => {
    const assad = await actorByName(api, 'Bashar al-Assad');
    const created = await mutate(
      api,
      'createClaim',
      {
        text: 'Assad met Wang Yi in Damascus.',
        type: 'EVENT',
        timeText: 'last month',
        actors: [{ actorId: assad.id, role: 'AGENT' }],
      },
      'claim { id revision text time { text } actors { role actor { name } } verificationStatus }',
    );
    const claim = created.claim as { id: string; revision: number };
    expect(created.claim).toMatchObject({
      revision: 1,
      time: { text: 'last month' },
      actors: [{ role: 'AGENT', actor: { name: 'Bashar al-Assad' } }],
      verificationStatus: 'UNVERIFIED',
    });

    const changed = await mutate(
      api,
      'updateClaim',
      { id: claim.id, revision: 1, text: 'Assad met Wang Yi.', timeText: null },
      'claim { text time { text } revision }',
    );
    expect(changed.claim).toEqual({ text: 'Assad met Wang Yi.', time: null, revision: 2 });

    const before = await snapshot(api);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ text: '', type: 'EVENT' }, ['input', 'text']],
      [
        { text: 'x', type: 'EVENT', timeStart: '2020-02-01T00:00:00Z', timeEnd: '2020-01-01T00:00:00Z' },
        ['input', 'timeEnd'],
      ],
      [{ text: 'x', type: 'QUANTITY', quantity: { lower: 10, upper: 1 } }, ['input', 'quantity', 'lower']],
      [
        { text: 'x', type: 'EVENT', actors: [{ actorId: 'not-an-id', role: 'AGENT' }] },
        ['input', 'actors', '0', 'actorId'],
      ],
      [{ text: 'x', type: 'EVENT', locationId: claim.id }, ['input', 'locationId']],
    ];
    for (const [input, path] of cases) {
      const result = await mutate(api, 'createClaim', input, 'claim { id }');
      expect(result.__typename).toBe('ValidationError');
      expect(result.issues?.[0]?.path).toEqual(path);
    }
    expect(await snapshot(api)).toEqual(before);
  });

  test('merging claims moves appearances and relations; the merged one points to the survivor', async ({ api }) => {
    const tartous = await claimByText(api, 'Tartous Thursday');
    const created = await mutate(
      api,
      'createClaim',
      { text: 'Chinese soldiers landed at Tartus.', type: 'EVENT' },
      'claim { id revision }',
    );
    const duplicate = created.claim as { id: string; revision: number };
    const version = await seedVersion(api);
    await mutate(
      api,
      'addAppearance',
      {
        claimId: duplicate.id,
        versionId: version.currentVersion.id,
        quote: { exact: 'Chinese troops arrived' },
        statedCertainty: 'UNCONFIRMED_REPORT',
      },
      'appearance { id }',
    );
    const withAppearance = await api.data<{ node: { revision: number } }>(
      'query ($id: ID!) { node(id: $id) { ... on Claim { revision } } }',
      { id: duplicate.id },
    );

    const merged = await mutate(
      api,
      'mergeClaims',
      {
        survivorId: tartous.id,
        survivorRevision: tartous.revision,
        mergedId: duplicate.id,
        mergedRevision: withAppearance.node.revision,
      },
      'claim { appearances { totalCount } incomingRelations { type } }',
    );
    expect(merged.claim).toMatchObject({
      appearances: { totalCount: 2 },
      incomingRelations: expect.arrayContaining([{ type: 'UNDERCUTS' }]),
    });
    const pointer = await api.data<{ claim: { mergedInto: { id: string }; appearances: { totalCount: number } } }>(
      'query ($id: ID!) { claim(id: $id) { mergedInto { id } appearances { totalCount } } }',
      { id: duplicate.id },
    );
    expect(pointer.claim).toEqual({ mergedInto: { id: tartous.id }, appearances: { totalCount: 0 } });
  });

  test('actor roles and relations are added and removed', async ({ api }) => {
    const claim = await claimByText(api, 'vetoing resolutions');
    const iran = await actorByName(api, 'Islamic Republic of Iran');
    const added = await mutate(
      api,
      'addClaimActor',
      { claimId: claim.id, actorId: iran.id, role: 'MENTIONED' },
      'claim { actors(role: MENTIONED) { actor { name } } }',
    );
    expect(added.claim).toEqual({ actors: [{ actor: { name: 'Islamic Republic of Iran' } }] });
    const twice = await mutate(
      api,
      'addClaimActor',
      { claimId: claim.id, actorId: iran.id, role: 'MENTIONED' },
      'claim { id }',
    );
    expect(twice.__typename).toBe('ConflictError');
    const removed = await mutate(
      api,
      'removeClaimActor',
      { claimId: claim.id, actorId: iran.id, role: 'MENTIONED' },
      'claim { actors(role: MENTIONED) { actor { name } } }',
    );
    expect(removed.claim).toEqual({ actors: [] });

    const other = await claimByText(api, 'permanent member Security Council');
    const related = await mutate(
      api,
      'relateClaims',
      { fromClaimId: claim.id, toClaimId: other.id, type: 'SUPPORTS', note: 'Vetoes are not direct action.' },
      'relation { id type from { id } to { id } }',
    );
    const relation = related.relation as { id: string };
    expect(related.relation).toMatchObject({ type: 'SUPPORTS', from: { id: claim.id }, to: { id: other.id } });
    const self = await mutate(
      api,
      'relateClaims',
      { fromClaimId: claim.id, toClaimId: claim.id, type: 'SUPPORTS' },
      'relation { id }',
    );
    expect(self.__typename).toBe('ValidationError');
    const unrelated = await mutate(api, 'unrelateClaims', { id: relation.id }, 'claim { outgoingRelations { type } }');
    expect(unrelated.claim).toEqual({ outgoingRelations: [] });
  });
});

describe('appearances', () => {
  test('anchor a quote typed with plain characters, with cues and a chain; the anchor holds', async ({ api }) => {
    const claim = await claimByText(api, 'ties rise');
    const version = await seedVersion(api);
    const assad = await actorByName(api, 'Bashar al-Assad');
    const result = await mutate(
      api,
      'addAppearance',
      {
        claimId: claim.id,
        versionId: version.currentVersion.id,
        quote: { exact: 'ties with China are "on the rise"' },
        statedCertainty: 'ATTRIBUTED_STATEMENT',
        cues: [{ kind: 'ATTRIBUTION_VERB', quote: { exact: 'has also said' } }],
        attribution: [{ role: 'QUOTED_SPEAKER', actorId: assad.id, quote: { exact: 'He', suffix: ' has also said' } }],
      },
      'appearance { id quote anchor { start end exact } version { text } cues { anchor { exact } } attribution { position role anchor { exact } } }',
    );
    const appearance = result.appearance as {
      quote: string;
      anchor: { start: number; end: number; exact: string };
      version: { text: string };
    };
    expect(appearance.quote).toBe('ties with China are “on the rise”');
    expect(appearance.version.text.slice(appearance.anchor.start, appearance.anchor.end)).toBe(appearance.anchor.exact);
    expect(result.appearance).toMatchObject({
      cues: [{ anchor: { exact: 'has also said' } }],
      attribution: [{ position: 1, role: 'QUOTED_SPEAKER', anchor: { exact: 'He' } }],
    });
  });

  test('a quote is found across Unicode normalisation forms; the anchor is the text’s own characters', async ({
    api,
  }) => {
    const claim = await claimByText(api, 'ties rise');
    const nfc = 'Syrian café owners said\n\nThe owners of Café Müller in Damascus said Russian officers had left.';
    for (const [text, typed, url] of [
      [nfc.normalize('NFD'), 'Café Müller in Damascus', 'https://example.org/nfd'],
      [nfc, 'Café Müller in Damascus'.normalize('NFD'), 'https://example.org/nfc'],
    ] as const) {
      const ingested = await mutate(
        api,
        'ingestArticle',
        { text, headline: 'Syrian café owners said', url },
        'ingested { version { id } }',
      );
      const versionId = (ingested.ingested as { version: { id: string } }).version.id;
      const result = await mutate(
        api,
        'addAppearance',
        { claimId: claim.id, versionId, quote: { exact: typed }, statedCertainty: 'ATTRIBUTED_STATEMENT' },
        'appearance { quote anchor { start end exact } version { text } }',
      );
      const appearance = result.appearance as {
        quote: string;
        anchor: { start: number; end: number; exact: string };
        version: { text: string };
      };
      // Stored as the article has it, not as typed; the offsets point into the stored text.
      expect(appearance.version.text).toBe(text);
      expect(appearance.anchor.exact).toBe('Café Müller in Damascus'.normalize(text === nfc ? 'NFC' : 'NFD'));
      expect(text.slice(appearance.anchor.start, appearance.anchor.end)).toBe(appearance.anchor.exact);
      expect(appearance.anchor.start).toBe(text.indexOf('Café Müller'.normalize(text === nfc ? 'NFC' : 'NFD')));
    }
  });

  test('a quote that is not in the text, or is there twice, is refused with its reason', async ({ api }) => {
    const claim = await claimByText(api, 'ties rise');
    const version = await seedVersion(api);
    const input = (exact: string) => ({
      claimId: claim.id,
      versionId: version.currentVersion.id,
      quote: { exact },
      statedCertainty: 'RUMOUR',
    });
    const before = await snapshot(api);
    const missing = await mutate(api, 'addAppearance', input('troops landed in Latakia'), 'appearance { id }');
    expect(missing.issues).toEqual([
      expect.objectContaining({ path: ['input', 'quote', 'exact'], code: 'QUOTE_NOT_FOUND' }),
    ]);
    const twice = await mutate(api, 'addAppearance', input('Chinese troops'), 'appearance { id }');
    expect(twice.issues).toEqual([
      expect.objectContaining({ path: ['input', 'quote', 'exact'], code: 'QUOTE_AMBIGUOUS' }),
    ]);
    expect(await snapshot(api)).toEqual(before);
  });

  test('a write that fails part-way changes nothing: the second hop’s agent does not exist', async ({ api }) => {
    const claim = await claimByText(api, 'ties rise');
    const version = await seedVersion(api);
    const assad = await actorByName(api, 'Bashar al-Assad');
    const before = await snapshot(api);
    const result = await mutate(
      api,
      'addAppearance',
      {
        claimId: claim.id,
        versionId: version.currentVersion.id,
        quote: { exact: 'crucial cooperation' },
        statedCertainty: 'ATTRIBUTED_STATEMENT',
        attribution: [
          { role: 'QUOTED_SPEAKER', actorId: assad.id },
          { role: 'REPORTER', sourceId: Buffer.from('Source:99999').toString('base64url') },
        ],
      },
      'appearance { id }',
    );
    expect(result.__typename).toBe('NotFoundError');
    expect(await snapshot(api)).toEqual(before);
  });

  test('attribution hops are inserted, reordered and removed, and the chain stays numbered 1..n', async ({ api }) => {
    const data = await api.data<{
      claims: {
        edges: { node: { appearances: { edges: { node: { id: string; attribution: { id: string }[] } }[] } } }[];
      };
    }>(
      '{ claims(filter: { statedCertainty: [ATTRIBUTED_STATEMENT], text: "intelligence" }) { edges { node { appearances { edges { node { id attribution { id } } } } } } } }',
    );
    const appearance = data.claims.edges[0]?.node.appearances.edges[0]?.node;
    if (!appearance) throw new Error('no appearance');
    const wire = await mutate(
      api,
      'createSource',
      { name: 'Syrian Arab News Agency', kind: 'STATE_MEDIA', stateAffiliated: true },
      'source { id }',
    );
    const chain =
      'appearance { revision attribution { id position role agent { ... on Actor { name } ... on Source { name } } } }';
    const inserted = await mutate(
      api,
      'addAttributionHop',
      { appearanceId: appearance.id, position: 2, role: 'ORIGINATOR', sourceId: (wire.source as { id: string }).id },
      chain,
    );
    const names = (r: typeof inserted) =>
      (r.appearance as { attribution: { position: number; agent: { name: string } }[] }).attribution.map(
        (h) => `${h.position}:${h.agent.name}`,
      );
    expect(names(inserted)).toEqual([
      '1:Bashar al-Assad',
      '2:Syrian Arab News Agency',
      '3:Al Araby',
      '4:The Independent',
    ]);
    const hop = (inserted.appearance as { attribution: { id: string }[] }).attribution[1]?.id;
    const moved = await mutate(api, 'moveAttributionHop', { id: hop, position: 4 }, chain);
    expect(names(moved)).toEqual(['1:Bashar al-Assad', '2:Al Araby', '3:The Independent', '4:Syrian Arab News Agency']);
    const removed = await mutate(api, 'removeAttributionHop', { id: hop }, chain);
    expect(names(removed)).toEqual(['1:Bashar al-Assad', '2:Al Araby', '3:The Independent']);
    expect((removed.appearance as { revision: number }).revision).toBe(4);
    const outOfRange = await mutate(
      api,
      'moveAttributionHop',
      { id: appearance.attribution[0]?.id, position: 9 },
      chain,
    );
    expect(outOfRange).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'position'] }] });
  });
});

describe('assessments', () => {
  test('closing a claim needs a rationale; the latest assessment is the claim’s status', async ({ api }) => {
    const claim = await claimByText(api, 'anti-terrorism law');
    const before = await snapshot(api);
    const bare = await mutate(
      api,
      'addAssessment',
      { claimId: claim.id, verificationStatus: 'MIXED', credibility: 2 },
      'assessment { id }',
    );
    expect(bare).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: ['input', 'rationale'], code: 'RATIONALE_REQUIRED' }],
    });
    const outOfRange = await mutate(
      api,
      'addAssessment',
      { claimId: claim.id, verificationStatus: 'IN_PROGRESS', credibility: 7, confidence: 101 },
      'assessment { id }',
    );
    expect(outOfRange.issues?.map((issue) => issue.path.at(-1))).toEqual(['credibility', 'confidence']);
    expect(await snapshot(api)).toEqual(before);

    const closed = await mutate(
      api,
      'addAssessment',
      {
        claimId: claim.id,
        verificationStatus: 'MIXED',
        credibility: 2,
        likelihood: 'ALMOST_CERTAIN',
        confidence: 90,
        rationale: 'The law was adopted on 27 December 2015 and took effect on 1 January 2016.',
        evidence: [{ url: 'https://example.org/counter-terrorism-law', title: 'Counter-terrorism Law' }],
      },
      'assessment { verificationStatus assessedBy evidence { url } claim { verificationStatus currentAssessment { rationale } } }',
    );
    expect(closed.assessment).toMatchObject({
      verificationStatus: 'MIXED',
      assessedBy: 'editor@test',
      evidence: [{ url: 'https://example.org/counter-terrorism-law' }],
      claim: {
        verificationStatus: 'MIXED',
        currentAssessment: { rationale: expect.stringContaining('27 December 2015') },
      },
    });
  });
});

describe('the audit log', () => {
  test('records every write with who, when, what changed, and the commit message', async ({ api }) => {
    const claim = await claimByText(api, 'reconstruction efforts');
    await mutate(
      api,
      'updateClaim',
      {
        id: claim.id,
        revision: claim.revision,
        text: 'Syria looks to Russia and Iran to rebuild.',
        message: 'Shorter wording',
      },
      'claim { id }',
    );
    await mutate(api, 'addAssessment', { claimId: claim.id, verificationStatus: 'IN_PROGRESS' }, 'assessment { id }');
    const { node } = await api.data<{
      node: {
        history: {
          totalCount: number;
          edges: {
            node: {
              entityType: string;
              operation: string;
              author: string;
              message: string | null;
              changes: { field: string; before: unknown; after: unknown }[];
            };
          }[];
        };
      };
    }>(
      'query ($id: ID!) { node(id: $id) { ... on Claim { history(first: 100) { totalCount edges { node { entityType operation author message changes { field before after } } } } } } }',
      { id: claim.id },
    );
    const events = node.history.edges.map((e) => e.node);
    expect(events.map((e) => `${e.entityType} ${e.operation} ${e.author}`)).toEqual([
      'Claim CREATE claimgraph seed',
      'ClaimAppearance CREATE claimgraph seed',
      'Claim UPDATE editor@test',
      'Assessment CREATE editor@test',
    ]);
    expect(events[2]).toMatchObject({
      message: 'Shorter wording',
      changes: [
        {
          field: 'text',
          before: 'Syria is looking to Russia and Iran for major reconstruction efforts.',
          after: 'Syria looks to Russia and Iran to rebuild.',
        },
      ],
    });
  });
});

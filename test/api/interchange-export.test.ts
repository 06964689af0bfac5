import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { db } from '../../apps/server/src/db/database.js';
import { CSV_COLUMNS, claimsCsv } from '../../apps/server/src/domain/interchange/tabular.js';
import { type Api, describe, expect, test } from '../support/fixtures.js';
import { expand, stixErrors, termsOf } from '../support/interchange.js';

const SCHEMA = 'http://schema.org/';
const OA = 'http://www.w3.org/ns/oa#';
const PROV = 'http://www.w3.org/ns/prov#';

type Json = Record<string, unknown>;
interface StixObject extends Json {
  type: string;
  id: string;
}

const ARTICLE = /* GraphQL */ `
  query ($format: ArticleExportFormat!) {
    articles(first: 1) { edges { node { id currentVersion { text appearances { totalCount } } export(format: $format) } } }
  }
`;

async function articleExport(api: Api, format: string) {
  const data = await api.data<{
    articles: {
      edges: {
        node: { id: string; currentVersion: { text: string; appearances: { totalCount: number } }; export: Json };
      }[];
    };
  }>(ARTICLE, { format });
  const node = data.articles.edges[0]?.node;
  if (!node) throw new Error('The seed story has no article.');
  return node;
}

describe('schema.org ClaimReview', () => {
  test('the seed story’s verdicts expand with the schema.org context into reviews with ratings and claimants', async ({
    api,
  }) => {
    const { export: document } = await articleExport(api, 'CLAIM_REVIEW');
    const reviews = document['@graph'] as Json[];
    // One claim of the story has a verdict (PROBABLY_TRUE); claims still IN_PROGRESS publish nothing.
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'Chinese state media has made no mention of any deployment of Chinese troops to Syria.',
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly true' },
      reviewBody: 'Consistent with the article and with China’s practice of not announcing overseas deployments.',
      itemReviewed: { '@type': 'Claim', firstAppearance: { '@type': 'NewsArticle' } },
    });
    const expanded = await expand(document);
    const terms = termsOf(expanded);
    for (const term of [
      'ClaimReview',
      'claimReviewed',
      'reviewRating',
      'ratingValue',
      'alternateName',
      'itemReviewed',
      'Claim',
      'firstAppearance',
      'appearance',
      'reviewBody',
      'author',
      'datePublished',
    ]) {
      expect(terms, term).toContain(`${SCHEMA}${term}`);
    }
  });

  test('Claim.claimReview is null until a claim has a verdict', async ({ api }) => {
    const data = await api.data<{
      claims: { edges: { node: { verificationStatus: string; claimReview: Json | null } }[] };
    }>(`{ claims(first: 100) { edges { node { verificationStatus claimReview } } } }`);
    const byStatus = data.claims.edges.map(({ node }) => [node.verificationStatus, node.claimReview !== null]);
    expect(byStatus.filter(([, has]) => has)).toEqual([['PROBABLY_TRUE', true]]);
    expect(byStatus.some(([status]) => status === 'IN_PROGRESS')).toBe(true);
  });
});

describe('W3C Web Annotation', () => {
  test('every appearance is an annotation whose selectors point at the stored words', async ({ api }) => {
    const { export: collection, currentVersion } = await articleExport(api, 'WEB_ANNOTATION');
    const page = collection.first as { items: Json[] };
    expect(collection.total).toBe(currentVersion.appearances.totalCount);
    expect(page.items).toHaveLength(currentVersion.appearances.totalCount);
    for (const annotation of page.items) {
      const target = annotation.target as { selector: Json[]; state: Json };
      const [quote, position] = target.selector as [Json, Json];
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      // The seed text has no astral characters, so code points and UTF-16 offsets agree.
      expect(currentVersion.text.slice(position.start as number, position.end as number)).toBe(quote.exact);
      expect(target.state).toEqual({ type: 'TimeState', sourceDate: '2026-11-26T00:00:00.000Z' });
    }
    const expanded = await expand(collection);
    const terms = termsOf(expanded);
    for (const term of [
      'Annotation',
      'hasTarget',
      'hasSelector',
      'TextQuoteSelector',
      'exact',
      'prefix',
      'suffix',
      'TextPositionSelector',
      'start',
      'end',
      'hasState',
      'TimeState',
      'sourceDate',
      'hasBody',
      'hasPurpose',
      'motivatedBy',
      'TextualBody',
    ]) {
      expect(terms, term).toContain(`${OA}${term}`);
    }
    expect(terms).toContain('urn:claimgraph:vocab#cueKind');
  });

  test('the stated certainty and the cues are bodies', async ({ api }) => {
    const data = await api.data<{
      claims: { edges: { node: { appearances: { edges: { node: { webAnnotation: Json } }[] } } }[] };
    }>(
      `{ claims(first: 1, filter: { statedCertainty: [UNCONFIRMED_REPORT] }) { edges { node { appearances(first: 1) { edges { node { webAnnotation } } } } } } }`,
    );
    const annotation = data.claims.edges[0]?.node.appearances.edges[0]?.node.webAnnotation as { body: Json[] };
    expect(annotation.body).toContainEqual({
      type: 'SpecificResource',
      purpose: 'classifying',
      source: 'urn:claimgraph:vocab#StatedCertainty.UNCONFIRMED_REPORT',
    });
    const cues = annotation.body.filter((body) => body.cueKind);
    expect(cues.map((cue) => [cue.cueKind, (cue.selector as Json[])[0]?.exact])).toEqual([
      ['SOURCING', 'There are several unconfirmed reports'],
      ['HEDGE', 'unconfirmed'],
    ]);
  });
});

describe('W3C PROV', () => {
  test('attribution chains are entities quoted from one another, attributed to agents with roles', async ({ api }) => {
    const { export: document } = await articleExport(api, 'PROV');
    const terms = termsOf(await expand(document));
    for (const term of [
      'Entity',
      'Agent',
      'Organization',
      'wasAttributedTo',
      'wasQuotedFrom',
      'hadPrimarySource',
      'qualifiedAttribution',
      'Attribution',
      'agent',
      'hadRole',
      'value',
    ]) {
      expect(terms, term).toContain(`${PROV}${term}`);
    }
    const graph = document['@graph'] as Json[];
    const byId = new Map(graph.map((node) => [node.id as string, node]));
    const tartous = graph.find((node) => String(node.value).startsWith('Chinese troops arrived in the Syrian-regime'));
    expect(tartous).toBeDefined();
    const chain: string[] = [];
    for (let at = byId.get(tartous?.wasQuotedFrom as string); at; at = byId.get(at.wasQuotedFrom as string)) {
      const attribution = at.qualifiedAttribution as Json;
      chain.unshift(`${attribution.hadRole} ${byId.get(attribution.agent as string)?.label}`);
    }
    expect(chain).toEqual(['cg:UNNAMED_SOURCE Unconfirmed reports (unnamed)', 'cg:REPORTER The Independent']);
    const primary = byId.get(tartous?.hadPrimarySource as string);
    expect(primary?.wasAttributedTo).toBe((primary?.qualifiedAttribution as Json | undefined)?.agent);
    expect(primary?.label).toBe('The claim as Unconfirmed reports (unnamed) passed it on (unnamed source)');
  });
});

describe('STIX 2.1', () => {
  test('the story’s bundle validates against the STIX 2.1 JSON schemas, every reference resolving', async ({ api }) => {
    const { export: bundle } = await articleExport(api, 'STIX');
    const objects = bundle.objects as StixObject[];
    expect(stixErrors(bundle as never)).toEqual([]);
    // The validator does catch a broken object: a note about nothing, a report never published.
    const note = objects.find((object) => object.type === 'note') as StixObject;
    const report = objects.find((object) => object.type === 'report') as StixObject;
    const broken = [
      { ...note, object_refs: undefined },
      { ...report, published: 'yesterday' },
    ];
    expect(stixErrors({ ...bundle, objects: [...objects, ...broken] } as never).length).toBeGreaterThanOrEqual(2);
    const ids = new Set(objects.map((object) => object.id));
    expect(ids.size).toBe(objects.length);
    for (const object of objects) {
      const refs = [
        ...((object.object_refs as string[] | undefined) ?? []),
        ...['created_by_ref', 'source_ref', 'target_ref'].flatMap((key) =>
          object[key] ? [object[key] as string] : [],
        ),
      ];
      for (const ref of refs) expect(ids, `${object.id} → ${ref}`).toContain(ref);
    }
    expect(report).toMatchObject({
      name: expect.stringContaining('may have sent two crack special operations teams'),
      report_types: ['news-article'],
    });
    expect((report?.object_refs as string[] | undefined)?.length).toBe(objects.length - 2);
  });

  test('sources carry their Admiralty ratings; assessments become notes and opinions with STIX confidence', async ({
    api,
  }) => {
    const { export: bundle } = await articleExport(api, 'STIX');
    const objects = bundle.objects as StixObject[];
    const named = (name: string) => objects.find((object) => object.name === name);
    expect(named('The Independent')).toMatchObject({
      type: 'identity',
      identity_class: 'organization',
      x_claimgraph_admiralty_reliability: 'B',
    });
    expect(named('Unconfirmed reports (unnamed)')).toMatchObject({
      identity_class: 'class',
      x_claimgraph_admiralty_reliability: 'F',
    });
    expect(named('Islamic State')?.type).toBe('threat-actor');
    expect(named('Tartus')).toMatchObject({ type: 'location', country: 'SY' });

    const claims = objects.filter((object) => object.type === 'note' && (object.labels as string[]).includes('claim'));
    const assessments = objects.filter(
      (object) => object.type === 'note' && (object.labels as string[]).includes('assessment'),
    );
    const opinions = objects.filter((object) => object.type === 'opinion');
    const { claims: all } = await api.data<{ claims: { totalCount: number } }>('{ claims { totalCount } }');
    expect(claims).toHaveLength(all.totalCount);
    expect(assessments).toHaveLength(3);
    // Only the verdict gives an opinion: PROBABLY_TRUE, with the analyst's confidence of 70.
    expect(opinions).toEqual([expect.objectContaining({ opinion: 'agree', confidence: 70 })]);
    // Without a confidence, the Admiralty credibility maps onto STIX's scale: 5 (improbable) → 10; 6 → none.
    expect(assessments.map((note) => [note.x_claimgraph_admiralty_credibility, note.confidence])).toEqual(
      expect.arrayContaining([
        [5, 10],
        [6, undefined],
        [2, 70],
      ]),
    );
    expect(objects.filter((object) => object.type === 'relationship').length).toBeGreaterThan(0);
  });

  test('re-exporting gives the same object identifiers', async ({ api }) => {
    const first = (await articleExport(api, 'STIX')).export.objects as StixObject[];
    const second = (await articleExport(api, 'STIX')).export.objects as StixObject[];
    expect(second.map((object) => object.id)).toEqual(first.map((object) => object.id));
  });
});

describe('one query per export', () => {
  test('an article’s export is one SQL statement, whatever the format', async ({ api }) => {
    const query = `query ($format: ArticleExportFormat!) { articles(first: 5) { edges { node { export(format: $format) } } } }`;
    for (const format of ['CLAIM_REVIEW', 'WEB_ANNOTATION', 'PROV', 'STIX']) {
      expect(await api.statements(() => api.data(query, { format })), format).toBe(1);
    }
  });
});

describe('documents on lists', () => {
  test('a page of claims with their ClaimReview, PROV and Web Annotations costs the same SQL statements, whatever its size', async ({
    api,
  }) => {
    const query = `query ($n: Int!) { claims(first: $n) { edges { node { claimReview provenance
      appearances(first: 2) { edges { node { webAnnotation } } } } } } }`;
    const small = await api.statements(() => api.data(query, { n: 2 }));
    const large = await api.statements(() => api.data(query, { n: 30 }));
    // The documents' selection of a claim's appearances differs from the connection's page of
    // them, so the two come from one query each; neither grows with the page.
    expect({ small, large }).toEqual({ small: 2, large: 2 });
    const documentsOnly = `query ($n: Int!) { claims(first: $n) { edges { node { claimReview provenance } } } }`;
    expect(await api.statements(() => api.data(documentsOnly, { n: 30 }))).toBe(1);
  });
});

describe('CSV and NDJSON downloads', () => {
  test('the claims of an article download as CSV with the expected columns, a row per appearance', async ({ api }) => {
    const { id, currentVersion } = await articleExport(api, 'CLAIM_REVIEW');
    const response = await api.app.fetch(`http://claimgraph.test/export/claims.csv?article=${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="claimgraph-claims-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true, bom: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(currentVersion.appearances.totalCount);
    const tartous = rows.find((row) => row.quote?.startsWith('Chinese troops arrived in the Syrian-regime'));
    expect(tartous).toMatchObject({
      stated_certainty: 'UNCONFIRMED_REPORT',
      verification_status: 'IN_PROGRESS',
      attribution: 'UNNAMED_SOURCE: Unconfirmed reports (unnamed) > REPORTER: The Independent',
      source_reliability: 'Unconfirmed reports (unnamed): F; The Independent: B',
      cues: 'SOURCING: There are several unconfirmed reports; HEDGE: unconfirmed',
    });
    expect(currentVersion.text.slice(Number(tartous?.start), Number(tartous?.end))).toBe(tartous?.quote);
  });

  test('a filter narrows the download, through the same ClaimFilter the API takes', async ({ api }) => {
    const { claimTable } = await api.data<{ claimTable: { url: string; filename: string; contentType: string } }>(
      `{ claimTable(format: NDJSON, filter: { statedCertainty: [RUMOUR] }) { url filename contentType } }`,
    );
    expect(claimTable).toMatchObject({ filename: 'claims.ndjson', contentType: 'application/x-ndjson' });
    const response = await api.app.fetch(`http://claimgraph.test${claimTable.url}`);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson');
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { appearances: { statedCertainty: string }[] });
    const { claims } = await api.data<{ claims: { totalCount: number } }>(
      `{ claims(filter: { statedCertainty: [RUMOUR] }) { totalCount } }`,
    );
    expect(lines).toHaveLength(claims.totalCount);
    for (const line of lines) expect(line.appearances.map((a) => a.statedCertainty)).toContain('RUMOUR');
  });

  test('streaming page by page gives the same table as one page', async ({ api }) => {
    await api.data('{ __typename }');
    const collect = async (pageSize: number) => {
      let text = '';
      for await (const chunk of claimsCsv(db(), { archivedAt: null }, { pageSize })) text += chunk;
      return text;
    };
    const paged = await collect(7);
    expect(paged).toBe(await collect(1000));
    const { claims } = await api.data<{ claims: { totalCount: number } }>('{ claims { totalCount } }');
    const rows: Record<string, string>[] = parse(paged, { columns: true });
    expect(new Set(rows.map((row) => row.claim_id)).size).toBe(claims.totalCount);
  });

  test('bad requests are refused with a code, not a 500', async ({ api }) => {
    const get = async (path: string, init?: RequestInit) => {
      const response = await api.app.fetch(`http://claimgraph.test${path}`, init ?? {});
      return [
        response.status,
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ];
    };
    expect(await get('/export/stix.json')).toEqual([400, 'BAD_USER_INPUT']);
    expect(await get('/export/stix.json?article=nonsense')).toEqual([400, 'INVALID_ID']);
    expect(await get(`/export/stix.json?article=${Buffer.from('Article:999999').toString('base64url')}`)).toEqual([
      404,
      'NOT_FOUND',
    ]);
    expect(await get('/export/claims.csv?filter={"statedCertainty":["MAYBE"]}')).toEqual([400, 'BAD_USER_INPUT']);
    expect(await get('/export/claims.csv?filter=nope')).toEqual([400, 'BAD_USER_INPUT']);
    expect(await get('/export/nothing-here')).toEqual([404, 'NOT_FOUND']);
    expect(await get('/export/claims.csv', { method: 'POST' })).toEqual([405, 'METHOD_NOT_ALLOWED']);
    expect(await get('/export/claims.csv', { headers: { authorization: 'Bearer cg_not-a-key' } })).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
  });

  test('each format downloads with its media type', async ({ api }) => {
    const { id } = await articleExport(api, 'CLAIM_REVIEW');
    const types: Record<string, string> = {
      'claimreview.jsonld': 'application/ld+json',
      'annotations.jsonld': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      'prov.jsonld': 'application/ld+json',
      'stix.json': 'application/stix+json;version=2.1',
    };
    for (const [file, type] of Object.entries(types)) {
      const response = await api.app.fetch(`http://claimgraph.test/export/${file}?article=${id}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(type);
      expect(response.headers.get('content-disposition'), file).toBe(`attachment; filename="claimgraph-${id}-${file}"`);
      expect(await response.json()).toBeTypeOf('object');
    }
  });
});

describe('the README’s interchange examples', () => {
  test('are what the server exports for the seed story', async ({ api }) => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Interchange'), readme.indexOf('## Configuration'));
    const blocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1] as string));
    const [review, annotation, prov, stix] = blocks as [Json, Json, Json[], Json[]];
    const get = async (path: string) => (await api.app.fetch(`http://claimgraph.test${path}`)).json() as Promise<Json>;

    expect(await get('/export/claimreview.jsonld?claim=Q2xhaW06Nw')).toMatchObject(review);

    const collection = await get('/export/annotations.jsonld?article=QXJ0aWNsZTox');
    const items = (collection.first as { items: Json[] }).items;
    const actual = items.find((item) => item.id === annotation.id);
    expect(actual?.target).toMatchObject(annotation.target as Json);
    expect(actual?.body).toEqual(expect.arrayContaining((annotation.body as Json[]).slice(0, 2)));
    expect(collection['@context']).toEqual(annotation['@context']);

    const graph = (await get('/export/prov.jsonld?article=QXJ0aWNsZTox'))['@graph'] as Json[];
    for (const node of prov) expect(graph.find((n) => n.id === node.id)).toMatchObject(node);

    const objects = (await get('/export/stix.json?article=QXJ0aWNsZTox')).objects as Json[];
    for (const object of stix) expect(objects.find((o) => o.id === object.id)).toMatchObject(object);
  });
});

import { readFile } from 'node:fs/promises';
import { type Api, describe, expect, test } from '../support/fixtures.js';
import { mutate, snapshot } from '../support/writes.js';

/** A public-domain VOA News story from the evaluation set. */
const ethiopia = await readFile(
  new URL('../../apps/server/eval/articles/voa-ethiopia-denies.txt', import.meta.url),
  'utf8',
);
/** A short Arabic news item written for this test, in the style of Syrian state media reports. */
const mezzeh = [
  'أصوات انفجارات في المزة',
  '',
  'قالت قناة الإخبارية السورية إن قذائف مجهولة المصدر سقطت في محيط مطار المزة بدمشق اليوم الثلاثاء.',
  'وذكرت الوكالة العربية السورية للأنباء أنه يجري التحقق من طبيعته.',
  '',
].join('\n');

const SUGGESTION = `id status text type language statedCertainty confidence extractor revision
  quote { exact start end }
  cues { kind span { exact start end } }
  attribution { role name span { exact } proposedKind source { name } actor { name } }
  quantities { span { exact } value lower upper approximate }
  claim { id } appearance { id }`;

interface Suggestion {
  id: string;
  status: string;
  text: string;
  type: string;
  language: string;
  statedCertainty: string;
  confidence: number;
  revision: number;
  quote: { exact: string; start: number; end: number };
  cues: { kind: string; span: { exact: string; start: number; end: number } }[];
  attribution: {
    role: string;
    name: string;
    span: { exact: string } | null;
    proposedKind: string;
    source: { name: string } | null;
  }[];
  quantities: { span: { exact: string }; value: number | null }[];
  claim: { id: string } | null;
}

async function ingest(api: Api, text: string, language: string, url: string) {
  const result = await mutate(
    api,
    'ingestArticle',
    { text, headline: text.split('\n')[0], url, language },
    'ingested { version { id text } }',
  );
  return (result.ingested as { version: { id: string; text: string } }).version;
}

async function suggest(api: Api, versionId: string) {
  const result = await mutate(
    api,
    'suggestAppearances',
    { versionId },
    `suggested { created { ${SUGGESTION} } version { suggestions { id status } } }`,
  );
  expect(result.__typename).toBe('SuggestAppearancesSuccess');
  return result.suggested as { created: Suggestion[]; version: { suggestions: { id: string; status: string }[] } };
}

const byQuote = (list: Suggestion[], words: string) => {
  const found = list.find((s) => s.quote.exact.includes(words));
  if (!found) throw new Error(`no suggestion quotes "${words}"`);
  return found;
};

const claimCount = async (api: Api) =>
  (await api.data<{ claims: { totalCount: number } }>('{ claims { totalCount } }')).claims.totalCount;

describe('suggestAppearances', () => {
  test('proposes anchored claims with certainty, cues and attribution, and none of them is a claim', async ({
    api,
  }) => {
    const version = await ingest(api, ethiopia, 'en', 'https://www.voanews.com/a/255014.html');
    const claimsBefore = await claimCount(api);
    const { created } = await suggest(api, version.id);
    expect(created.length).toBeGreaterThanOrEqual(5);
    for (const s of created) {
      expect(version.text.slice(s.quote.start, s.quote.end)).toBe(s.quote.exact);
      for (const cue of s.cues) expect(version.text.slice(cue.span.start, cue.span.end)).toBe(cue.span.exact);
      expect(s.status).toBe('PENDING');
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    const denial = byQuote(created, 'there was no attack');
    expect(denial).toMatchObject({ statedCertainty: 'DENIAL', language: 'en' });
    expect(denial.cues.map((c) => [c.kind, c.span.exact])).toEqual([
      ['ATTRIBUTION_VERB', 'says'],
      ['NEGATION', 'no'],
    ]);
    expect(denial.attribution[0]).toMatchObject({
      role: 'QUOTED_SPEAKER',
      span: { exact: 'The government spokesman' },
    });
    const claimed = byQuote(created, 'Ogaden National Liberation Front had claimed');
    expect(claimed.statedCertainty).toBe('ALLEGATION');
    // Media reports relay the group's claim: the group originates it, the unnamed reports carry it.
    expect(claimed.attribution.map((h) => h.role)).toEqual(['ORIGINATOR', 'UNNAMED_SOURCE']);
    expect(claimed.attribution[1]).toMatchObject({ proposedKind: 'SOURCE' });
    expect(byQuote(created, '140 soldiers').quantities[0]).toMatchObject({ span: { exact: '140' }, value: 140 });

    // Suggestions are not analysts' work: no claim, no appearance, no search hit.
    expect(await claimCount(api)).toBe(claimsBefore);
    const search = await api.data<{ claims: { totalCount: number } }>(
      '{ claims(filter: { text: "Wardheer" }) { totalCount } }',
    );
    expect(search.claims.totalCount).toBe(0);

    // Proposing again adds nothing: every span is already proposed.
    const again = await suggest(api, version.id);
    expect(again.created).toEqual([]);
    expect(again.version.suggestions.length).toBe(created.length);
  });

  test('matches the speakers and sources the text names to recorded ones', async ({ api }) => {
    const text =
      'Assad praises China\n\nPresident Bashar al-Assad praised intelligence cooperation with China, Al Araby reported.';
    const version = await ingest(api, text, 'en', 'https://example.org/assad-china');
    const { created } = await suggest(api, version.id);
    const praise = byQuote(created, 'praised intelligence cooperation');
    expect(praise.statedCertainty).toBe('ATTRIBUTED_STATEMENT');
    expect(praise.attribution[0]).toMatchObject({ role: 'ORIGINATOR', name: 'Al Araby', source: { name: 'Al Araby' } });
  });

  test('on ingest, as an option: reads an Arabic article with Arabic cues', async ({ api }) => {
    const result = await mutate(
      api,
      'ingestArticle',
      {
        text: mezzeh,
        headline: mezzeh.split('\n')[0],
        url: 'https://example.org/ar/mezzeh',
        language: 'ar',
        suggest: true,
      },
      `ingested { version { suggestions { ${SUGGESTION} } } }`,
    );
    const created = (result.ingested as { version: { suggestions: Suggestion[] } }).version.suggestions;
    const shells = byQuote(created, 'قذائف مجهولة المصدر');
    expect(shells.language).toBe('ar');
    expect(shells.cues.map((c) => [c.kind, c.span.exact])).toContainEqual(['ATTRIBUTION_VERB', 'قالت']);
    expect(shells.attribution[0]?.span?.exact).toContain('قناة الإخبارية السورية');
    expect(byQuote(created, 'يجري التحقق من طبيعته').statedCertainty).toBe('ABSENCE_OF_CONFIRMATION');
  });

  test('an unknown version is a typed error and changes nothing', async ({ api }) => {
    const before = await snapshot(api);
    const result = await mutate(
      api,
      'suggestAppearances',
      { versionId: 'QXJ0aWNsZVZlcnNpb246OTk5OTk=' },
      'suggested { created { id } }',
    );
    expect(result.__typename).toBe('NotFoundError');
    expect(await snapshot(api)).toEqual(before);
  });
});

describe('deciding suggestions', () => {
  test('edit, reject (remembered), accept (a real, audited claim and appearance), and no second decision', async ({
    api,
  }) => {
    const text =
      'Ministry denies report\n\nThe interior ministry said on Monday that no soldiers were killed in the attack. Witnesses said at least 12 people were wounded.';
    const version = await ingest(api, text, 'en', 'https://example.org/ministry-denies');
    const { created } = await suggest(api, version.id);
    const wounded = byQuote(created, 'at least 12 people were wounded');
    const denial = byQuote(created, 'no soldiers were killed');

    const edited = await mutate(
      api,
      'editSuggestion',
      { id: wounded.id, revision: wounded.revision, text: 'At least 12 people were wounded in the attack.' },
      'suggestion { text revision status }',
    );
    expect(edited.suggestion).toEqual({
      text: 'At least 12 people were wounded in the attack.',
      revision: wounded.revision + 1,
      status: 'PENDING',
    });
    const stale = await mutate(
      api,
      'editSuggestion',
      { id: wounded.id, revision: wounded.revision, text: 'x' },
      'suggestion { text }',
    );
    expect(stale.__typename).toBe('ConflictError');

    const rejected = await mutate(
      api,
      'rejectSuggestion',
      { id: denial.id, note: 'Duplicate of an existing claim' },
      'suggestion { status note }',
    );
    expect(rejected.suggestion).toEqual({ status: 'REJECTED', note: 'Duplicate of an existing claim' });
    // Rejected spans are remembered: proposing again does not bring it back.
    expect((await suggest(api, version.id)).created).toEqual([]);

    const claimsBefore = await claimCount(api);
    const accepted = await mutate(
      api,
      'acceptSuggestion',
      { id: wounded.id, message: 'Checked against the text' },
      `accepted { suggestion { status claim { id } appearance { id } }
        claim { id text language quantity { lower } }
        appearance { statedCertainty quote cues { kind anchor { exact } } attribution { role agent { ... on Actor { name } ... on Source { name } } } } }`,
    );
    expect(accepted.__typename).toBe('AcceptSuggestionSuccess');
    const result = accepted.accepted as {
      suggestion: { status: string; claim: { id: string }; appearance: { id: string } };
      claim: { id: string; text: string; language: string; quantity: { lower: number } | null };
      appearance: {
        statedCertainty: string;
        quote: string;
        cues: { kind: string; anchor: { exact: string } }[];
        attribution: { role: string; agent: { name: string } }[];
      };
    };
    expect(result.suggestion.status).toBe('ACCEPTED');
    expect(result.suggestion.claim.id).toBe(result.claim.id);
    expect(result.claim).toMatchObject({
      text: 'At least 12 people were wounded in the attack.',
      language: 'en',
      quantity: { lower: 12 },
    });
    expect(result.appearance.quote).toBe('at least 12 people were wounded');
    expect(result.appearance.statedCertainty).toBe('ATTRIBUTED_STATEMENT');
    expect(result.appearance.cues.map((c) => c.anchor.exact)).toEqual(['said', 'at least']);
    expect(result.appearance.attribution[0]).toMatchObject({ role: 'ORIGINATOR', agent: { name: 'Witnesses' } });
    expect(await claimCount(api)).toBe(claimsBefore + 1);

    // One audited write: every row it made is in the change feed, under the analyst's commit message.
    const events = await api.database.prisma.changeEvent.findMany({
      where: { message: 'Checked against the text' },
      select: { entityType: true, operation: true },
    });
    expect(events.map((n) => `${n.entityType} ${n.operation}`).sort()).toEqual(
      ['Actor CREATE', 'Claim CREATE', 'ClaimAppearance CREATE', 'Suggestion UPDATE'].sort(),
    );

    const twice = await mutate(api, 'acceptSuggestion', { id: wounded.id }, 'accepted { claim { id } }');
    expect(twice).toMatchObject({ __typename: 'ConflictError', issues: [{ code: 'ALREADY_DECIDED' }] });
  });
});

describe('repeat claims', () => {
  test('similarClaims ranks the seed story’s claim first and says why', async ({ api }) => {
    const data = await api.data<{
      similarClaims: {
        claim: { text: string };
        score: number;
        reasons: string[];
        sharedWords: string[];
        textSearchConfiguration: string;
        likelyDuplicate: boolean;
      }[];
    }>(
      '{ similarClaims(text: "Chinese troops arrived in Tartous on Thursday", first: 3) { claim { text } score reasons sharedWords textSearchConfiguration likelyDuplicate } }',
    );
    const [best] = data.similarClaims;
    expect(best?.claim.text).toBe('Chinese troops arrived in the Syrian port of Tartous on Thursday.');
    expect(best?.reasons).toEqual(['TRIGRAM', 'SHARED_WORDS']);
    expect(best?.textSearchConfiguration).toBe('english');
    expect(best?.sharedWords).toEqual(expect.arrayContaining(['chines', 'troop', 'arriv', 'tartous', 'thursday']));
    expect(best?.likelyDuplicate).toBe(true);
  });

  test('createClaim answers with likely duplicates; Arabic claims use the arabic configuration, and SAME_AS brings translations', async ({
    api,
  }) => {
    const created = await mutate(
      api,
      'createClaim',
      { text: 'Chinese troops have arrived in the port of Tartous.', type: 'EVENT' },
      'claim { id likelyDuplicates { claim { text } reasons } }',
    );
    const claim = created.claim as { id: string; likelyDuplicates: { claim: { text: string }; reasons: string[] }[] };
    expect(claim.likelyDuplicates[0]?.claim.text).toBe(
      'Chinese troops arrived in the Syrian port of Tartous on Thursday.',
    );

    const arabic = await mutate(
      api,
      'createClaim',
      { text: 'وصلت قوات صينية إلى ميناء طرطوس السوري يوم الخميس', type: 'EVENT', language: 'ar' },
      'claim { id language }',
    );
    const arabicClaim = arabic.claim as { id: string; language: string };
    expect(arabicClaim.language).toBe('ar');
    // Different affixes ("القوات الصينية" for "قوات صينية"): the arabic configuration's stems still meet.
    const ar = await api.data<{
      similarClaims: {
        claim: { id: string };
        reasons: string[];
        textSearchConfiguration: string;
        sharedWords: string[];
      }[];
    }>(
      '{ similarClaims(text: "القوات الصينية في طرطوس", language: "ar") { claim { id } reasons textSearchConfiguration sharedWords } }',
    );
    const hit = ar.similarClaims.find((s) => s.claim.id === arabicClaim.id);
    expect(hit?.textSearchConfiguration).toBe('arabic');
    expect(hit?.reasons).toContain('SHARED_WORDS');
    expect(hit?.sharedWords.length).toBeGreaterThanOrEqual(2);

    // Recorded as the same claim as the English one, the Arabic claim comes with it.
    await mutate(
      api,
      'relateClaims',
      { fromClaimId: arabicClaim.id, toClaimId: claim.id, type: 'SAME_AS' },
      'relation { id }',
    );
    const en = await api.data<{
      similarClaims: { claim: { id: string }; reasons: string[]; via: { id: string } | null }[];
    }>(
      '{ similarClaims(text: "Chinese troops arrived in the port of Tartous", first: 5) { claim { id } reasons via { id } } }',
    );
    expect(en.similarClaims.find((s) => s.claim.id === arabicClaim.id)).toEqual({
      claim: { id: arabicClaim.id },
      reasons: ['SAME_AS_RELATION'],
      via: { id: claim.id },
    });
  });

  test('bad input is a typed error and writes nothing', async ({ api }) => {
    const before = await snapshot(api);
    const bad = await mutate(
      api,
      'createClaim',
      { text: 'x y z', type: 'EVENT', language: 'not a tag!' },
      'claim { id }',
    );
    expect(bad).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: ['input', 'language'], code: 'INVALID_LANGUAGE' }],
    });
    expect(await snapshot(api)).toEqual(before);
    const both = await api.graphql('{ similarClaims(text: "a", claimId: "Q2xhaW06MQ==") { score } }');
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'claimId' });
  });
});

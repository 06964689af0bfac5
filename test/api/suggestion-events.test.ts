import { readFile } from 'node:fs/promises';
import { createClient } from 'graphql-sse';
import { createApp } from '../../apps/server/src/yoga.js';
import { type Api, createApi, describe, expect, test } from '../support/fixtures.js';
import { mutate } from '../support/writes.js';

/** A public-domain VOA News story from the evaluation set. */
const ethiopia = await readFile(
  new URL('../../apps/server/eval/articles/voa-ethiopia-denies.txt', import.meta.url),
  'utf8',
);

interface Heard<T> {
  /** Resolves once the stream is open and the server listens on the event bus. */
  opened: Promise<void>;
  /** The first `count` events, or the first error. */
  received: Promise<T[]>;
  stop(): void;
}

/** Subscribes over GraphQL over SSE (a real graphql-sse client) to the in-process app. */
function listen<T>(api: Api, query: string, variables: Record<string, unknown> = {}, key?: string, count = 1) {
  const client = createClient({
    url: 'http://claimgraph.test/graphql',
    retryAttempts: 0,
    headers: key ? { authorization: `Bearer ${key}` } : {},
    // The client sends its request to the in-process app instead of the network.
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) =>
      api.app.fetch(input instanceof Request ? input : new Request(input, init)),
  });
  const events: T[] = [];
  let connected: () => void = () => {};
  const open = new Promise<void>((resolve) => {
    connected = resolve;
  });
  let unsubscribe = () => {};
  const received = new Promise<T[]>((resolve, reject) => {
    unsubscribe = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) reject(new Error(JSON.stringify(result.errors)));
          events.push(result.data as T);
          if (events.length === count) resolve(events);
        },
        // A refused subscription is an HTTP answer (401, 403): the client hands over the response.
        error: (error: unknown) => {
          const response = (error as { response?: Response }).response;
          if (!response) return reject(error);
          void response.text().then((body) => reject(new Error(`${response.status} ${body}`)));
        },
        complete: () => resolve(events),
      },
      { connected: () => connected() },
    );
  });
  const stop = () => {
    unsubscribe();
    client.dispose();
  };
  // The server subscribes to the event bus a moment after it opens the stream.
  const opened = open.then(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));
  return { opened, received, stop } satisfies Heard<T>;
}

async function ingest(api: Api, text: string, url: string) {
  const result = await mutate(
    api,
    'ingestArticle',
    { text, headline: text.split('\n')[0], url, language: 'en' },
    'ingested { article { id } version { id } }',
  );
  return result.ingested as { article: { id: string }; version: { id: string } };
}

const SUGGESTION_ADDED = `subscription ($article: ID) { suggestionAdded(article: $article) {
  event { operation entityType author message }
  suggestion { id status statedCertainty quote { exact } version { article { id } } } } }`;

interface SuggestionAdded {
  suggestionAdded: {
    event: { operation: string; entityType: string; author: string; message: string | null };
    suggestion: {
      id: string;
      status: string;
      statedCertainty: string;
      quote: { exact: string };
      version: { article: { id: string } };
    };
  };
}

describe('suggestionAdded', () => {
  test('a subscriber to one article hears each new suggestion for it, and nothing of another article', async ({
    api,
  }) => {
    const ethiopian = await ingest(api, ethiopia, 'https://www.voanews.com/a/255014.html');
    const other = await ingest(
      api,
      'Ministry denies report\n\nThe interior ministry said on Monday that no soldiers were killed.',
      'https://example.org/other-article',
    );
    const proposed = (versionId: string) =>
      mutate(
        api,
        'suggestAppearances',
        { versionId, message: 'Proposals for the desk' },
        'suggested { created { id quote { exact } statedCertainty } }',
      );

    // Count first what the extractor proposes for the article, on a second copy of it.
    const copy = await ingest(api, ethiopia, 'https://example.org/ethiopia-copy');
    const expected = ((await proposed(copy.version.id)).suggested as { created: unknown[] }).created.length;
    expect(expected).toBeGreaterThanOrEqual(5);

    const sub = listen<SuggestionAdded>(api, SUGGESTION_ADDED, { article: ethiopian.article.id }, undefined, expected);
    await sub.opened;
    // Suggestions for another article come first: the filter must drop them.
    await proposed(other.version.id);
    const made = (await proposed(ethiopian.version.id)).suggested as {
      created: { id: string; quote: { exact: string }; statedCertainty: string }[];
    };
    const events = await sub.received;
    sub.stop();
    expect(events.map((e) => e.suggestionAdded.suggestion.id).sort()).toEqual(made.created.map((s) => s.id).sort());
    for (const { suggestionAdded } of events) {
      expect(suggestionAdded.event).toEqual({
        operation: 'CREATE',
        entityType: 'Suggestion',
        author: 'editor@test',
        message: 'Proposals for the desk',
      });
      expect(suggestionAdded.suggestion.status).toBe('PENDING');
      expect(suggestionAdded.suggestion.version.article.id).toBe(ethiopian.article.id);
    }
    const denial = events.find((e) => e.suggestionAdded.suggestion.quote.exact.includes('there was no attack'));
    expect(denial?.suggestionAdded.suggestion.statedCertainty).toBe('DENIAL');
  });

  test('with anonymous reads off, a subscriber without a key is refused and a reader key hears', async ({ api }) => {
    const closed = createApi(createApp({ anonymousReads: false }), api.database, api.keys);
    const anonymous = listen<SuggestionAdded>(closed, SUGGESTION_ADDED);
    await expect(anonymous.received).rejects.toThrow(/^401 [\s\S]*"code":"UNAUTHENTICATED"/);
    anonymous.stop();

    const reader = listen<SuggestionAdded>(closed, SUGGESTION_ADDED, {}, api.keys.reader);
    await reader.opened;
    const article = await ingest(
      api,
      'Army denies losses\n\nThe army said on Sunday that no soldiers were killed in the attack.',
      'https://example.org/army-denies',
    );
    await mutate(api, 'suggestAppearances', { versionId: article.version.id }, 'suggested { created { id } }');
    const [heard] = await reader.received;
    reader.stop();
    expect(heard?.suggestionAdded.suggestion.version.article.id).toBe(article.article.id);
  });
});

const LIKELY_REPEAT = `subscription { likelyRepeatFound {
  event { operation entityType author }
  claim { id text }
  repeats { claim { text } likelyDuplicate reasons } } }`;

interface LikelyRepeatFound {
  likelyRepeatFound: {
    event: { operation: string; entityType: string; author: string };
    claim: { id: string; text: string };
    repeats: { claim: { text: string }; likelyDuplicate: boolean; reasons: string[] }[];
  };
}

describe('likelyRepeatFound', () => {
  test('a new claim that repeats a recorded one is announced with what it repeats; a new one is not', async ({
    api,
  }) => {
    const sub = listen<LikelyRepeatFound>(api, LIKELY_REPEAT, {}, api.keys.reader);
    await sub.opened;
    // Unlike any recorded claim: created, audited, and not announced.
    await mutate(
      api,
      'createClaim',
      { text: 'A dairy cooperative in Wisconsin opened a cheese museum.', type: 'EVENT' },
      'claim { id }',
    );
    const repeat = await mutate(
      api,
      'createClaim',
      { text: 'Chinese troops have arrived in the Syrian port of Tartous.', type: 'EVENT' },
      'claim { id }',
    );
    const [heard] = await sub.received;
    sub.stop();
    expect(heard?.likelyRepeatFound.event).toEqual({ operation: 'CREATE', entityType: 'Claim', author: 'editor@test' });
    expect(heard?.likelyRepeatFound.claim).toEqual({
      id: (repeat.claim as { id: string }).id,
      text: 'Chinese troops have arrived in the Syrian port of Tartous.',
    });
    const [best] = heard?.likelyRepeatFound.repeats ?? [];
    expect(best).toMatchObject({
      claim: { text: 'Chinese troops arrived in the Syrian port of Tartous on Thursday.' },
      likelyDuplicate: true,
    });
    expect(best?.reasons).toContain('TRIGRAM');
    expect(heard?.likelyRepeatFound.repeats.every((r) => r.likelyDuplicate)).toBe(true);
  });

  test('accepting a suggestion that repeats a recorded claim is announced too', async ({ api }) => {
    const article = await ingest(
      api,
      'Troops in Tartous\n\nWitnesses said Chinese troops arrived in the Syrian port of Tartous on Thursday.',
      'https://example.org/tartous-witnesses',
    );
    const suggested = await mutate(
      api,
      'suggestAppearances',
      { versionId: article.version.id },
      'suggested { created { id quote { exact } } }',
    );
    const created = (suggested.suggested as { created: { id: string; quote: { exact: string } }[] }).created;
    const tartous = created.find((s) => s.quote.exact.includes('Chinese troops arrived'));
    expect(tartous).toBeDefined();

    const sub = listen<LikelyRepeatFound>(api, LIKELY_REPEAT);
    await sub.opened;
    const accepted = await mutate(api, 'acceptSuggestion', { id: tartous?.id }, 'accepted { claim { id } }');
    const [heard] = await sub.received;
    sub.stop();
    expect(heard?.likelyRepeatFound.claim.id).toBe((accepted.accepted as { claim: { id: string } }).claim.id);
    expect(heard?.likelyRepeatFound.repeats[0]?.claim.text).toBe(
      'Chinese troops arrived in the Syrian port of Tartous on Thursday.',
    );
  });

  test('with anonymous reads off, a subscriber without a key is refused', async ({ api }) => {
    const closed = createApi(createApp({ anonymousReads: false }), api.database, api.keys);
    const anonymous = listen<LikelyRepeatFound>(closed, LIKELY_REPEAT);
    await expect(anonymous.received).rejects.toThrow(/^401 [\s\S]*"code":"UNAUTHENTICATED"/);
    anonymous.stop();
  });
});

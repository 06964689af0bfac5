import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FetchLike } from '../../packages/sdk/src/index.js';
import { describe, expect, test } from '../support/fixtures.js';
import { endpoint } from './client.js';

type Example = (url: string, fetch?: FetchLike) => Promise<unknown>;
const examples = path.resolve(import.meta.dirname, '../../packages/sdk/examples');

/** Loads an example by file; the examples are type-checked on their own, with their own tsconfig. */
async function example(file: string, name: string): Promise<Example> {
  const module = (await import(path.join(examples, file))) as Record<string, Example>;
  const run = module[name];
  if (!run) throw new Error(`${file} exports no ${name}`);
  return run;
}

describe('the SDK README’s examples, run against the server', () => {
  test('the SDK client', async ({ api }) => {
    const run = await example('client.ts', 'storyWithTheClient');
    const { actors } = await api.data<{ actors: { totalCount: number } }>('{ actors { totalCount } }');
    expect(await run(endpoint, (input, init) => api.app.fetch(input, init))).toEqual({
      claim: 'Chinese troops arrived in the Syrian port of Tartous on Thursday.',
      chain: ['UNNAMED_SOURCE: Unconfirmed reports (unnamed)', 'REPORTER: The Independent'],
      actors: actors.totalCount,
      code: 'INVALID_ID',
    });
  });

  test('urql', async ({ api }) => {
    const run = await example('urql.ts', 'storyWithUrql');
    expect(await run(endpoint, (input, init) => api.app.fetch(input, init))).toEqual({
      headline: 'The People’s Republic of China may have sent two crack special operations teams to Syria',
      appearances: 24,
      rumours: 1,
    });
  });

  test('Apollo Client', async ({ api }) => {
    const run = await example('apollo.ts', 'storyWithApollo');
    expect(await run(endpoint, (input, init) => api.app.fetch(input, init))).toMatchObject({
      status: 'PROBABLY_TRUE',
      likelihood: 'LIKELY',
      claim: expect.stringContaining('state media'),
    });
  });

  test('TanStack Query', async ({ api }) => {
    const run = await example('tanstack-query.ts', 'storyWithTanStackQuery');
    expect(await run(endpoint, (input, init) => api.app.fetch(input, init))).toEqual({
      unnamed: ['Arabic-language media (unnamed)', 'Social media (unnamed accounts)', 'Unconfirmed reports (unnamed)'],
      cached: 3,
    });
  });

  test('writing with an API key', async ({ api }) => {
    const module = (await import(path.join(examples, 'write.ts'))) as {
      writeWithAKey: (url: string, apiKey: string, fetch?: FetchLike) => Promise<unknown>;
    };
    const result = await module.writeWithAKey(endpoint, api.keys.editor, (input, init) => api.app.fetch(input, init));
    expect(result).toEqual({
      created: 'A convoy reached Tartous.',
      updated: 'UpdateClaimSuccess',
      conflict: 'CONFLICT',
      startedFrom: expect.any(Number),
      currentRevision: expect.any(Number),
    });
    // The conflict carries the revision the first update made.
    const { startedFrom, currentRevision } = result as { startedFrom: number; currentRevision: number };
    expect(currentRevision).toBe(startedFrom + 1);
  });

  test('authentication fails one way, a role that is not enough another', async ({ api }) => {
    const module = (await import(path.join(examples, 'auth.ts'))) as {
      writeAsWho: (url: string, readerKey: string, fetch?: FetchLike) => Promise<unknown>;
    };
    const before = await api.data('{ claims { totalCount } }');
    expect(await module.writeAsWho(endpoint, api.keys.reader, (input, init) => api.app.fetch(input, init))).toEqual({
      withoutKey: 'sign in',
      withReaderKey: 'FORBIDDEN',
    });
    expect(await api.data('{ claims { totalCount } }')).toEqual(before);
  });

  test('the small client with one operation at a time', async ({ api }) => {
    const run = await example('one-operation.ts', 'storyWithTheBaseClient');
    expect(await run(endpoint, (input, init) => api.app.fetch(input, init))).toEqual({
      text: 'Chinese troops arrived in the Syrian port of Tartous on Thursday.',
      actors: expect.any(Number),
    });
  });

  test('a query of one’s own with a masked fragment', async ({ api }) => {
    const run = await example('own-queries.ts', 'rumoursWithOwnQuery');
    const { claims } = await api.data<{ claims: { totalCount: number } }>(
      '{ claims(filter: { statedCertainty: [RUMOUR] }) { totalCount } }',
    );
    const result = (await run(endpoint, (input, init) => api.app.fetch(input, init))) as {
      total: number;
      cards: string[];
    };
    expect(result.total).toBe(claims.totalCount);
    expect(result.cards.length).toBe(Math.min(5, claims.totalCount));
    expect(result.cards[0]).toMatch(/^.+ \[[A-Z_]+\] /);
  });

  test('the ClaimReview rating table', async () => {
    const module = (await import(path.join(examples, 'ratings.ts'))) as { ratings: () => unknown };
    expect(module.ratings()).toEqual({
      probablyFalse: {
        '@type': 'Rating',
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'Mostly false',
      },
      pantsOnFire: { status: 'CONFIRMED_FALSE', by: 'text' },
      open: null,
    });
  });

  test('the README shows each example exactly as the file has it, and has no other example', async () => {
    const readme = await readFile(path.join(examples, '../README.md'), 'utf8');
    const files = (await readdir(examples)).filter((file) => file.endsWith('.ts'));
    // Every TypeScript block in the README is an example file (so it is compiled and run above).
    const blocks = [...readme.matchAll(/```ts\n(.*)\n/g)].map((match) => match[1]);
    expect(blocks).toEqual(
      expect.arrayContaining(blocks.map(() => expect.stringMatching(/^\/\/ examples\/[a-z-]+\.ts$/))),
    );
    expect(blocks.sort()).toEqual(files.map((file) => `// examples/${file}`).sort());
    for (const file of files) {
      const code = await readFile(path.join(examples, file), 'utf8');
      expect(readme, `README.md shows examples/${file}`).toContain(`\`\`\`ts\n// examples/${file}\n${code}\`\`\``);
    }
  });
});

import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/fixtures.js';

test('the README’s example query gives the answer the README shows', async ({ api }) => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const query = /```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
  const answer = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!query || !answer) throw new Error('The README has no graphql example followed by its json answer.');
  const { status, extensions, ...result } = await api.graphql(query);
  expect(status).toBe(200);
  // Every answer also reports its cost (the README's limits); the example shows the data alone.
  expect(Object.keys(extensions ?? {})).toEqual(['cost']);
  expect(result).toEqual(JSON.parse(answer));
});

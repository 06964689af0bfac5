import { readFile } from 'node:fs/promises';
import { createApiKey } from '../../apps/server/src/domain/api-keys.js';
import { runWrite } from '../../apps/server/src/domain/write.js';
import { expect, test } from '../support/fixtures.js';

test('the README’s examples, run in order on a fresh database, give the answers it shows', async ({ api }) => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```\s*(?:\n[^`]*?)?```json\n([\s\S]*?)```/g)].map(
    (m) => ({
      query: m[1] as string,
      answer: JSON.parse(m[2] as string) as { data: unknown },
    }),
  );
  expect(examples.length).toBeGreaterThanOrEqual(7);
  // The walk-through's writes are made with an editor key of analyst@example.org, as it says.
  const { secret } = await runWrite({ author: { owner: 'readme test', apiKeyId: null } }, (w) =>
    createApiKey(w, { name: 'README', owner: 'analyst@example.org', role: 'EDITOR', createdBy: 'readme test' }),
  );
  for (const { query, answer } of examples) {
    const result = await api.graphql(query, {}, { key: secret });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual(answer.data);
  }
});

import { closeDatabase, db } from '../../apps/server/src/db/database.js';
import { type GraphRecord, graphRecords, importGraph } from '../../apps/server/src/domain/interchange/graph.js';
import { runWrite } from '../../apps/server/src/domain/write.js';
import { describe, expect, test } from '../support/fixtures.js';
import { openEmptyDatabase } from '../support/interchange.js';

async function dump() {
  const records: GraphRecord[] = [];
  for await (const record of graphRecords(db())) records.push(record);
  return records;
}

/**
 * Keys are the global IDs of the database a record came from; two databases number their rows
 * independently. Each key is replaced by its type and the order it was first defined in, so two
 * dumps of the same graph compare equal.
 */
function canonical(records: GraphRecord[]) {
  const names = new Map<string, string>();
  const counters = new Map<string, number>();
  const define = (key: string) => {
    const type = Buffer.from(key, 'base64url').toString('utf8').split(':')[0] ?? '?';
    const n = (counters.get(type) ?? 0) + 1;
    counters.set(type, n);
    names.set(key, `${type}#${n}`);
  };
  for (const record of records) {
    if ('key' in record) define(record.key);
    if (record.type === 'Article') for (const version of record.versions) define(version.key);
  }
  return JSON.parse(JSON.stringify(records), (_field, value) =>
    typeof value === 'string' && names.has(value) ? names.get(value) : value,
  );
}

describe('round trip', () => {
  test('the seed story dumped as NDJSON and imported into an empty database is the same graph', {
    timeout: 120_000,
  }, async ({ api }) => {
    await api.data('{ __typename }');
    const original = await dump();
    const kinds = (records: GraphRecord[]) =>
      Object.fromEntries(
        ['Source', 'Actor', 'Article', 'Claim', 'Appearance', 'Relation', 'Assessment'].map((t) => [
          t,
          records.filter((r) => r.type === t).length,
        ]),
      );
    expect(kinds(original)).toMatchObject({ Article: 1, Appearance: expect.any(Number) });
    expect(original.filter((r) => r.type === 'Appearance').length).toBeGreaterThan(20);

    // The dump goes through its text form, as a file would.
    const ndjson = original.map((record) => JSON.stringify(record)).join('\n');
    await closeDatabase();
    await openEmptyDatabase();
    expect(await db().claim.count()).toBe(0);
    const imported = await runWrite({ author: { owner: 'round trip', apiKeyId: null } }, (w) =>
      importGraph(
        w,
        ndjson.split('\n').map((line) => JSON.parse(line) as GraphRecord),
      ),
    );
    expect(imported).toEqual({
      sources: kinds(original).Source,
      actors: kinds(original).Actor,
      articles: 1,
      claims: kinds(original).Claim,
      appearances: kinds(original).Appearance,
      relations: kinds(original).Relation,
      assessments: kinds(original).Assessment,
    });

    // Claims, certainties, anchors (quote and positions), cues, chains, actors, sources with their
    // reliability history, relations, assessments and the text with its hash and blocks: all equal.
    const copy = await dump();
    expect(canonical(copy)).toEqual(canonical(original));

    // And the API serves the copy as it served the original.
    const status = await api.data<{ claims: { edges: { node: { verificationStatus: string } }[] } }>(
      `{ claims(first: 100, filter: { verificationStatus: [PROBABLY_TRUE] }) { edges { node { verificationStatus } } } }`,
    );
    expect(status.claims.edges).toHaveLength(1);
  });

  test('a dump that refers to something it has not defined is refused, and nothing is written', async () => {
    const claims = await db().claim.count();
    const records: GraphRecord[] = [
      {
        type: 'Claim',
        key: 'k1',
        text: 'A claim.',
        claimType: 'EVENT',
        timeText: null,
        timeStart: null,
        timeEnd: null,
        location: null,
        quantity: null,
        actors: [],
      },
      {
        type: 'Claim',
        key: 'k2',
        text: 'Another.',
        claimType: 'EVENT',
        timeText: null,
        timeStart: null,
        timeEnd: null,
        location: 'nowhere',
        quantity: null,
        actors: [],
      },
    ];
    await expect(
      runWrite({ author: { owner: 'round trip', apiKeyId: null } }, (w) => importGraph(w, records)),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['input', 'records', '2'], code: 'BAD_RECORD' }],
    });
    expect(await db().claim.count()).toBe(claims);
  });
});

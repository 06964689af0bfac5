import { describe, expect, test } from '../support/fixtures.js';
import { mutate } from '../support/writes.js';

const WRITERS = 20;

async function tartous(api: Parameters<typeof mutate>[0]) {
  const data = await api.data<{ claims: { edges: { node: { id: string; revision: number } }[] } }>(
    '{ claims(filter: { statedCertainty: [UNCONFIRMED_REPORT] }) { edges { node { id revision } } } }',
  );
  const claim = data.claims.edges[0]?.node;
  if (!claim) throw new Error('no claim');
  return claim;
}

async function updateEvents(api: Parameters<typeof mutate>[0], claimId: number, afterEventId: number) {
  return api.database.prisma.changeEvent.findMany({
    where: { claimId, entityType: 'Claim', operation: 'UPDATE', id: { gt: afterEventId } },
    orderBy: { id: 'asc' },
  });
}

const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

describe(`${WRITERS} concurrent updates of one claim`, () => {
  test('at one revision: one is acknowledged, the rest are conflicts, and none is lost', async ({ api }) => {
    const claim = await tartous(api);
    const start = (await api.database.prisma.changeEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        mutate(
          api,
          'updateClaim',
          { id: claim.id, revision: claim.revision, text: `Writer ${i} says troops arrived.` },
          'claim { text revision }',
        ),
      ),
    );
    const acknowledged = results
      .filter((r) => r.__typename === 'UpdateClaimSuccess')
      .map((r) => (r.claim as { text: string }).text);
    const conflicts = results.filter((r) => r.__typename === 'ConflictError');
    const events = await updateEvents(api, dbId(claim.id), start);
    const logged = events.map((e) => (e.changes as { text: { after: string } }).text.after);
    const lost = acknowledged.filter((text) => !logged.includes(text));
    console.log(
      `same revision (${api.database.kind}): acknowledged ${acknowledged.length}, conflicts ${conflicts.length}, lost ${lost.length}`,
    );

    expect(acknowledged).toHaveLength(1);
    expect(conflicts).toHaveLength(WRITERS - 1);
    expect(lost).toEqual([]);
    expect(logged).toEqual(acknowledged);
    const final = await api.data<{ claim: { text: string; revision: number } }>(
      'query ($id: ID!) { claim(id: $id) { text revision } }',
      { id: claim.id },
    );
    expect(final.claim).toEqual({ text: acknowledged[0], revision: claim.revision + 1 });
  });

  test('read, write, retry on conflict: every writer lands once, in the log in commit order', async ({ api }) => {
    const claim = await tartous(api);
    const start = (await api.database.prisma.changeEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
    let conflicts = 0;
    const writer = async (i: number) => {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const { claim: current } = await api.data<{ claim: { revision: number } }>(
          'query ($id: ID!) { claim(id: $id) { revision } }',
          { id: claim.id },
        );
        const result = await mutate(
          api,
          'updateClaim',
          { id: claim.id, revision: current.revision, text: `Retrying writer ${i}.` },
          'claim { revision }',
        );
        if (result.__typename === 'UpdateClaimSuccess') return (result.claim as { revision: number }).revision;
        expect(result.__typename).toBe('ConflictError');
        conflicts += 1;
      }
      throw new Error(`writer ${i} never landed`);
    };
    const revisions = await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i)));
    const events = await updateEvents(api, dbId(claim.id), start);
    console.log(
      `retrying writers (${api.database.kind}): acknowledged ${revisions.length}, conflicts retried ${conflicts}, logged ${events.length}, lost ${revisions.length - events.length}`,
    );

    expect([...revisions].sort((a, b) => a - b)).toEqual(
      Array.from({ length: WRITERS }, (_, i) => claim.revision + 1 + i),
    );
    expect(events).toHaveLength(WRITERS);
    const texts = events.map((e) => (e.changes as { text: { after: string } }).text.after);
    expect(new Set(texts).size).toBe(WRITERS);
    const final = await api.data<{ claim: { text: string; revision: number } }>(
      'query ($id: ID!) { claim(id: $id) { text revision } }',
      { id: claim.id },
    );
    expect(final.claim).toEqual({ text: texts.at(-1), revision: claim.revision + WRITERS });
  });
});

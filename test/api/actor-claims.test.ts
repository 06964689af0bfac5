import { type Api, describe, expect, test } from '../support/fixtures.js';
import { claimPages } from '../support/paging.js';
import { actorByName, claimByText, mutate } from '../support/writes.js';

// `claims(filter: { actor })` in the default order reads ActorClaim, which triggers keep from
// ClaimActor. These tests hold it to what Claim and ClaimActor say after every kind of write.

const rawId = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

/** Every page of an actor's claims, `first: 1` at a time forwards, then `last: 1` backwards. */
async function pagedIds(api: Api, actor: string, role?: string, direction = 'ASC') {
  const filter = `{ actor: { id: ${JSON.stringify(actor)}${role ? `, role: ${role}` : ''} } }`;
  const { forwards, backwards } = await claimPages(api, filter, `{ field: CREATED_AT, direction: ${direction} }`);
  expect(backwards).toEqual(forwards);
  return forwards.map(rawId);
}

/** What Claim and ClaimActor say the list is, read without ActorClaim. */
async function expectedIds(api: Api, actorId: number, role?: string, direction: 'asc' | 'desc' = 'asc') {
  const claims = await api.database.prisma.claim.findMany({
    where: { archivedAt: null, actors: { some: { actorId, ...(role ? { role: role as never } : {}) } } },
    orderBy: [{ createdAt: direction }, { id: direction }],
    select: { id: true },
  });
  return claims.map((c) => c.id);
}

/** ActorClaim row for row against the same rows aggregated from ClaimActor. */
async function expectActorClaimInStep(api: Api) {
  const prisma = api.database.prisma;
  const kept = await prisma.$queryRaw<unknown[]>`
    SELECT "actorId", "claimId", "claimCreatedAt", array_to_string(ARRAY(SELECT unnest("roles") ORDER BY 1), ',') AS roles
      FROM "ActorClaim" ORDER BY 1, 2`;
  const derived = await prisma.$queryRaw<unknown[]>`
    SELECT ca."actorId", ca."claimId", c."createdAt" AS "claimCreatedAt", string_agg(ca.role::text, ',' ORDER BY ca.role) AS roles
      FROM "ClaimActor" ca JOIN "Claim" c ON c.id = ca."claimId" GROUP BY 1, 2, 3 ORDER BY 1, 2`;
  expect(kept.length).toBeGreaterThan(0);
  expect(kept).toEqual(derived);
}

describe('an actor’s claims', () => {
  test('every actor’s list, in either direction and in each role, pages to what ClaimActor says', async ({ api }) => {
    const actors = await api.database.prisma.actor.findMany({ select: { id: true } });
    const { globalIds } = await api.data<{ globalIds: { edges: { node: { id: string } }[] } }>(
      '{ globalIds: actors(first: 100) { edges { node { id } } } }',
    );
    expect(globalIds.edges).toHaveLength(actors.length);
    let checked = 0;
    for (const { node } of globalIds.edges) {
      const actorId = rawId(node.id);
      const expected = await expectedIds(api, actorId);
      expect(await pagedIds(api, node.id)).toEqual(expected);
      if (expected.length > 1) {
        expect(await pagedIds(api, node.id, undefined, 'DESC')).toEqual(
          await expectedIds(api, actorId, undefined, 'desc'),
        );
        checked += 1;
      }
      expect(await pagedIds(api, node.id, 'AGENT')).toEqual(await expectedIds(api, actorId, 'AGENT'));
    }
    expect(checked).toBeGreaterThan(2);
    await expectActorClaimInStep(api);
  });

  test('a claim in which the actor has two roles is listed once, and stays while either role does', async ({ api }) => {
    const assad = await actorByName(api, 'Bashar al-Assad');
    const claim = await claimByText(api, 'vetoing resolutions');
    const before = await expectedIds(api, rawId(assad.id));
    expect(before).not.toContain(rawId(claim.id));

    const add = (role: string) =>
      mutate(api, 'addClaimActor', { claimId: claim.id, actorId: assad.id, role }, 'claim { id }');
    // Two roles at once: each write adds its own role under the row's lock.
    const added = await Promise.all([add('MENTIONED'), add('TARGET')]);
    expect(added.map((r) => r.__typename)).toEqual(['AddClaimActorSuccess', 'AddClaimActorSuccess']);
    const withBoth = await pagedIds(api, assad.id);
    expect(withBoth.filter((id) => id === rawId(claim.id))).toHaveLength(1);
    expect(withBoth).toEqual(await expectedIds(api, rawId(assad.id)));
    const mentioned = await pagedIds(api, assad.id, 'MENTIONED');
    expect(mentioned).toContain(rawId(claim.id));
    expect(mentioned).toEqual(await expectedIds(api, rawId(assad.id), 'MENTIONED'));
    await expectActorClaimInStep(api);

    await mutate(api, 'removeClaimActor', { claimId: claim.id, actorId: assad.id, role: 'MENTIONED' }, 'claim { id }');
    expect(await pagedIds(api, assad.id)).toContain(rawId(claim.id));
    expect(await pagedIds(api, assad.id, 'MENTIONED')).not.toContain(rawId(claim.id));
    await mutate(api, 'removeClaimActor', { claimId: claim.id, actorId: assad.id, role: 'TARGET' }, 'claim { id }');
    expect(await pagedIds(api, assad.id)).toEqual(before);
    await expectActorClaimInStep(api);
  });

  test('merges and archiving are reflected: roles follow the survivor, archived claims leave', async ({ api }) => {
    const uyghurs = await actorByName(api, 'Uyghurs');
    const militants = await actorByName(api, 'Uighur militants');
    const union = [
      ...new Set([...(await expectedIds(api, rawId(uyghurs.id))), ...(await expectedIds(api, rawId(militants.id)))]),
    ];
    const merged = await mutate(
      api,
      'mergeActors',
      {
        survivorId: uyghurs.id,
        survivorRevision: uyghurs.revision,
        mergedId: militants.id,
        mergedRevision: militants.revision,
      },
      'actor { id }',
    );
    expect(merged.__typename).toBe('MergeActorsSuccess');
    const survivorClaims = await pagedIds(api, uyghurs.id);
    expect([...survivorClaims].sort()).toEqual([...union].sort());
    expect(await pagedIds(api, militants.id)).toEqual([]);

    const target = await api.database.prisma.claim.findFirstOrThrow({
      where: { id: { in: survivorClaims } },
      select: { id: true, revision: true },
    });
    const archived = await mutate(
      api,
      'archiveClaim',
      { id: Buffer.from(`Claim:${target.id}`).toString('base64url'), revision: target.revision },
      'claim { id }',
    );
    expect(archived.__typename).toBe('ArchiveClaimSuccess');
    expect(await pagedIds(api, uyghurs.id)).toEqual(survivorClaims.filter((id) => id !== target.id));
    await expectActorClaimInStep(api);
  });

  test('a page is one statement, whichever table it is read from', async ({ api }) => {
    const pla = await actorByName(api, 'Liberation Army');
    const query = `query ($actor: ID!) { claims(first: 2, filter: { actor: { id: $actor }, statedCertainty: [UNCONFIRMED_REPORT, RUMOUR] }) {
      edges { node { id text appearances(first: 3) { edges { node { statedCertainty attribution { position } } } } } } } }`;
    expect(await api.statements(() => api.data(query, { actor: pla.id }))).toBe(1);
  });
});

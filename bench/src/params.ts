import type pg from 'pg';
import { Rng } from './generate/random.js';
import { OBJECTS, TIMES, VERBS } from './generate/vocabulary.js';
import type { Params } from './shapes.js';

/**
 * Parameters for the shapes, drawn from the loaded data with the run's seed: many different
 * requests per shape, so no server answers the same request over and over.
 */
export async function drawParams(client: pg.Client, seed: number): Promise<Params> {
  const rng = new Rng(seed, 'params');
  const max = (await client.query<{ max: number }>('SELECT max(id)::int AS max FROM "Claim"')).rows[0]?.max;
  const claimIds = Array.from({ length: 1000 }, () => rng.int(1, max ?? 1));

  // Actors from the busiest to the middling, with the certainties their claims are stated with.
  const { rows: actors } = await client.query<{ actorId: number }>(`
    SELECT "actorId" FROM "ClaimActor" WHERE role = 'AGENT'
     GROUP BY "actorId" ORDER BY count(*) DESC, "actorId" LIMIT 200`);
  const certaintySets = [
    ['UNCONFIRMED_REPORT', 'RUMOUR'],
    ['OFFICIAL_STATEMENT', 'ATTRIBUTED_STATEMENT'],
    ['ESTABLISHED_FACT'],
    ['ALLEGATION', 'DENIAL', 'SPECULATION'],
  ];
  const q3 = Array.from({ length: 100 }, () => ({
    actorId: (actors[rng.skewed(actors.length, 2) - 1] as { actorId: number }).actorId,
    certainties: rng.pick(certaintySets),
  }));

  // Two-word searches: a phrase and a word, as people search news (a few thousand hits at 1M claims).
  const searchTerms = Array.from({ length: 100 }, () => {
    const object = rng.pick(OBJECTS).replace(/^an? /, '');
    return rng.chance(0.5) ? `"${object}" ${rng.pick(TIMES).split(' ').at(-1)}` : `${rng.pick(VERBS)} ${object}`;
  });

  const count = (
    await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "Claim" WHERE "verificationStatus" = 'UNVERIFIED' AND "archivedAt" IS NULL`,
    )
  ).rows[0]?.count;
  const position = Math.min(10_000, Math.floor(((count ?? 0) * 0.9) / 20) * 20);
  return { claimIds, q3, searchTerms, q5: { status: 'UNVERIFIED', position } };
}

import type pg from 'pg';
import { Rng } from './generate/random.js';
import { OBJECTS, TIMES, VERBS } from './generate/vocabulary.js';
import type { Params } from './shapes.js';

/** Most distinct requests a shape draws from: more than any server answers in one measurement. */
export const MAX_DISTINCT = 50_000;

const CERTAINTY_SETS = [
  ['UNCONFIRMED_REPORT', 'RUMOUR'],
  ['OFFICIAL_STATEMENT', 'ATTRIBUTED_STATEMENT'],
  ['ESTABLISHED_FACT'],
  ['ALLEGATION', 'DENIAL', 'SPECULATION'],
];

/** Shuffles in place with the run's generator (Fisher–Yates), so a list read in order is a random draw. */
export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * Parameters for the shapes, drawn from the loaded data with the run's seed. Real traffic rarely
 * repeats a request between two writes, so each shape draws from thousands of distinct requests,
 * each used once (the load generators read the lists in order): a cache answers none of them twice.
 * The repeated-request case is measured on its own row (`claimgraph-repeated`), on the first 100.
 */
export async function drawParams(client: pg.Client, seed: number): Promise<Params> {
  const rng = new Rng(seed, 'params');
  const max = (await client.query<{ max: number }>('SELECT max(id)::int AS max FROM "Claim"')).rows[0]?.max ?? 1;
  // Distinct claims across the whole table: a sample without replacement.
  const claimIds = shuffle(
    rng,
    Array.from({ length: max }, (_, i) => i + 1),
  ).slice(0, MAX_DISTINCT);

  // Every actor in more than 5 claims, with each set of certainties their claims are stated with.
  const { rows: actors } = await client.query<{ actorId: number }>(`
    SELECT "actorId" FROM "ClaimActor" GROUP BY "actorId" HAVING count(*) > 5 ORDER BY "actorId"`);
  const q3 = shuffle(
    rng,
    actors.flatMap(({ actorId }) => CERTAINTY_SETS.map((certainties) => ({ actorId, certainties }))),
  ).slice(0, MAX_DISTINCT);

  // Searches as people type them about news: a verb and an object, an object and a time, or all
  // three, with and without a quoted phrase (from a few to a few thousand hits at 1M claims).
  const terms = new Set<string>();
  for (const verb of VERBS) {
    for (const object of OBJECTS) {
      const thing = object.replace(/^an? /, '');
      terms.add(`${verb} ${thing}`);
      terms.add(`"${thing}" ${verb}`);
      for (const time of TIMES) terms.add(`${verb} ${thing} ${time.split(' ').at(-1)}`);
    }
  }
  const searchTerms = shuffle(rng, [...terms]).slice(0, MAX_DISTINCT);

  // The SQL floor's Q5 page: 90% deep into the filtered list, at most page 500.
  const count = (
    await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "Claim" WHERE "verificationStatus" = 'UNVERIFIED' AND "archivedAt" IS NULL`,
    )
  ).rows[0]?.count;
  const position = Math.min(10_000, Math.floor(((count ?? 0) * 0.9) / 20) * 20);
  return { claimIds, q3, searchTerms, q5: { status: 'UNVERIFIED', position } };
}

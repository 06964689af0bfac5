import { Prisma } from '../../apps/server/src/__generated__/prisma/client.js';
import { compileCount, compileFindMany, compileSelection } from '../../apps/server/src/db/selection-sql.js';
import { type Api, describe, expect, test } from '../support/fixtures.js';

// selection-sql.ts compiles Prisma select/include arguments into SQL so that `search` loads its
// hits in its own statement. Whatever it compiles must come back exactly as Prisma returns it:
// each case is read both ways from the story, on PGlite and on PostgreSQL, and compared.

type Args = Record<string, unknown>;
type Model = 'Claim' | 'Article' | 'Actor' | 'Source' | 'Assessment' | 'ClaimAppearance';

const byLatest = [{ assessedAt: 'desc' }, { id: 'desc' }];

const cases: [string, Model, Args][] = [
  ['every scalar of a claim', 'Claim', {}],
  ['a few scalars, a date among them', 'Claim', { select: { id: true, text: true, createdAt: true } }],
  [
    'a claim’s actors, as Claim.actors asks',
    'Claim',
    { include: { actors: { where: {}, orderBy: { id: 'asc' }, select: { actor: true, id: true } } } },
  ],
  ['actors in one role', 'Claim', { include: { actors: { where: { role: 'CLAIMANT' }, orderBy: { id: 'asc' } } } }],
  [
    'pages of actors and appearances, two levels down',
    'Claim',
    {
      include: {
        actors: { orderBy: { id: 'asc' }, take: 2, skip: 1, include: { actor: { select: { name: true } } } },
        appearances: {
          orderBy: { id: 'asc' },
          take: 2,
          include: {
            version: {
              select: { number: true, article: { select: { headline: true, publishedAt: true, createdAt: true } } },
            },
          },
        },
      },
    },
  ],
  [
    'counts, one of them filtered',
    'Claim',
    {
      include: {
        _count: {
          select: { appearances: true, actors: { where: { role: { in: ['CLAIMANT', 'AGENT'] } } } },
        },
      },
    },
  ],
  [
    'the latest assessment, to-one relations, nulls',
    'Claim',
    { include: { assessments: { take: 1, orderBy: byLatest }, location: true, mergedInto: true } },
  ],
  [
    'OR, NOT, in and a comparison, in descending order',
    'Claim',
    {
      include: {
        appearances: {
          where: {
            OR: [{ statedCertainty: { in: ['UNCONFIRMED_REPORT', 'DENIAL'] } }, { start: { gt: 2000 } }],
            NOT: { id: 0 },
            exact: { not: '' },
            note: null,
          },
          orderBy: { start: 'desc' },
          select: { id: true, start: true, statedCertainty: true },
        },
      },
    },
  ],
  ['an article’s publishers', 'Article', { include: { publisher: true, originalPublisher: true } }],
  [
    'an article’s latest version and its blocks',
    'Article',
    {
      include: {
        versions: { take: 1, orderBy: { number: 'desc' }, include: { blocks: { orderBy: { ordinal: 'asc' } } } },
      },
    },
  ],
  ['an actor’s parent and children', 'Actor', { include: { parent: true, children: { orderBy: { id: 'asc' } } } }],
  [
    'a source’s reliability history and article count',
    'Source',
    {
      include: {
        reliabilityRatings: { orderBy: byLatest },
        parent: true,
        _count: { select: { publishedArticles: true } },
      },
    },
  ],
  ['floats and optional enums', 'Assessment', { include: { evidence: { orderBy: { id: 'asc' } } } }],
  [
    'attribution chains',
    'ClaimAppearance',
    { include: { attribution: { orderBy: { position: 'asc' } }, cues: { orderBy: { id: 'asc' } } } },
  ],
];

/** The rows of `model` through Prisma, and through the compiled SQL, in id order. */
async function bothWays(api: Api, model: Model, args: Args) {
  const prisma = api.database.prisma;
  const delegate = prisma[(model[0]?.toLowerCase() + model.slice(1)) as 'claim'] as unknown as {
    findMany(args: Args): Promise<unknown[]>;
  };
  const viaPrisma = await delegate.findMany({ ...args, orderBy: { id: 'asc' } });
  const compiled = compileSelection(model, args, 'n');
  if (!compiled) throw new Error(`${model} ${JSON.stringify(args)} did not compile`);
  const rows = await prisma.$queryRaw<{ node: unknown }[]>(
    Prisma.sql`SELECT ${compiled.sql} AS node FROM ${Prisma.raw(`"${model}"`)} n ORDER BY n.id`,
  );
  return { viaPrisma, viaSql: rows.map((row) => compiled.decode(row.node)) };
}

describe('compiled selections', () => {
  test.for(cases)('%s (%s) reads what Prisma reads', async ([, model, args], { api }) => {
    const { viaPrisma, viaSql } = await bothWays(api, model, args);
    expect(viaPrisma.length).toBeGreaterThan(0);
    expect(viaSql).toEqual(viaPrisma);
  });

  test('the cases reach real data: nested lists, nulls and dates are all exercised', async ({ api }) => {
    const argsOf = (title: string) => cases.find(([name]) => name === title)?.[2] as Args;
    const { viaSql } = await bothWays(api, 'Claim', argsOf('pages of actors and appearances, two levels down'));
    const appearances = viaSql.flatMap((claim) => (claim?.appearances as Args[]) ?? []);
    expect(appearances.length).toBeGreaterThan(0);
    // Some claim has more than one actor past the skipped first one.
    expect(viaSql.some((claim) => (claim?.actors as Args[] | undefined)?.length === 2)).toBe(true);
    const article = (a: Args) => (a.version as { article: Args }).article;
    expect(appearances.every((a) => article(a).createdAt instanceof Date)).toBe(true);
    const { viaSql: latest } = await bothWays(api, 'Claim', argsOf('the latest assessment, to-one relations, nulls'));
    expect(latest.some((claim) => claim?.mergedInto === null)).toBe(true);
    expect(latest.some((claim) => (claim?.assessments as Args[] | undefined)?.length === 1)).toBe(true);
  });

  test('a list column holding NULL (a row written without it) reads as the empty list Prisma gives', async ({
    api,
  }) => {
    const prisma = api.database.prisma;
    const [row] = await prisma.$queryRaw<{ id: number }[]>`
      INSERT INTO "Source" (name, kind, languages, "updatedAt") VALUES ('No languages', 'NEWS_OUTLET', NULL, now())
      RETURNING id`;
    const { viaPrisma, viaSql } = await bothWays(api, 'Source', {});
    const written = (rows: unknown[]) => rows.find((source) => (source as Args).id === row?.id) as Args;
    expect(written(viaPrisma).languages).toEqual([]);
    expect(viaSql).toEqual(viaPrisma);
  });

  test('page sizes are written into the statement, not passed as parameters: PostgreSQL then keeps one plan for it', () => {
    // A LIMIT parameter makes PostgreSQL cost the prepared statement's generic plan as if it read most
    // of the table, so it planned afresh on every execution (0.7–1.4 ms for a page of articles).
    const compiled = compileFindMany('Claim', {
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 21,
      skip: 3,
      include: { appearances: { orderBy: { id: 'asc' }, take: 4, include: { attribution: { take: 7 } } } },
    });
    if (!compiled) throw new Error('did not compile');
    const limits = [...compiled.sql.text.matchAll(/LIMIT (\d+)(?: OFFSET (\d+))?/g)].map((m) =>
      m.slice(1).join(' ').trim(),
    );
    expect(limits.sort()).toEqual(['21 3', '4', '7'].sort());
    expect(compiled.sql.values).toEqual([]);
  });

  test.for([
    ['a cursor', { include: { appearances: { cursor: { id: 1 }, take: 2 } } }],
    ['a negative take', { include: { appearances: { take: -2 } } }],
    ['distinct', { include: { appearances: { distinct: ['versionId'] } } }],
    [
      'a case-insensitive filter',
      { include: { actors: { where: { role: { equals: 'AGENT', mode: 'insensitive' } } } } },
    ],
  ] as [string, Args][])('%s is left to Prisma', ([, args]) => {
    expect(compileSelection('Claim', args, 'n')).toBeUndefined();
  });
});

describe('compiled findMany and count, with relation filters', () => {
  const wheres: [string, Args][] = [
    [
      'some',
      { archivedAt: null, appearances: { some: { statedCertainty: { in: ['UNCONFIRMED_REPORT', 'ALLEGATION'] } } } },
    ],
    ['none', { appearances: { none: { statedCertainty: 'UNCONFIRMED_REPORT' } } }],
    ['every', { actors: { every: { role: { not: 'LOCATION' } } } }],
    ['is null and isNot null', { OR: [{ location: { is: null } }, { location: { isNot: null }, type: 'EVENT' }] }],
    ['a bare filter on a single relation, two levels down', { appearances: { some: { version: { number: 1 } } } }],
    ['some inside some', { appearances: { some: { attribution: { some: { role: 'ORIGINATOR' } } } } }],
  ];

  test.for(wheres)('%s reads what Prisma reads, and counts what it counts', async ([, where], { api }) => {
    const args = {
      where,
      orderBy: [{ text: 'desc' }, { id: 'desc' }],
      take: 6,
      skip: 1,
      include: { actors: { orderBy: { id: 'asc' }, select: { role: true, actorId: true } } },
    };
    const prisma = api.database.prisma;
    const viaPrisma = await prisma.claim.findMany(args as never);
    const compiled = compileFindMany('Claim', args);
    if (!compiled) throw new Error('did not compile');
    const rows = await prisma.$queryRaw<{ node: unknown }[]>(compiled.sql);
    expect(viaPrisma.length).toBeGreaterThan(0);
    expect(rows.map((row) => compiled.decode(row.node))).toEqual(viaPrisma);
    const count = compileCount('Claim', where);
    if (!count) throw new Error('did not compile');
    const [counted] = await prisma.$queryRaw<{ count: number }[]>(count);
    expect(counted?.count).toBe(await prisma.claim.count({ where: where as never }));
  });
});

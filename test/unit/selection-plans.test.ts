import { describe, expect, test } from 'vitest';
import { planFindMany, shapeOf } from '../../apps/server/src/db/selection-plans.js';
import { compileFindMany } from '../../apps/server/src/db/selection-sql.js';

// selection-plans.ts compiles a findMany once per shape of its arguments and fills in each
// request's values. Whatever it sends must be exactly what compiling that request's own arguments
// sends: the same text and the same parameters, in the same order.

type Args = Record<string, unknown>;

function expectAsCompiled(model: string, args: Args) {
  const planned = planFindMany(model, args);
  const compiled = compileFindMany(model, args);
  if (!compiled) {
    expect(planned).toBeUndefined();
    return undefined;
  }
  expect(planned?.sql.text).toBe(compiled.sql.text);
  expect(planned?.sql.values).toEqual(compiled.sql.values);
  return planned?.sql.text;
}

/** A page of claims as Query.claims asks for it, with the given values. */
const claimsPage = (actorId: number, certainties: string[], after: Date, take = 21): Args => ({
  where: {
    AND: [
      { archivedAt: null },
      { actors: { some: { actorId } } },
      { appearances: { some: { statedCertainty: { in: certainties } } } },
      { OR: [{ createdAt: { gt: after } }, { createdAt: after, id: { gt: actorId * 10 } }] },
    ],
  },
  orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  take,
  include: {
    appearances: {
      orderBy: { id: 'asc' },
      take: 4,
      include: { attribution: { orderBy: { position: 'asc' }, include: { actor: { select: { name: true } } } } },
    },
  },
});

describe('compiled findMany plans', () => {
  test('requests that differ only in their values share one statement text, each with its own parameters', () => {
    const first = expectAsCompiled('Claim', claimsPage(7, ['RUMOUR', 'DENIAL'], new Date('2024-01-01T00:00:00Z')));
    const second = expectAsCompiled(
      'Claim',
      claimsPage(1609, ['UNCONFIRMED_REPORT', 'ALLEGATION'], new Date('2025-06-30T12:00:00Z')),
    );
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(planFindMany('Claim', claimsPage(42, ['OPINION', 'ESTIMATE'], new Date(0)))?.sql.values).toEqual([
      42,
      'OPINION',
      'ESTIMATE',
      new Date(0),
      new Date(0),
      420,
    ]);
  });

  test.for([
    ['a page size', claimsPage(7, ['RUMOUR'], new Date(0), 21), claimsPage(7, ['RUMOUR'], new Date(0), 51)],
    ['a list’s length', claimsPage(7, ['RUMOUR'], new Date(0)), claimsPage(7, ['RUMOUR', 'DENIAL'], new Date(0))],
    ['an order', { orderBy: { createdAt: 'asc' }, take: 3 }, { orderBy: { createdAt: 'desc' }, take: 3 }],
    ['null for a value', { where: { locationId: 3 } }, { where: { locationId: null } }],
    ['a field left out', { select: { id: true, text: true } }, { select: { id: true, text: false } }],
  ] as [string, Args, Args][])('%s changes the statement, and each is sent as compiled', ([, a, b]) => {
    const first = expectAsCompiled('Claim', a);
    const second = expectAsCompiled('Claim', b);
    expect(second).not.toBe(first);
  });

  test('arguments the compiler leaves to Prisma are left to Prisma every time', () => {
    const withCursor = { cursor: { id: 5 }, take: 2 };
    expect(planFindMany('Claim', withCursor)).toBeUndefined();
    expect(planFindMany('Claim', { ...withCursor, cursor: { id: 6 } })).toBeUndefined();
  });

  test('the shape keeps page sizes and orders, and takes every other scalar as a value', () => {
    const { key, values } = shapeOf({
      where: { text: 'a needle', id: { in: [1, 2] } },
      orderBy: { id: 'desc' },
      take: 5,
    });
    expect(values).toEqual(['a needle', 1, 2]);
    expect(key).toContain('=string:desc');
    expect(key).toContain('=number:5');
    expect(key).not.toContain('needle');
  });
});

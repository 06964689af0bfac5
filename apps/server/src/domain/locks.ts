import { Prisma } from '../__generated__/prisma/client.js';
import type { Tx } from './tx.js';

export type LockedTable = 'Actor' | 'Claim' | 'ApiKey' | 'Article';

/**
 * Locks rows for the rest of the transaction (`SELECT … FOR UPDATE`), always in id order, so two
 * writes over the same rows (merging A into B while B merges into A) queue instead of deadlocking,
 * and the second reads what the first committed: a merged row, a revoked key, a newer revision.
 * Call it before reading the rows a write decides on.
 */
export async function lockRows(tx: Tx, table: LockedTable, ids: readonly number[]) {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  await tx.$executeRaw`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id = ANY(${sorted}::int[]) ORDER BY id FOR UPDATE`;
}

/**
 * Locks a name that has no row yet (an article's URL before the article exists), for the rest of
 * the transaction: writes that would create the same row take turns, and the second finds the first's.
 */
export async function lockName(tx: Tx, namespace: string, name: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${namespace}:${name}`}, 0))`;
}

import { Prisma } from '../__generated__/prisma/client.js';
import { ConflictError, notFound } from './errors.js';

interface Revisioned {
  revision: number;
  archivedAt: Date | null;
}

/**
 * Optimistic concurrency: the update applies only if the row still has the revision the client
 * read (`UPDATE … WHERE id = $1 AND revision = $2`), so of two writers who read the same revision
 * one wins and the other gets a CONFLICT, never a lost update.
 */
export async function updateAtRevision<Row extends Revisioned>(
  what: string,
  expected: number,
  find: () => Promise<Row | null>,
  update: () => Promise<Row>,
): Promise<{ before: Row; after: Row }> {
  const before = await find();
  if (!before) throw notFound(what, ['input', 'id']);
  if (before.archivedAt) throw new ConflictError(`${what} is archived.`, [], before.revision);
  if (before.revision !== expected) throw staleRevision(what, expected, before.revision);
  try {
    return { before, after: await update() };
  } catch (error) {
    // The row changed between the read and the write: another writer got there first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') {
      const now = await find();
      throw staleRevision(what, expected, now?.revision ?? expected);
    }
    throw error;
  }
}

export function staleRevision(what: string, expected: number, current: number) {
  return new ConflictError(
    `${what} has changed since revision ${expected} (it is at revision ${current}): read it again and reapply your change.`,
    [
      {
        path: ['input', 'revision'],
        message: `Stale revision ${expected}; current is ${current}.`,
        code: 'STALE_REVISION',
      },
    ],
    current,
  );
}

export const nextRevision = { revision: { increment: 1 } } as const;

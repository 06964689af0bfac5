import { Prisma } from '../__generated__/prisma/client.js';
import { bumpGenerations } from '../cache/generation.js';
import { db } from '../db/database.js';
import { sqlStateOf } from '../plugins/database-errors.js';
import { Audit, type Author, commitChangeEvents, type Write } from './audit.js';
import { ConflictError, NotFoundError, ValidationError } from './errors.js';
import { type ChangeNotice, changeTopic, pubsub } from './events.js';

export interface WriteOptions {
  author: Author;
  /** The commit message the client gave, kept with every event of the write. */
  message?: string | null | undefined;
}

/** Attempts of a write that PostgreSQL aborted for a concurrent one (a deadlock, a serialization failure). */
const ATTEMPTS = 4;

/**
 * Runs a domain write in one transaction with its audit events, then tells subscribers. Either all
 * of it commits, events included, or nothing does: a failed mutation changes nothing.
 *
 * Two writes that lock the same rows in opposite orders (merging A into B while B merges into A)
 * deadlock, and PostgreSQL aborts one of them: that one is run again from the start, after a short
 * random pause, and then sees the other's result (usually a ConflictError: the object is merged).
 */
export async function runWrite<T>(options: WriteOptions, fn: (w: Write) => Promise<T>): Promise<T> {
  let committed: { result: T; events: Awaited<ReturnType<typeof commitChangeEvents>> };
  for (let attempt = 1; ; attempt++) {
    try {
      committed = await db().$transaction(
        async (tx) => {
          const audit = new Audit();
          const result = await fn({ tx, audit });
          const events = await commitChangeEvents(tx, options.author, options.message, audit.records);
          return { result, events };
        },
        { maxWait: 5_000, timeout: 30_000 },
      );
      break;
    } catch (error) {
      if (attempt < ATTEMPTS && isConcurrencyAbort(error)) {
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
        continue;
      }
      throw asDomainError(error);
    }
  }
  // Caches (generation.ts) learn of the write before it answers, on every replica. Should Redis fail
  // here, the write stands: replicas that cannot read the generation bypass their caches, and cached
  // entries expire on their own.
  await bumpGenerations({ keys: committed.events.some((event) => event.entityType === 'ApiKey') }).catch(() => {});
  if (committed.events.length) await publish(committed.events);
  return committed.result;
}

function isConcurrencyAbort(error: unknown) {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2034') return true;
  const state = sqlStateOf(error);
  return state === '40001' || state === '40P01';
}

/** Database-level refusals that are the client's to fix, as typed errors. */
function asDomainError(error: unknown) {
  const state = sqlStateOf(error);
  if (state === '54000') return tooLarge(error);
  if (state === '40001' || state === '40P01') {
    return new ConflictError('The write conflicted with concurrent ones; retry it.');
  }
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  switch (error.code) {
    case 'P2002':
      return new ConflictError('Another object already has this unique value.', [
        {
          path: ['input', ...[(error.meta?.target as string[] | undefined) ?? []].flat()],
          message: 'Already taken.',
          code: 'UNIQUE',
        },
      ]);
    case 'P2003':
      return new NotFoundError('The input refers to an object that does not exist.');
    case 'P2004':
      return new ValidationError('The input breaks a rule of the data model.', [
        { path: ['input'], message: error.message.split('\n').at(-1) ?? 'Constraint failed.' },
      ]);
    case 'P2034':
      return new ConflictError('The write conflicted with another one; retry it.');
    default:
      return error;
  }
}

/**
 * PostgreSQL's program limits (SQLSTATE 54000) that a client's input can reach: a text whose
 * full-text index entry (tsvector) passes 1 MB, a value too long for its btree index (a third of a
 * page, ~2.7 KB). Which input is named by the index, when the message gives one.
 */
function tooLarge(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const column = /for index "[A-Za-z]+_([A-Za-z]+)_(?:key|idx)"/.exec(message)?.[1];
  const what = /tsvector/.test(message)
    ? 'The text is too large to index for search (its word index passes 1 MB); split it.'
    : 'A value is too long to index; shorten it.';
  return new ValidationError(what, [
    { path: ['input', ...(column ? [column] : [])], message: what, code: 'TOO_LARGE' },
  ]);
}

async function publish(
  events: { id: number; entityType: string; entityId: number; operation: string; claimId: number | null }[],
) {
  const claimIds = [...new Set(events.flatMap((e) => (e.claimId == null ? [] : [e.claimId])))];
  // One read after commit gives the ids subscribers filter on.
  const claims = claimIds.length
    ? await db().claim.findMany({
        where: { id: { in: claimIds } },
        select: {
          id: true,
          actors: { select: { actorId: true } },
          appearances: {
            select: {
              version: { select: { articleId: true } },
              attribution: { select: { actorId: true, sourceId: true } },
            },
          },
        },
      })
    : [];
  const related = new Map(
    claims.map((claim) => {
      const hops = claim.appearances.flatMap((a) => a.attribution);
      const notice = {
        actorIds: [
          ...new Set([
            ...claim.actors.map((a) => a.actorId),
            ...hops.flatMap((h) => (h.actorId == null ? [] : [h.actorId])),
          ]),
        ],
        sourceIds: [...new Set(hops.flatMap((h) => (h.sourceId == null ? [] : [h.sourceId])))],
        articleIds: [...new Set(claim.appearances.map((a) => a.version.articleId))],
      };
      return [claim.id, notice] as const;
    }),
  );
  for (const event of events) {
    const notice: ChangeNotice = {
      eventId: event.id,
      entityType: event.entityType,
      entityId: event.entityId,
      operation: event.operation,
      claimId: event.claimId,
      ...((event.claimId != null ? related.get(event.claimId) : undefined) ?? {
        actorIds: [],
        sourceIds: [],
        articleIds: [],
      }),
    };
    pubsub.publish(changeTopic(), notice);
  }
}

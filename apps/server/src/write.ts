import { Prisma } from './__generated__/prisma/client.js';
import { db } from './db.js';
import { Audit, type Author, commitChangeEvents, type Write } from './domain/audit.js';
import { ConflictError, NotFoundError, ValidationError } from './domain/errors.js';
import { type ChangeNotice, changeTopic, pubsub } from './events.js';
import { bumpGenerations } from './generation.js';

export interface WriteOptions {
  author: Author;
  /** The commit message the client gave, kept with every event of the write. */
  message?: string | null | undefined;
}

/**
 * Runs a domain write in one transaction with its audit events, then tells subscribers. Either all
 * of it commits, events included, or nothing does: a failed mutation changes nothing.
 */
export async function runWrite<T>(options: WriteOptions, fn: (w: Write) => Promise<T>): Promise<T> {
  let committed: { result: T; events: Awaited<ReturnType<typeof commitChangeEvents>> };
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
  } catch (error) {
    throw asDomainError(error);
  }
  // Caches (generation.ts) learn of the write before it answers, on every replica. Should Redis fail
  // here, the write stands: replicas that cannot read the generation bypass their caches, and cached
  // entries expire on their own.
  await bumpGenerations({ keys: committed.events.some((event) => event.entityType === 'ApiKey') }).catch(() => {});
  if (committed.events.length) await publish(committed.events);
  return committed.result;
}

/** Database-level refusals that are the client's to fix, as typed errors. */
function asDomainError(error: unknown) {
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

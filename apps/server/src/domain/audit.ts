import type { ChangeOperation } from '../__generated__/prisma/enums.js';
import type { Tx } from './tx.js';

export type EntityType =
  | 'Source'
  | 'Actor'
  | 'Article'
  | 'ArticleVersion'
  | 'Claim'
  | 'ClaimAppearance'
  | 'ClaimRelation'
  | 'Assessment'
  | 'ApiKey'
  | 'Suggestion';

export type Changes = Record<string, { before: unknown; after: unknown }>;

/** One write to record: what changed, and whose history shows it. */
export interface ChangeRecord {
  entityType: EntityType;
  entityId: number;
  operation: ChangeOperation;
  changes: Changes;
  claimId?: number | null | undefined;
  actorId?: number | null | undefined;
  sourceId?: number | null | undefined;
  articleId?: number | null | undefined;
  appearanceId?: number | null | undefined;
  /** Global IDs of other objects the write touched or cites. */
  refs?: string[] | undefined;
}

/** The events a write transaction collects; they are inserted together just before it commits. */
export class Audit {
  readonly records: ChangeRecord[] = [];
  record(record: ChangeRecord) {
    this.records.push(record);
  }
}

/** What a domain write function works with: the open transaction and its audit. */
export interface Write {
  tx: Tx;
  audit: Audit;
}

export interface Author {
  owner: string;
  apiKeyId: number | null;
  requestId?: string | undefined;
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/** The fields of `after` that differ from `before` (every given field when `before` is null). */
export function changesOf<T extends object>(
  before: T | null,
  after: T,
  fields: readonly (keyof T & string)[],
): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    const from = before ? plain(before[field]) : null;
    const to = plain(after[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { before: from, after: to };
  }
  return changes;
}

// Any constant: the lock only orders change-event inserts between concurrent writers.
const FEED_LOCK = 7041902;

/**
 * Inserts a transaction's change events. The advisory lock is held until commit, so event ids are
 * handed out in commit order: a reader polling `id > cursor` never skips an event that commits later
 * with a smaller id.
 */
export async function commitChangeEvents(
  tx: Tx,
  author: Author,
  message: string | null | undefined,
  records: ChangeRecord[],
) {
  if (!records.length) return [];
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FEED_LOCK})`;
  return tx.changeEvent.createManyAndReturn({
    data: records.map((record) => ({
      entityType: record.entityType,
      entityId: record.entityId,
      operation: record.operation,
      changes: record.changes as object,
      actor: author.owner,
      apiKeyId: author.apiKeyId,
      requestId: author.requestId ?? null,
      message: message?.trim() || null,
      refs: record.refs ?? [],
      claimId: record.claimId ?? null,
      actorId: record.actorId ?? null,
      sourceId: record.sourceId ?? null,
      articleId: record.articleId ?? null,
      appearanceId: record.appearanceId ?? null,
    })),
  });
}

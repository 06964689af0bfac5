import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import { createGraphQLError } from 'graphql-yoga';
import { db } from '../db/database.js';
import { type ChangeNotice, changeNotices } from '../domain/events.js';
import { ADMIN_ONLY_ENTITY_TYPES, isAdminOnly } from '../domain/visibility.js';
import { rootCounts } from '../plugins/count-cache.js';
import { builder } from './builder.js';
import { encodeGlobalId } from './global-id.js';
import { inputId } from './mutation-support.js';
import { MAX_PAGE_SIZE } from './paging.js';

export const ChangeOperation = builder.enumType('ChangeOperation', {
  description: 'What a write did to its object.',
  values: {
    CREATE: { description: 'Created it.' },
    UPDATE: { description: 'Changed it.' },
    ARCHIVE: { description: 'Archived it (or revoked a key).' },
    MERGE: { description: 'Merged it with another.' },
    DELETE: { description: 'Deleted it (links between claims are deleted, not archived).' },
  } as const,
});

const FieldChange = builder.objectRef<{ field: string; before: unknown; after: unknown }>('FieldChange').implement({
  description: 'One field a write changed.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The field.' }),
    before: t.expose('before', { type: 'JSON', nullable: true, description: 'Its value before; null when created.' }),
    after: t.expose('after', { type: 'JSON', nullable: true, description: 'Its value after.' }),
  }),
});

const TYPE_AND_ID = /^([A-Z][A-Za-z]*):(\d+)$/;

/** The audit log stores database keys; clients only ever see global IDs. */
const REFERENCES: Record<string, string | null> = {
  actorId: 'Actor',
  sourceId: 'Source',
  locationId: 'Actor',
  publisherId: 'Source',
  originalPublisherId: 'Source',
  // Same type as the object written.
  parentId: null,
  mergedIntoId: null,
};

function withGlobalIds(value: unknown, key: string, entityType: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withGlobalIds(item, key, entityType));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withGlobalIds(v, k, entityType)]));
  }
  if (typeof value === 'number' && key in REFERENCES) return encodeGlobalId(REFERENCES[key] ?? entityType, value);
  if (typeof value === 'string' && TYPE_AND_ID.test(value)) {
    const [, type, id] = TYPE_AND_ID.exec(value) as RegExpExecArray;
    return encodeGlobalId(type as string, id as string);
  }
  return value;
}

export const ChangeEvent = builder.prismaNode('ChangeEvent', {
  id: { field: 'id' },
  nullable: true,
  description: 'One write in the audit log: who changed what, when, and why. The change feed is these in commit order.',
  // The audit record of an admin-only object (an API key) is as private as the object, whichever
  // field reaches it (node, nodes, changes, history): domain/visibility.ts.
  authScopes: (event) => (isAdminOnly(event.entityType) ? { admin: true } : { reader: true }),
  fields: (t) => ({
    entityType: t.exposeString('entityType', { description: 'The type of the object written, e.g. Claim.' }),
    entityId: t.id({
      description: 'The global ID of the object written.',
      resolve: (event) => encodeGlobalId(event.entityType, event.entityId),
    }),
    entity: t.node({
      description: 'The object written, as it is now.',
      id: (event) => ({ id: event.entityId, type: event.entityType }),
    }),
    operation: t.expose('operation', { type: ChangeOperation, description: 'What the write did.' }),
    changes: t.field({
      type: [FieldChange],
      description: 'The fields that changed, with their values before and after.',
      resolve: (event) =>
        Object.entries(event.changes as Record<string, { before: unknown; after: unknown }>).map(([field, change]) => ({
          field,
          before: withGlobalIds(change.before, field, event.entityType),
          after: withGlobalIds(change.after, field, event.entityType),
        })),
    }),
    author: t.exposeString('actor', { description: 'Who wrote it: the API key’s owner.' }),
    message: t.exposeString('message', { nullable: true, description: 'The commit message the client gave.' }),
    references: t.stringList({
      description: 'Other objects the write touched or cites: global IDs, or URLs of evidence.',
      resolve: (event) =>
        event.refs.map((ref) => {
          const match = TYPE_AND_ID.exec(ref);
          return match ? encodeGlobalId(match[1] as string, match[2] as string) : ref;
        }),
    }),
    requestId: t.exposeString('requestId', { nullable: true, description: 'The request that made the write.' }),
    at: t.expose('at', { type: 'DateTime', description: 'When it was committed.' }),
  }),
});

export const ChangeEventConnection = builder.connectionObject(
  { type: ChangeEvent, name: 'ChangeEventConnection', description: 'A page of change events, oldest first.' },
  { description: 'One item of a ChangeEventConnection page, with its cursor.' },
);

const history = { orderBy: { id: 'asc' } } as const;
for (const model of ['Claim', 'Actor', 'Source', 'Article'] as const) {
  builder.prismaObjectField(model, 'history', (t) =>
    t.relatedConnection(
      'changeEvents',
      {
        cursor: 'id',
        totalCount: true,
        description:
          'Every write to this object (and, for a claim, to its appearances, relations and assessments), oldest first.',
        query: history,
      },
      ChangeEventConnection,
    ),
  );
}

builder.queryField('changes', (t) =>
  t.connection(
    {
      type: ChangeEvent,
      description:
        'The change feed: every write in commit order. Poll with `since` set to the last `endCursor` you read; no event is skipped or repeated, even while writes run.',
      args: {
        since: t.arg.string({
          required: false,
          description:
            'Only events after this cursor (an `endCursor` from an earlier page); from the start when omitted.',
        }),
        entityTypes: t.arg.stringList({
          required: false,
          description: 'Only events about these types, e.g. ["Claim"].',
        }),
      },
      resolve: async (_root, args, context) => {
        const after = args.since ?? args.after;
        // Admin-only records are left out for other roles, rather than refused one by one.
        const hidden = context.viewer?.role === 'ADMIN' ? [] : [...ADMIN_ONLY_ENTITY_TYPES];
        const where = { entityType: { ...(args.entityTypes?.length ? { in: args.entityTypes } : {}), notIn: hidden } };
        const connection = await resolveCursorConnection(
          { args: { ...args, after }, toCursor: (event) => String(event.id), defaultSize: 20, maxSize: MAX_PAGE_SIZE },
          ({ after: cursor, limit }: ResolveCursorConnectionArgs) =>
            db().changeEvent.findMany({
              where: { ...where, ...(cursor ? { id: { gt: cursorId(cursor) } } : {}) },
              orderBy: { id: 'asc' },
              take: limit,
            }),
        );
        const totalCount = () =>
          rootCounts.count(context.generations?.data, `ChangeEvent:${JSON.stringify(where)}`, () =>
            db().changeEvent.count({ where }),
          );
        return { ...connection, totalCount };
      },
    },
    ChangeEventConnection,
  ),
);

/** A feed cursor is an event's position: a non-negative integer, as `endCursor` gives it. */
function cursorId(cursor: string) {
  const id = Number(cursor);
  if (!/^\d+$/.test(cursor) || !Number.isSafeInteger(id)) {
    throw createGraphQLError(`"${cursor.slice(0, 64)}" is not a change-feed cursor; pass an \`endCursor\` you read.`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'since' },
    });
  }
  return id;
}

// ---------------------------------------------------------------------------------------------
// Live updates: each subscription hears committed writes and loads what changed.

const SubscriptionFilter = builder.inputType('ChangeFilter', {
  description: 'Which changes to hear; all given conditions must hold.',
  fields: (t) => ({
    claim: t.id({ required: false, description: 'Only changes to this claim.' }),
    actor: t.id({ required: false, description: 'Only changes to claims this actor is in (by role or attribution).' }),
    source: t.id({ required: false, description: 'Only changes to claims this source carried.' }),
    article: t.id({ required: false, description: 'Only changes to claims stated in this article.' }),
  }),
});

function matches(notice: ChangeNotice, filter: typeof SubscriptionFilter.$inferInput | null | undefined) {
  if (!filter) return true;
  const id = (value: string | number | null | undefined, type: string) =>
    value == null ? null : inputId(value, ['filter'], type);
  const claim = id(filter.claim, 'Claim');
  const actor = id(filter.actor, 'Actor');
  const source = id(filter.source, 'Source');
  const article = id(filter.article, 'Article');
  return (
    (claim == null || notice.claimId === claim) &&
    (actor == null || notice.actorIds.includes(actor)) &&
    (source == null || notice.sourceIds.includes(source)) &&
    (article == null || notice.articleIds.includes(article))
  );
}

async function* changesOf(filter: typeof SubscriptionFilter.$inferInput | null | undefined, entityTypes: string[]) {
  for await (const notice of changeNotices()) {
    if (entityTypes.includes(notice.entityType) && notice.claimId != null && matches(notice, filter)) yield notice;
  }
}

const ClaimChange = builder.objectRef<ChangeNotice>('ClaimChange').implement({
  description: 'A committed write to a claim, or to its appearances, relations or assessments.',
  fields: (t) => ({
    event: t.prismaField({
      type: ChangeEvent,
      description: 'The audit record of the write.',
      resolve: (query, notice) => db().changeEvent.findUniqueOrThrow({ ...query, where: { id: notice.eventId } }),
    }),
    claim: t.prismaField({
      type: 'Claim',
      description: 'The claim, as it is after the write.',
      resolve: (query, notice) => db().claim.findUniqueOrThrow({ ...query, where: { id: notice.claimId ?? -1 } }),
    }),
  }),
});

const AppearanceAdded = builder.objectRef<ChangeNotice>('AppearanceAdded').implement({
  description: 'A new appearance of a claim.',
  fields: (t) => ({
    event: t.prismaField({
      type: ChangeEvent,
      description: 'The audit record of the write.',
      resolve: (query, notice) => db().changeEvent.findUniqueOrThrow({ ...query, where: { id: notice.eventId } }),
    }),
    appearance: t.prismaField({
      type: 'ClaimAppearance',
      description: 'The new appearance.',
      resolve: (query, notice) => db().claimAppearance.findUniqueOrThrow({ ...query, where: { id: notice.entityId } }),
    }),
  }),
});

const AssessmentAdded = builder.objectRef<ChangeNotice>('AssessmentAdded').implement({
  description: 'A new assessment of a claim.',
  fields: (t) => ({
    event: t.prismaField({
      type: ChangeEvent,
      description: 'The audit record of the write.',
      resolve: (query, notice) => db().changeEvent.findUniqueOrThrow({ ...query, where: { id: notice.eventId } }),
    }),
    assessment: t.prismaField({
      type: 'Assessment',
      description: 'The new assessment.',
      resolve: (query, notice) => db().assessment.findUniqueOrThrow({ ...query, where: { id: notice.entityId } }),
    }),
  }),
});

builder.subscriptionType({
  description: 'Live updates over Server-Sent Events (GraphQL over SSE): committed writes, as they happen.',
  authScopes: { reader: true },
  fields: (t) => ({
    claimChanged: t.field({
      type: ClaimChange,
      description:
        'Hears every committed write to claims: the claim itself, its appearances, relations and assessments.',
      args: { filter: t.arg({ type: SubscriptionFilter, required: false, description: 'Which changes to hear.' }) },
      subscribe: (_root, args) => changesOf(args.filter, ['Claim', 'ClaimAppearance', 'ClaimRelation', 'Assessment']),
      resolve: (notice) => notice,
    }),
    appearanceAdded: t.field({
      type: AppearanceAdded,
      description: 'Hears new appearances of claims.',
      args: { filter: t.arg({ type: SubscriptionFilter, required: false, description: 'Which changes to hear.' }) },
      subscribe: async function* (_root, args) {
        for await (const notice of changesOf(args.filter, ['ClaimAppearance']))
          if (notice.operation === 'CREATE') yield notice;
      },
      resolve: (notice) => notice,
    }),
    assessmentAdded: t.field({
      type: AssessmentAdded,
      description: 'Hears new assessments of claims.',
      args: { filter: t.arg({ type: SubscriptionFilter, required: false, description: 'Which changes to hear.' }) },
      subscribe: (_root, args) => changesOf(args.filter, ['Assessment']),
      resolve: (notice) => notice,
    }),
  }),
});

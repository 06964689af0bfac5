import { type Claim as ClaimRow, Prisma } from '../__generated__/prisma/client.js';
import { findByIdCompiled, findManyCompiled } from '../db/compiled-reads.js';
import { db, readSql } from '../db/database.js';
import { compileCount } from '../db/selection-sql.js';
import {
  addClaimActor,
  archiveClaim,
  createClaim,
  mergeClaims,
  relateClaims,
  removeClaimActor,
  unrelateClaims,
  updateClaim,
} from '../domain/claims.js';
import { matchingClaimIds } from '../domain/search.js';
import { runWrite } from '../domain/write.js';
import { rootCounts } from '../plugins/count-cache.js';
import { ClaimAppearanceConnection, StatedCertainty } from './appearance.js';
import { Assessment, AssessmentConnection, VerificationStatus } from './assessment.js';
import { builder, type Context, type SchemaTypes } from './builder.js';
import { DateTimeRange, dateRangeWhere, OrderDirection } from './connections.js';
import { decodeIdOf } from './global-id.js';
import { keysetPage } from './keyset-connection.js';
import { inputId, messageField, optionalInputId, resultOf, writeOptions } from './mutation-support.js';

export const ClaimType = builder.enumType('ClaimType', {
  description: 'What kind of proposition a claim is.',
  values: {
    EVENT: { description: 'Something happened.' },
    INTENTION: { description: 'Someone intends or pledges to do something.' },
    QUANTITY: { description: 'A number of something.' },
    STATEMENT: { description: 'Someone said something; the saying is the claim.' },
    STATE_OF_AFFAIRS: { description: 'Something is the case.' },
    ABSENCE: { description: 'Something has not happened or not been said.' },
  } as const,
});

export const ClaimActorRole = builder.enumType('ClaimActorRole', {
  description: 'The part an actor plays in a claim.',
  values: {
    CLAIMANT: { description: 'Makes the claim.' },
    AGENT: { description: 'Does what the claim says.' },
    TARGET: { description: 'Is acted on.' },
    BENEFICIARY: { description: 'Benefits.' },
    LOCATION: { description: 'Where it happens.' },
    MENTIONED: { description: 'Named without a part in it.' },
  } as const,
});

export const RelationType = builder.enumType('RelationType', {
  description: 'How one claim bears on another.',
  values: {
    SUPPORTS: { description: 'Makes the other more likely.' },
    CONTRADICTS: { description: 'Cannot both be true.' },
    UNDERCUTS: { description: 'Weakens the other without contradicting it, e.g. an absence of confirmation.' },
    DERIVED_FROM: { description: 'Is synthesised from the other (a headline from its reports).' },
    SAME_AS: { description: 'Is the same proposition.' },
    SPECIFIES: { description: 'Adds detail to the other (a place, a time).' },
  } as const,
});

export const ClaimActor = builder.prismaObject('ClaimActor', {
  select: { id: true },
  description: 'An actor’s part in a claim.',
  fields: (t) => ({
    role: t.expose('role', { type: ClaimActorRole, description: 'The part the actor plays.' }),
    actor: t.relation('actor', { description: 'The actor.' }),
    claim: t.relation('claim', { description: 'The claim.' }),
  }),
});

export const ClaimActorConnection = builder.connectionObject(
  {
    type: ClaimActor,
    name: 'ClaimActorConnection',
    description: 'A page of actors’ parts in claims.',
  },
  { description: 'One item of a ClaimActorConnection page, with its cursor.' },
);

export const ClaimRelation = builder.prismaNode('ClaimRelation', {
  id: { field: 'id' },
  nullable: true,
  description: 'An analyst’s link between two claims: `from` bears on `to` as `type` says.',
  fields: (t) => ({
    type: t.expose('type', { type: RelationType, description: 'How `from` bears on `to`.' }),
    from: t.relation('fromClaim', { description: 'The claim that bears on the other.' }),
    to: t.relation('toClaim', { description: 'The claim borne on.' }),
    note: t.exposeString('note', { nullable: true, description: 'Why the claims are linked.' }),
  }),
});

interface QuantityShape {
  quantityValue: number | null;
  quantityLower: number | null;
  quantityUpper: number | null;
  quantityUnit: string | null;
  quantityApproximate: boolean;
  quantityUnknown: boolean;
}

const Quantity = builder.objectRef<QuantityShape>('Quantity').implement({
  description: 'A quantity a claim gives: a value, bounds, or a number the text says is unknown.',
  fields: (t) => ({
    value: t.exposeFloat('quantityValue', { nullable: true, description: 'The number, when one is given.' }),
    lower: t.exposeFloat('quantityLower', { nullable: true, description: 'The lower bound ("hundreds": 200).' }),
    upper: t.exposeFloat('quantityUpper', { nullable: true, description: 'The upper bound.' }),
    unit: t.exposeString('quantityUnit', { nullable: true, description: 'What is counted.' }),
    approximate: t.exposeBoolean('quantityApproximate', { description: 'Given as approximate ("an estimated").' }),
    unknown: t.exposeBoolean('quantityUnknown', { description: 'The text says the number is unknown.' }),
  }),
});

interface ClaimTimeShape {
  timeText: string | null;
  timeStart: Date | null;
  timeEnd: Date | null;
}

const ClaimTime = builder.objectRef<ClaimTimeShape>('ClaimTime').implement({
  description: 'When a claim says something happens: as the text writes it, and resolved when known.',
  fields: (t) => ({
    text: t.exposeString('timeText', { nullable: true, description: 'As written, e.g. "on Thursday".' }),
    start: t.expose('timeStart', { type: 'DateTime', nullable: true, description: 'Resolved start, inclusive.' }),
    end: t.expose('timeEnd', { type: 'DateTime', nullable: true, description: 'Resolved end, exclusive.' }),
  }),
});

const byLatest = [{ assessedAt: 'desc' }, { id: 'desc' }] as const;

export const Claim = builder.prismaNode('Claim', {
  id: { field: 'id' },
  // Select mode: a read loads the columns its fields need; a mutation's row answers with the
  // columns it was written with (loaded-columns.ts).
  select: { id: true },
  nullable: true,
  description:
    'A proposition, separate from the texts that state it (its appearances) and from what analysts concluded (its assessments).',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The proposition, in canonical words.' }),
    type: t.expose('type', { type: ClaimType, description: 'What kind of proposition it is.' }),
    time: t.field({
      type: ClaimTime,
      nullable: true,
      description: 'When it says something happens; null when it does not say.',
      select: { timeText: true, timeStart: true, timeEnd: true },
      resolve: (claim) => (claim.timeText || claim.timeStart || claim.timeEnd ? claim : null),
    }),
    location: t.relation('location', { nullable: true, description: 'Where it says something happens.' }),
    quantity: t.field({
      type: Quantity,
      nullable: true,
      description: 'The quantity it gives; null when it gives none.',
      select: {
        quantityValue: true,
        quantityLower: true,
        quantityUpper: true,
        quantityUnit: true,
        quantityApproximate: true,
        quantityUnknown: true,
      },
      resolve: (claim) =>
        claim.quantityUnknown ||
        claim.quantityValue != null ||
        claim.quantityLower != null ||
        claim.quantityUpper != null
          ? claim
          : null,
    }),
    actors: t.relation('actors', {
      description: 'The actors in the claim, each with its part.',
      args: { role: t.arg({ type: ClaimActorRole, required: false, description: 'Only this role.' }) },
      query: (args) => ({ where: args.role ? { role: args.role } : {}, orderBy: { id: 'asc' } }),
    }),
    appearances: t.relatedConnection(
      'appearances',
      {
        cursor: 'id',
        totalCount: true,
        description: 'Where texts state this claim.',
        query: { orderBy: { id: 'asc' } },
      },
      ClaimAppearanceConnection,
    ),
    outgoingRelations: t.relation('relationsFrom', {
      description: 'How this claim bears on others.',
      query: { orderBy: { id: 'asc' } },
    }),
    incomingRelations: t.relation('relationsTo', {
      description: 'How other claims bear on this one.',
      query: { orderBy: { id: 'asc' } },
    }),
    verificationStatus: t.expose('verificationStatus', {
      type: VerificationStatus,
      description: 'The current verification status: the latest assessment’s, UNVERIFIED before any.',
    }),
    currentAssessment: t.field({
      type: Assessment,
      nullable: true,
      description: 'The latest assessment; null before any.',
      select: (_args, _ctx, nestedSelection) => ({ assessments: nestedSelection({ take: 1, orderBy: [...byLatest] }) }),
      resolve: (claim) => claim.assessments[0] ?? null,
    }),
    assessments: t.relatedConnection(
      'assessments',
      {
        cursor: 'claimId_assessedAt_id',
        totalCount: true,
        description: 'Every assessment of this claim, latest first.',
        query: { orderBy: [...byLatest] },
      },
      AssessmentConnection,
    ),
    mergedInto: t.relation('mergedInto', {
      nullable: true,
      description: 'The claim this one was merged into; set when this one lives on only as a pointer.',
    }),
    archivedAt: t.expose('archivedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was archived or merged away.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it was last changed.' }),
    revision: t.exposeInt('revision', { description: 'Increases with every change; send it back with an update.' }),
  }),
});

export const ClaimConnection = builder.connectionObject(
  {
    type: Claim,
    name: 'ClaimConnection',
    description: 'A page of claims.',
  },
  { description: 'One item of a ClaimConnection page, with its cursor.' },
);

const ActorRoleFilter = builder.inputType('ActorRoleFilter', {
  description: 'An actor, and optionally the part it plays.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The actor’s global ID.' }),
    role: t.field({ type: ClaimActorRole, required: false, description: 'Only claims where it plays this part.' }),
  }),
});

export const ClaimFilter = builder.inputType('ClaimFilter', {
  description: 'Narrows a list of claims; all given conditions must hold.',
  fields: (t) => ({
    statedCertainty: t.field({
      type: [StatedCertainty],
      required: false,
      description: 'Stated with one of these certainties in at least one appearance.',
    }),
    verificationStatus: t.field({
      type: [VerificationStatus],
      required: false,
      description: 'The current verification status is one of these.',
    }),
    types: t.field({ type: [ClaimType], required: false, description: 'Any of these types.' }),
    actor: t.field({ type: ActorRoleFilter, required: false, description: 'Involves this actor (in this role).' }),
    source: t.id({ required: false, description: 'This source is a hop in an attribution chain of the claim.' }),
    article: t.id({ required: false, description: 'Stated in some version of this article.' }),
    text: t.string({
      required: false,
      description: 'Full-text search of the claim’s words (web-search syntax: "quoted phrases", -exclusions, or).',
    }),
    createdAt: t.field({ type: DateTimeRange, required: false, description: 'Recorded in this interval.' }),
    eventTime: t.field({
      type: DateTimeRange,
      required: false,
      description: 'The claim’s resolved event time overlaps this interval.',
    }),
  }),
});

const ClaimOrderField = builder.enumType('ClaimOrderField', {
  description: 'What to order claims by.',
  values: {
    CREATED_AT: { description: 'When it was recorded.' },
    UPDATED_AT: { description: 'When it was last changed.' },
    TEXT: { description: 'The claim’s words.' },
  } as const,
});

const ClaimOrder = builder.inputType('ClaimOrder', {
  description: 'An ordering of claims.',
  fields: (t) => ({
    field: t.field({ type: ClaimOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Which way.' }),
  }),
});

export async function claimWhere(filter: typeof ClaimFilter.$inferInput | null | undefined) {
  const actorId = filter?.actor ? decodeIdOf(String(filter.actor.id), 'Actor') : undefined;
  const sourceId = filter?.source ? decodeIdOf(String(filter.source), 'Source') : undefined;
  const articleId = filter?.article ? decodeIdOf(String(filter.article), 'Article') : undefined;
  const appearance = {
    ...(filter?.statedCertainty?.length ? { statedCertainty: { in: filter.statedCertainty } } : {}),
    ...(sourceId ? { attribution: { some: { sourceId } } } : {}),
    ...(articleId ? { version: { articleId } } : {}),
  };
  const eventTime = filter?.eventTime;
  return {
    archivedAt: null,
    ...(Object.keys(appearance).length ? { appearances: { some: appearance } } : {}),
    ...(filter?.verificationStatus?.length ? { verificationStatus: { in: filter.verificationStatus } } : {}),
    ...(filter?.types?.length ? { type: { in: filter.types } } : {}),
    ...(actorId ? { actors: { some: { actorId, ...(filter?.actor?.role ? { role: filter.actor.role } : {}) } } } : {}),
    // The GIN-indexed tsvector column is not visible to Prisma's query builder: here (exports) the
    // matching ids come from one indexed statement first; the claims list compiles the match into
    // its page instead (textMatches).
    ...(filter?.text ? { id: { in: await matchingClaimIds(filter.text) } } : {}),
    ...(filter?.createdAt ? { createdAt: dateRangeWhere(filter.createdAt) } : {}),
    ...(eventTime?.from
      ? { OR: [{ timeEnd: { gt: eventTime.from } }, { timeEnd: null, timeStart: { gte: eventTime.from } }] }
      : {}),
    ...(eventTime?.to ? { timeStart: { lt: eventTime.to } } : {}),
  };
}

const ORDER_FIELDS = { CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt', TEXT: 'text' } as const;

/**
 * `claims(filter: { text })`: the tsvector match is a condition of the page's own statement, so the
 * page is one statement that stops at its end. Prisma cannot express a tsvector match, so the page
 * and the count are compiled to SQL (selection-sql.ts); a selection the compiler does not cover
 * reads the matching ids first and then the page through Prisma.
 */
function textMatchPage(where: Awaited<ReturnType<typeof claimWhere>>, text: string, context: Context) {
  // The index finds candidates with the query in every configuration (a subquery: parsed once, not per
  // row); each claim's own language decides.
  const matches = Prisma.sql`n.search @@ (SELECT claimgraph_ts_query_any(${text})) AND n.search @@ websearch_to_tsquery(claimgraph_ts_config(n.language), ${text})`;
  const countSql = compileCount('Claim', where, matches);
  const matchingIds = async () => ({ id: { in: await matchingClaimIds(text) } });
  return {
    where,
    count: () =>
      rootCounts.count(context.generations?.data, `Claim:${JSON.stringify(where)}:text:${text}`, async () =>
        countSql
          ? ((await readSql<{ count: number }>(countSql))[0]?.count ?? 0)
          : db().claim.count({ where: { AND: [where, await matchingIds()] } }),
      ),
    find: (query: { where: never; orderBy: never; take: number }) =>
      findManyCompiled<ClaimRow>(
        'Claim',
        query,
        async () => db().claim.findMany({ ...(query as object), where: { AND: [query.where, await matchingIds()] } }),
        matches,
      ),
  };
}

builder.queryFields((t) => ({
  claim: t.prismaField({
    type: Claim,
    nullable: true,
    description: 'A claim by its ID; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The claim’s global ID.' }) },
    resolve: (query, _root, args) => {
      const id = decodeIdOf(String(args.id), 'Claim');
      return findByIdCompiled('Claim', query, id, () => db().claim.findUnique({ ...query, where: { id } }));
    },
  }),
  claims: t.connection(
    {
      type: Claim,
      description: 'Claims, filtered by certainty, status, actor, source, article, time and text, and ordered.',
      args: {
        filter: t.arg({ type: ClaimFilter, required: false, description: 'Which claims.' }),
        orderBy: t.arg({ type: ClaimOrder, required: false, description: 'The order; when recorded, when omitted.' }),
      },
      resolve: async (_root, args, context, info) => {
        const direction = args.orderBy?.direction === 'DESC' ? 'desc' : 'asc';
        const field = args.orderBy?.field ?? 'CREATED_AT';
        const page = {
          args,
          context,
          info,
          model: 'Claim',
          order: [
            { field: ORDER_FIELDS[field], direction },
            { field: 'id', direction },
          ],
        } as const;
        const text = args.filter?.text;
        const where = await claimWhere({ ...args.filter, text: undefined });
        if (text) return keysetPage({ ...page, ...textMatchPage(where, text, context) });
        const count = () =>
          rootCounts.count(context.generations?.data, `Claim:${JSON.stringify(where)}`, () =>
            db().claim.count({ where }),
          );
        const actor = args.filter?.actor;
        if (actor && field === 'CREATED_AT') {
          // An actor's claims in the default order: read from ActorClaim's (actor, createdAt, id)
          // index up to the page's end. From Claim, PostgreSQL would collect all of a busy actor's
          // claims and sort them, or walk every claim in order testing each for the actor.
          // The role stays a condition on the claim's ClaimActor rows (by their unique index): a
          // `roles: { has }` filter sends the enum in a form PGlite's driver adapter rejects.
          const { actors, ...claim } = where;
          return keysetPage({
            ...page,
            count,
            where: { actorId: decodeIdOf(String(actor.id), 'Actor'), claim: actor.role ? { ...claim, actors } : claim },
            via: { columns: { createdAt: 'claimCreatedAt', id: 'claimId' }, node: 'claim' },
            find: async (query) => {
              const rows = await findManyCompiled('ActorClaim', query, () =>
                db().actorClaim.findMany({ ...query, relationLoadStrategy: 'join' }),
              );
              // The selection holds `claim` (keysetPage's `via`); Prisma cannot see it through `query`.
              return rows.map((row) => (row as unknown as { claim: ClaimRow }).claim);
            },
          });
        }
        return keysetPage({
          ...page,
          count,
          where,
          find: (query) =>
            findManyCompiled('Claim', query, () => db().claim.findMany({ ...query, relationLoadStrategy: 'join' })),
        });
      },
    },
    ClaimConnection,
  ),
}));

// ---------------------------------------------------------------------------------------------
// Writes

const QuantityInput = builder.inputType('QuantityInput', {
  description: 'A quantity as the text gives it.',
  fields: (t) => ({
    value: t.float({ required: false, description: 'The number, when one is given.' }),
    lower: t.float({ required: false, description: 'The lower bound.' }),
    upper: t.float({ required: false, description: 'The upper bound.' }),
    unit: t.string({ required: false, description: 'What is counted.' }),
    approximate: t.boolean({ required: false, description: 'Given as approximate.' }),
    unknown: t.boolean({ required: false, description: 'The text says the number is unknown.' }),
  }),
});

const ClaimActorInput = builder.inputType('ClaimActorInput', {
  description: 'An actor and the part it plays in a claim.',
  fields: (t) => ({
    actorId: t.id({ required: true, description: 'The actor’s global ID.' }),
    role: t.field({ type: ClaimActorRole, required: true, description: 'The part it plays.' }),
  }),
});

const claimFields = (
  t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, 'InputObject'>,
) => ({
  timeText: t.string({ required: false, description: 'The event time as written, e.g. "on Thursday".' }),
  timeStart: t.field({ type: 'DateTime', required: false, description: 'Resolved start of the event time.' }),
  timeEnd: t.field({ type: 'DateTime', required: false, description: 'Resolved end of the event time, exclusive.' }),
  locationId: t.id({ required: false, description: 'The actor (a place) where it happens.' }),
  quantity: t.field({ type: QuantityInput, required: false, description: 'The quantity it gives.' }),
  message: t.string(messageField),
});

const CreateClaimInput = builder.inputType('CreateClaimInput', {
  description: 'A new claim.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The proposition, in canonical words.' }),
    type: t.field({ type: ClaimType, required: true, description: 'What kind of proposition it is.' }),
    language: t.string({
      required: false,
      description:
        'The language of the text (BCP 47), default en: search and similarity use its text search configuration.',
    }),
    ...claimFields(t),
    actors: t.field({ type: [ClaimActorInput], required: false, description: 'The actors in it, with their parts.' }),
  }),
});

const UpdateClaimInput = builder.inputType('UpdateClaimInput', {
  description: 'Changes to a claim: omitted fields stay as they are; null clears a field.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The claim’s global ID.' }),
    revision: t.int({ required: true, description: 'The revision the change was made against.' }),
    text: t.string({ required: false, description: 'The proposition, in canonical words.' }),
    type: t.field({ type: ClaimType, required: false, description: 'What kind of proposition it is.' }),
    ...claimFields(t),
  }),
});

const ArchiveInput = builder.inputType('ArchiveClaimInput', {
  description: 'Archives a claim: it leaves lists and search but keeps its history.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The claim’s global ID.' }),
    revision: t.int({ required: true, description: 'The revision the change was made against.' }),
    message: t.string(messageField),
  }),
});

const MergeClaimsInput = builder.inputType('MergeClaimsInput', {
  description: 'Merges one claim into another that states the same proposition.',
  fields: (t) => ({
    survivorId: t.id({ required: true, description: 'The claim that stays.' }),
    survivorRevision: t.int({ required: true, description: 'The survivor’s revision, as read.' }),
    mergedId: t.id({ required: true, description: 'The claim merged into the survivor; it then points to it.' }),
    mergedRevision: t.int({ required: true, description: 'The merged claim’s revision, as read.' }),
    message: t.string(messageField),
  }),
});

const ClaimActorChangeInput = builder.inputType('ClaimActorChangeInput', {
  description: 'An actor’s part in a claim, to add or remove.',
  fields: (t) => ({
    claimId: t.id({ required: true, description: 'The claim’s global ID.' }),
    actorId: t.id({ required: true, description: 'The actor’s global ID.' }),
    role: t.field({ type: ClaimActorRole, required: true, description: 'The part.' }),
    message: t.string(messageField),
  }),
});

const RelateClaimsInput = builder.inputType('RelateClaimsInput', {
  description: 'A link between two claims: `from` bears on `to` as `type` says.',
  fields: (t) => ({
    fromClaimId: t.id({ required: true, description: 'The claim that bears on the other.' }),
    toClaimId: t.id({ required: true, description: 'The claim borne on.' }),
    type: t.field({ type: RelationType, required: true, description: 'How.' }),
    note: t.string({ required: false, description: 'Why.' }),
    message: t.string(messageField),
  }),
});

const UnrelateClaimsInput = builder.inputType('UnrelateClaimsInput', {
  description: 'Removes a link between two claims.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The relation’s global ID.' }),
    message: t.string(messageField),
  }),
});

function claimPatch(input: typeof UpdateClaimInput.$inferInput | typeof CreateClaimInput.$inferInput) {
  return {
    ...(input.text != null ? { text: input.text } : {}),
    ...(input.type != null ? { type: input.type } : {}),
    ...(input.timeText !== undefined ? { timeText: input.timeText } : {}),
    ...(input.timeStart !== undefined ? { timeStart: input.timeStart } : {}),
    ...(input.timeEnd !== undefined ? { timeEnd: input.timeEnd } : {}),
    ...(input.locationId !== undefined
      ? { locationId: optionalInputId(input.locationId, ['input', 'locationId'], 'Actor') }
      : {}),
    ...(input.quantity !== undefined ? { quantity: input.quantity } : {}),
  };
}

const claimId = (value: string | number, path = ['input', 'id']) => inputId(value, path, 'Claim');

builder.mutationFields((t) => ({
  createClaim: t.field({
    type: Claim,
    description: 'Records a new claim. Its `likelyDuplicates` answer which existing claims it may repeat.',
    args: { input: t.arg({ type: CreateClaimInput, required: true, description: 'The claim.' }) },
    errors: resultOf('createClaim', 'claim', 'the new claim'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        createClaim(w, {
          ...claimPatch(input),
          text: input.text,
          type: input.type,
          ...(input.language != null ? { language: input.language } : {}),
          actors: (input.actors ?? []).map((a, i) => ({
            actorId: inputId(a.actorId, ['input', 'actors', String(i), 'actorId'], 'Actor'),
            role: a.role,
          })),
        }),
      ),
  }),
  updateClaim: t.field({
    type: Claim,
    description: 'Changes a claim, if it is still at the revision the change was made against.',
    args: { input: t.arg({ type: UpdateClaimInput, required: true, description: 'The changes.' }) },
    errors: resultOf('updateClaim', 'claim', 'the claim as changed'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        updateClaim(w, claimId(input.id), input.revision, claimPatch(input)),
      ),
  }),
  archiveClaim: t.field({
    type: Claim,
    description: 'Archives a claim.',
    args: { input: t.arg({ type: ArchiveInput, required: true, description: 'Which claim.' }) },
    errors: resultOf('archiveClaim', 'claim', 'the archived claim'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) => archiveClaim(w, claimId(input.id), input.revision)),
  }),
  mergeClaims: t.field({
    type: Claim,
    description: 'Merges one claim into another: appearances, relations and actor roles move to the survivor.',
    args: { input: t.arg({ type: MergeClaimsInput, required: true, description: 'The two claims.' }) },
    errors: resultOf('mergeClaims', 'claim', 'the surviving claim'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        mergeClaims(w, {
          survivorId: claimId(input.survivorId, ['input', 'survivorId']),
          survivorRevision: input.survivorRevision,
          mergedId: claimId(input.mergedId, ['input', 'mergedId']),
          mergedRevision: input.mergedRevision,
        }),
      ),
  }),
  addClaimActor: t.field({
    type: Claim,
    description: 'Gives an actor a part in a claim.',
    args: { input: t.arg({ type: ClaimActorChangeInput, required: true, description: 'The actor and part.' }) },
    errors: resultOf('addClaimActor', 'claim', 'the claim'),
    resolve: async (_root, { input }, context) => {
      const ids = {
        claimId: claimId(input.claimId, ['input', 'claimId']),
        actorId: inputId(input.actorId, ['input', 'actorId'], 'Actor'),
      };
      await runWrite(writeOptions(context, input.message), (w) => addClaimActor(w, { ...ids, role: input.role }));
      return db().claim.findUniqueOrThrow({ where: { id: ids.claimId } });
    },
  }),
  removeClaimActor: t.field({
    type: Claim,
    description: 'Takes an actor’s part in a claim away.',
    args: { input: t.arg({ type: ClaimActorChangeInput, required: true, description: 'The actor and part.' }) },
    errors: resultOf('removeClaimActor', 'claim', 'the claim'),
    resolve: async (_root, { input }, context) => {
      const ids = {
        claimId: claimId(input.claimId, ['input', 'claimId']),
        actorId: inputId(input.actorId, ['input', 'actorId'], 'Actor'),
      };
      await runWrite(writeOptions(context, input.message), (w) => removeClaimActor(w, { ...ids, role: input.role }));
      return db().claim.findUniqueOrThrow({ where: { id: ids.claimId } });
    },
  }),
  relateClaims: t.field({
    type: ClaimRelation,
    description: 'Links two claims.',
    args: { input: t.arg({ type: RelateClaimsInput, required: true, description: 'The link.' }) },
    errors: resultOf('relateClaims', 'relation', 'the new relation'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        relateClaims(w, {
          fromClaimId: claimId(input.fromClaimId, ['input', 'fromClaimId']),
          toClaimId: claimId(input.toClaimId, ['input', 'toClaimId']),
          type: input.type,
          note: input.note,
        }),
      ),
  }),
  unrelateClaims: t.field({
    type: Claim,
    description: 'Removes a link between two claims.',
    args: { input: t.arg({ type: UnrelateClaimsInput, required: true, description: 'Which link.' }) },
    errors: resultOf('unrelateClaims', 'claim', 'the claim the link went from'),
    resolve: async (_root, { input }, context) => {
      const relation = await runWrite(writeOptions(context, input.message), (w) =>
        unrelateClaims(w, inputId(input.id, ['input', 'id'], 'ClaimRelation')),
      );
      return db().claim.findUniqueOrThrow({ where: { id: relation.fromClaimId } });
    },
  }),
}));

import { findByIdCompiled, findManyCompiled } from '../db/compiled-reads.js';
import { db } from '../db/database.js';
import { archiveActor, createActor, mergeActors, updateActor } from '../domain/actors.js';
import { runWrite } from '../domain/write.js';
import { rootCounts } from '../plugins/count-cache.js';
import { AttributionHopConnection, HopRole } from './appearance.js';
import { builder, type SchemaTypes } from './builder.js';
import { ClaimActorConnection, ClaimActorRole } from './claim.js';
import { OrderDirection } from './connections.js';
import { decodeIdOf } from './global-id.js';
import { keysetPage } from './keyset-connection.js';
import { inputId, messageField, optionalInputId, resultOf, writeOptions } from './mutation-support.js';

export const ActorKind = builder.enumType('ActorKind', {
  description: 'What kind of actor this is.',
  values: {
    STATE: { description: 'A sovereign state.' },
    GOVERNMENT_BODY: { description: 'A ministry, agency or other body of a government.' },
    MILITARY_UNIT: { description: 'An armed force or one of its units.' },
    PERSON: { description: 'A named person.' },
    NON_STATE_ARMED_GROUP: { description: 'An armed group that is not a state’s.' },
    ETHNIC_OR_RELIGIOUS_GROUP: { description: 'A people or a faith community.' },
    INTERGOVERNMENTAL_ORG: { description: 'An organisation of states, e.g. the UN Security Council.' },
    MEDIA_ORG: { description: 'A media organisation as an actor in events (not as a source).' },
    PLACE: { description: 'A place that claims happen in or are about.' },
    ORGANIZATION: { description: 'An organisation none of the kinds above fits (a company, an NGO, a campaign).' },
    UNCLASSIFIED: {
      description: 'Imported from a source that does not say what kind of actor it is; an analyst should classify it.',
    },
  } as const,
});

export const Actor = builder.prismaNode('Actor', {
  id: { field: 'id' },
  // Select mode: a read loads the columns its fields need; a mutation's row answers with the
  // columns it was written with (loaded-columns.ts).
  select: { id: true },
  nullable: true,
  description: 'A state, body, unit, person, group or place that claims are made by or about.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The canonical name.' }),
    kind: t.expose('kind', { type: ActorKind, description: 'What kind of actor this is.' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names and spellings as texts use them, e.g. "Uighers" for Uyghurs.',
    }),
    country: t.exposeString('country', { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' }),
    wikidataId: t.exposeString('wikidataId', { nullable: true, description: 'The Wikidata item, e.g. Q148.' }),
    description: t.exposeString('description', { nullable: true, description: 'A note on the actor.' }),
    parent: t.relation('parent', {
      nullable: true,
      description: 'What this actor is part of: a unit’s ministry, a ministry’s state.',
    }),
    children: t.relation('children', {
      description: 'Actors that are part of this one.',
      query: { orderBy: { id: 'asc' } },
    }),
    claims: t.relatedConnection(
      'claimRoles',
      {
        cursor: 'id',
        totalCount: true,
        description: 'The claims this actor takes part in, each with its role.',
        args: { role: t.arg({ type: ClaimActorRole, required: false, description: 'Only this role.' }) },
        query: (args) => ({ where: args.role ? { role: args.role } : {}, orderBy: { id: 'asc' } }),
      },
      ClaimActorConnection,
    ),
    attributions: t.relatedConnection(
      'attributionHops',
      {
        cursor: 'id',
        totalCount: true,
        description: 'The attribution hops where this actor said or passed on a claim.',
        args: { role: t.arg({ type: HopRole, required: false, description: 'Only hops in this role.' }) },
        query: (args) => ({ where: args.role ? { role: args.role } : {}, orderBy: { id: 'asc' } }),
      },
      AttributionHopConnection,
    ),
    mergedInto: t.relation('mergedInto', {
      nullable: true,
      description: 'The actor this one was merged into; set when this one lives on only as a pointer.',
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

export const ActorConnection = builder.connectionObject(
  {
    type: Actor,
    name: 'ActorConnection',
    description: 'A page of actors.',
  },
  { description: 'One item of a ActorConnection page, with its cursor.' },
);

const ActorFilter = builder.inputType('ActorFilter', {
  description: 'Narrows a list of actors; all given conditions must hold.',
  fields: (t) => ({
    kinds: t.field({ type: [ActorKind], required: false, description: 'Any of these kinds.' }),
    country: t.string({ required: false, description: 'ISO 3166-1 alpha-2 country code.' }),
    name: t.string({
      required: false,
      description: 'The name or an alias contains this text (name: case-insensitive; aliases: exact spelling).',
    }),
    parent: t.id({ required: false, description: 'Only the direct parts of this actor.' }),
  }),
});

const ActorOrderField = builder.enumType('ActorOrderField', {
  description: 'What to order actors by.',
  values: { NAME: { description: 'The name.' }, CREATED_AT: { description: 'When it was recorded.' } } as const,
});

const ActorOrder = builder.inputType('ActorOrder', {
  description: 'An ordering of actors.',
  fields: (t) => ({
    field: t.field({ type: ActorOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Which way.' }),
  }),
});

function actorWhere(filter: typeof ActorFilter.$inferInput | null | undefined) {
  return {
    archivedAt: null,
    ...(filter?.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    ...(filter?.country ? { country: filter.country } : {}),
    ...(filter?.parent ? { parentId: decodeIdOf(String(filter.parent), 'Actor') } : {}),
    ...(filter?.name
      ? { OR: [{ name: { contains: filter.name, mode: 'insensitive' as const } }, { aliases: { has: filter.name } }] }
      : {}),
  };
}

builder.queryFields((t) => ({
  actor: t.prismaField({
    type: Actor,
    nullable: true,
    description: 'An actor by its ID; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The actor’s global ID.' }) },
    resolve: (query, _root, args) => {
      const id = decodeIdOf(String(args.id), 'Actor');
      return findByIdCompiled('Actor', query, id, () => db().actor.findUnique({ ...query, where: { id } }));
    },
  }),
  actors: t.connection(
    {
      type: Actor,
      description: 'Actors, filtered and ordered.',
      args: {
        filter: t.arg({ type: ActorFilter, required: false, description: 'Which actors.' }),
        orderBy: t.arg({ type: ActorOrder, required: false, description: 'The order; by name when omitted.' }),
      },
      resolve: (_root, args, context, info) => {
        const direction = args.orderBy?.direction === 'DESC' ? 'desc' : 'asc';
        const where = actorWhere(args.filter);
        return keysetPage({
          args,
          context,
          info,
          model: 'Actor',
          order: [
            { field: args.orderBy?.field === 'CREATED_AT' ? 'createdAt' : 'name', direction },
            { field: 'id', direction },
          ],
          where,
          find: (query) =>
            findManyCompiled('Actor', query, () => db().actor.findMany({ ...query, relationLoadStrategy: 'join' })),
          count: () =>
            rootCounts.count(context.generations?.data, `Actor:${JSON.stringify(where)}`, () =>
              db().actor.count({ where }),
            ),
        });
      },
    },
    ActorConnection,
  ),
}));

// ---------------------------------------------------------------------------------------------
// Writes

const actorFields = (
  t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, 'InputObject'>,
) => ({
  aliases: t.stringList({ required: false, description: 'Other names and spellings as texts use them.' }),
  country: t.string({ required: false, description: 'ISO 3166-1 alpha-2 country code.' }),
  wikidataId: t.string({ required: false, description: 'The Wikidata item, e.g. Q148.' }),
  description: t.string({ required: false, description: 'A note on the actor.' }),
  parentId: t.id({ required: false, description: 'What this actor is part of.' }),
  message: t.string(messageField),
});

const CreateActorInput = builder.inputType('CreateActorInput', {
  description: 'A new actor.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The canonical name.' }),
    kind: t.field({ type: ActorKind, required: true, description: 'What kind of actor.' }),
    ...actorFields(t),
  }),
});

const UpdateActorInput = builder.inputType('UpdateActorInput', {
  description: 'Changes to an actor: omitted fields stay as they are; null clears a field.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The actor’s global ID.' }),
    revision: t.int({ required: true, description: 'The revision the change was made against.' }),
    name: t.string({ required: false, description: 'The canonical name.' }),
    kind: t.field({ type: ActorKind, required: false, description: 'What kind of actor.' }),
    ...actorFields(t),
  }),
});

const ArchiveActorInput = builder.inputType('ArchiveActorInput', {
  description: 'Archives an actor: it leaves lists and search but keeps its history.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The actor’s global ID.' }),
    revision: t.int({ required: true, description: 'The revision the change was made against.' }),
    message: t.string(messageField),
  }),
});

const MergeActorsInput = builder.inputType('MergeActorsInput', {
  description: 'Merges one actor into another that is the same entity.',
  fields: (t) => ({
    survivorId: t.id({ required: true, description: 'The actor that stays.' }),
    survivorRevision: t.int({ required: true, description: 'The survivor’s revision, as read.' }),
    mergedId: t.id({ required: true, description: 'The actor merged into the survivor; it then points to it.' }),
    mergedRevision: t.int({ required: true, description: 'The merged actor’s revision, as read.' }),
    message: t.string(messageField),
  }),
});

function actorPatch(input: Omit<typeof UpdateActorInput.$inferInput, 'id' | 'revision'>) {
  return {
    ...(input.name != null ? { name: input.name } : {}),
    ...(input.kind != null ? { kind: input.kind } : {}),
    ...(input.aliases != null ? { aliases: input.aliases } : {}),
    ...(input.country !== undefined ? { country: input.country } : {}),
    ...(input.wikidataId !== undefined ? { wikidataId: input.wikidataId } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.parentId !== undefined
      ? { parentId: optionalInputId(input.parentId, ['input', 'parentId'], 'Actor') }
      : {}),
  };
}

const actorId = (value: string | number, path = ['input', 'id']) => inputId(value, path, 'Actor');

builder.mutationFields((t) => ({
  createActor: t.field({
    type: Actor,
    description: 'Records a new actor.',
    args: { input: t.arg({ type: CreateActorInput, required: true, description: 'The actor.' }) },
    errors: resultOf('createActor', 'actor', 'the new actor'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        createActor(w, { ...actorPatch(input), name: input.name, kind: input.kind }),
      ),
  }),
  updateActor: t.field({
    type: Actor,
    description: 'Changes an actor, if it is still at the revision the change was made against.',
    args: { input: t.arg({ type: UpdateActorInput, required: true, description: 'The changes.' }) },
    errors: resultOf('updateActor', 'actor', 'the actor as changed'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        updateActor(w, actorId(input.id), input.revision, actorPatch(input)),
      ),
  }),
  archiveActor: t.field({
    type: Actor,
    description: 'Archives an actor.',
    args: { input: t.arg({ type: ArchiveActorInput, required: true, description: 'Which actor.' }) },
    errors: resultOf('archiveActor', 'actor', 'the archived actor'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) => archiveActor(w, actorId(input.id), input.revision)),
  }),
  mergeActors: t.field({
    type: Actor,
    description: 'Merges one actor into another: its name and aliases become aliases, its claim roles and hops move.',
    args: { input: t.arg({ type: MergeActorsInput, required: true, description: 'The two actors.' }) },
    errors: resultOf('mergeActors', 'actor', 'the surviving actor'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        mergeActors(w, {
          survivorId: actorId(input.survivorId, ['input', 'survivorId']),
          survivorRevision: input.survivorRevision,
          mergedId: actorId(input.mergedId, ['input', 'mergedId']),
          mergedRevision: input.mergedRevision,
        }),
      ),
  }),
}));

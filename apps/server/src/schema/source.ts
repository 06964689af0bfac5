import { findByIdCompiled, findManyCompiled } from '../db/compiled-reads.js';
import { db } from '../db/database.js';
import { archiveSource, createSource, rateSource, updateSource } from '../domain/sources.js';
import { runWrite } from '../domain/write.js';
import { rootCounts } from '../plugins/count-cache.js';
import { AttributionHopConnection, HopRole } from './appearance.js';
import { ArticleConnection } from './article.js';
import { builder, type SchemaTypes } from './builder.js';
import { OrderDirection } from './connections.js';
import { decodeIdOf } from './global-id.js';
import { keysetPage } from './keyset-connection.js';
import { inputId, messageField, optionalInputId, resultOf, writeOptions } from './mutation-support.js';

export const SourceKind = builder.enumType('SourceKind', {
  description: 'What kind of channel a source is.',
  values: {
    NEWS_OUTLET: { description: 'A newspaper, magazine or news site.' },
    WIRE: { description: 'A news agency selling copy to other outlets.' },
    STATE_MEDIA: { description: 'Media owned or controlled by a state.' },
    BROADCASTER: { description: 'A television or radio broadcaster.' },
    SOCIAL_PLATFORM: { description: 'A social media platform as a whole.' },
    SOCIAL_ACCOUNT: { description: 'One account on a social platform.' },
    UNNAMED_COLLECTIVE: { description: 'Sources a text refers to without naming them ("Arabic language media").' },
    OFFICIAL_BODY: { description: 'A government or organisation speaking for itself.' },
    DOCUMENT: { description: 'A document: a report, a filing, a leaked file.' },
    FOOTAGE: { description: 'Video or images, as a source of their own.' },
  } as const,
});

export const ReliabilityRating = builder.enumType('ReliabilityRating', {
  description: 'Admiralty-code source reliability, A (best) to F, plus G for deliberate deception.',
  values: {
    A: { description: 'Completely reliable.' },
    B: { description: 'Usually reliable.' },
    C: { description: 'Fairly reliable.' },
    D: { description: 'Not usually reliable.' },
    E: { description: 'Unreliable.' },
    F: { description: 'Reliability cannot be judged.' },
    G: { description: 'Deliberately deceptive.' },
  } as const,
});

const byLatest = [{ assessedAt: 'desc' }, { id: 'desc' }] as const;

export const SourceReliability = builder.prismaObject('SourceReliabilityRating', {
  name: 'SourceReliability',
  description: 'One dated rating in a source’s reliability history.',
  fields: (t) => ({
    rating: t.expose('rating', { type: ReliabilityRating, description: 'The Admiralty rating.' }),
    rationale: t.exposeString('rationale', { description: 'Why the source was rated so.' }),
    assessedAt: t.expose('assessedAt', { type: 'DateTime', description: 'When the rating was given.' }),
    assessedBy: t.exposeString('assessedBy', { description: 'Who gave the rating.' }),
  }),
});

export const Source = builder.prismaNode('Source', {
  id: { field: 'id' },
  // Select mode: a read loads the columns its fields need; a mutation's row answers with the
  // columns it was written with (loaded-columns.ts).
  select: { id: true },
  nullable: true,
  description: 'An outlet, platform, account, document or unnamed collective that carried words.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The source’s name.' }),
    kind: t.expose('kind', { type: SourceKind, description: 'What kind of channel this is.' }),
    url: t.exposeString('url', { nullable: true, description: 'Its home page, when it has one.' }),
    domain: t.exposeString('domain', { nullable: true, description: 'Its web domain, e.g. independent.co.uk.' }),
    country: t.exposeString('country', { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' }),
    languages: t.exposeStringList('languages', { description: 'BCP 47 language codes it publishes in.' }),
    stateAffiliated: t.exposeBoolean('stateAffiliated', { description: 'Owned or controlled by a state.' }),
    description: t.exposeString('description', { nullable: true, description: 'A note on the source.' }),
    parent: t.relation('parent', { nullable: true, description: 'The source this one belongs to.' }),
    children: t.relation('children', {
      description: 'Sources that belong to this one.',
      query: { orderBy: { id: 'asc' } },
    }),
    reliability: t.field({
      type: SourceReliability,
      nullable: true,
      description: 'The current reliability rating: the latest entry of the history.',
      // The whole (short) history rather than `take: 1`: the same selection as `reliabilityHistory`,
      // so a request asking for both reads the ratings once, in the source's one statement.
      select: (_args, _ctx, nestedSelection) => ({
        reliabilityRatings: nestedSelection({ orderBy: [...byLatest] }),
      }),
      resolve: (source) => source.reliabilityRatings[0] ?? null,
    }),
    reliabilityHistory: t.relation('reliabilityRatings', {
      description: 'Every reliability rating given to this source, latest first.',
      query: { orderBy: [...byLatest] },
    }),
    attributions: t.relatedConnection(
      'attributionHops',
      {
        cursor: 'id',
        totalCount: true,
        description: 'The attribution hops where this source carried a claim: what it reported or relayed.',
        args: { role: t.arg({ type: HopRole, required: false, description: 'Only hops in this role.' }) },
        query: (args) => ({ where: args.role ? { role: args.role } : {}, orderBy: { id: 'asc' } }),
      },
      AttributionHopConnection,
    ),
    publishedArticles: t.relatedConnection(
      'publishedArticles',
      {
        cursor: 'id',
        totalCount: true,
        description: 'Articles this source published.',
        query: { orderBy: { id: 'asc' } },
      },
      ArticleConnection,
    ),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it was last changed.' }),
    revision: t.exposeInt('revision', { description: 'Increases with every change; send it back with an update.' }),
  }),
});

export const SourceConnection = builder.connectionObject(
  {
    type: Source,
    name: 'SourceConnection',
    description: 'A page of sources.',
  },
  { description: 'One item of a SourceConnection page, with its cursor.' },
);

const SourceFilter = builder.inputType('SourceFilter', {
  description: 'Narrows a list of sources; all given conditions must hold.',
  fields: (t) => ({
    kinds: t.field({ type: [SourceKind], required: false, description: 'Any of these kinds.' }),
    stateAffiliated: t.boolean({ required: false, description: 'State-affiliated or not.' }),
    country: t.string({ required: false, description: 'ISO 3166-1 alpha-2 country code.' }),
    name: t.string({ required: false, description: 'Name or domain contains this text (case-insensitive).' }),
  }),
});

const SourceOrderField = builder.enumType('SourceOrderField', {
  description: 'What to order sources by.',
  values: {
    NAME: { description: 'The name.' },
    CREATED_AT: { description: 'When it was recorded.' },
  } as const,
});

const SourceOrder = builder.inputType('SourceOrder', {
  description: 'An ordering of sources.',
  fields: (t) => ({
    field: t.field({ type: SourceOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Which way.' }),
  }),
});

builder.queryFields((t) => ({
  source: t.prismaField({
    type: Source,
    nullable: true,
    description: 'A source by its ID; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The source’s global ID.' }) },
    resolve: (query, _root, args) => {
      const id = decodeIdOf(String(args.id), 'Source');
      return findByIdCompiled('Source', query, id, () => db().source.findUnique({ ...query, where: { id } }));
    },
  }),
  sources: t.connection(
    {
      type: Source,
      description: 'Sources, filtered and ordered.',
      args: {
        filter: t.arg({ type: SourceFilter, required: false, description: 'Which sources.' }),
        orderBy: t.arg({ type: SourceOrder, required: false, description: 'The order; by name when omitted.' }),
      },
      resolve: (_root, args, context, info) => {
        const direction = args.orderBy?.direction === 'DESC' ? 'desc' : 'asc';
        const where = sourceWhere(args.filter);
        return keysetPage({
          args,
          context,
          info,
          model: 'Source',
          order: [
            { field: args.orderBy?.field === 'CREATED_AT' ? 'createdAt' : 'name', direction },
            { field: 'id', direction },
          ],
          where,
          find: (query) =>
            findManyCompiled('Source', query, () => db().source.findMany({ ...query, relationLoadStrategy: 'join' })),
          count: () =>
            rootCounts.count(context.generations?.data, `Source:${JSON.stringify(where)}`, () =>
              db().source.count({ where }),
            ),
        });
      },
    },
    SourceConnection,
  ),
}));

function sourceWhere(filter: typeof SourceFilter.$inferInput | null | undefined) {
  return {
    archivedAt: null,
    ...(filter?.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    ...(filter?.stateAffiliated != null ? { stateAffiliated: filter.stateAffiliated } : {}),
    ...(filter?.country ? { country: filter.country } : {}),
    ...(filter?.name
      ? {
          OR: [
            { name: { contains: filter.name, mode: 'insensitive' as const } },
            { domain: { contains: filter.name, mode: 'insensitive' as const } },
          ],
        }
      : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Writes

const sourceFields = (
  t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, 'InputObject'>,
) => ({
  url: t.string({ required: false, description: 'Its home page.' }),
  domain: t.string({ required: false, description: 'Its web domain.' }),
  country: t.string({ required: false, description: 'ISO 3166-1 alpha-2 country code.' }),
  languages: t.stringList({ required: false, description: 'BCP 47 language codes.' }),
  stateAffiliated: t.boolean({ required: false, description: 'Owned or controlled by a state.' }),
  description: t.string({ required: false, description: 'A note on the source.' }),
  parentId: t.id({ required: false, description: 'The source this one belongs to.' }),
  message: t.string(messageField),
});

const CreateSourceInput = builder.inputType('CreateSourceInput', {
  description: 'A new source.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name.' }),
    kind: t.field({ type: SourceKind, required: true, description: 'What kind of channel it is.' }),
    ...sourceFields(t),
  }),
});

const UpdateSourceInput = builder.inputType('UpdateSourceInput', {
  description: 'Changes to a source: omitted fields stay as they are; null clears a field.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The source’s global ID.' }),
    revision: t.int({ required: true, description: 'The revision the change was made against.' }),
    name: t.string({ required: false, description: 'Its name.' }),
    kind: t.field({ type: SourceKind, required: false, description: 'What kind of channel it is.' }),
    ...sourceFields(t),
  }),
});

const ArchiveSourceInput = builder.inputType('ArchiveSourceInput', {
  description: 'Archives a source: it leaves lists and search but keeps its history.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The source’s global ID.' }),
    revision: t.int({ required: true, description: 'The revision the change was made against.' }),
    message: t.string(messageField),
  }),
});

const RateSourceInput = builder.inputType('RateSourceInput', {
  description: 'A new dated entry in a source’s reliability history.',
  fields: (t) => ({
    sourceId: t.id({ required: true, description: 'The source’s global ID.' }),
    rating: t.field({ type: ReliabilityRating, required: true, description: 'The Admiralty rating.' }),
    rationale: t.string({ required: true, description: 'Why.' }),
    assessedAt: t.field({ type: 'DateTime', required: false, description: 'When it was judged; now when omitted.' }),
    message: t.string(messageField),
  }),
});

function sourcePatch(input: Omit<typeof UpdateSourceInput.$inferInput, 'id' | 'revision'>) {
  return {
    ...(input.name != null ? { name: input.name } : {}),
    ...(input.kind != null ? { kind: input.kind } : {}),
    ...(input.url !== undefined ? { url: input.url } : {}),
    ...(input.domain !== undefined ? { domain: input.domain } : {}),
    ...(input.country !== undefined ? { country: input.country } : {}),
    ...(input.languages != null ? { languages: input.languages } : {}),
    ...(input.stateAffiliated != null ? { stateAffiliated: input.stateAffiliated } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.parentId !== undefined
      ? { parentId: optionalInputId(input.parentId, ['input', 'parentId'], 'Source') }
      : {}),
  };
}

const sourceId = (value: string | number, path = ['input', 'id']) => inputId(value, path, 'Source');

builder.mutationFields((t) => ({
  createSource: t.field({
    type: Source,
    description: 'Records a new source.',
    args: { input: t.arg({ type: CreateSourceInput, required: true, description: 'The source.' }) },
    errors: resultOf('createSource', 'source', 'the new source'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        createSource(w, { ...sourcePatch(input), name: input.name, kind: input.kind }),
      ),
  }),
  updateSource: t.field({
    type: Source,
    description: 'Changes a source, if it is still at the revision the change was made against.',
    args: { input: t.arg({ type: UpdateSourceInput, required: true, description: 'The changes.' }) },
    errors: resultOf('updateSource', 'source', 'the source as changed'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        updateSource(w, sourceId(input.id), input.revision, sourcePatch(input)),
      ),
  }),
  archiveSource: t.field({
    type: Source,
    description: 'Archives a source.',
    args: { input: t.arg({ type: ArchiveSourceInput, required: true, description: 'Which source.' }) },
    errors: resultOf('archiveSource', 'source', 'the archived source'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) => archiveSource(w, sourceId(input.id), input.revision)),
  }),
  rateSource: t.field({
    type: Source,
    description: 'Adds a dated reliability rating to a source; earlier ratings stay in its history.',
    args: { input: t.arg({ type: RateSourceInput, required: true, description: 'The rating.' }) },
    errors: resultOf('rateSource', 'source', 'the source with its new current rating'),
    resolve: async (_root, { input }, context) => {
      const id = sourceId(input.sourceId, ['input', 'sourceId']);
      const options = writeOptions(context, input.message);
      await runWrite(options, (w) =>
        rateSource(w, {
          sourceId: id,
          rating: input.rating,
          rationale: input.rationale,
          assessedBy: options.author.owner,
          assessedAt: input.assessedAt ?? undefined,
        }),
      );
      return db().source.findUniqueOrThrow({ where: { id } });
    },
  }),
}));

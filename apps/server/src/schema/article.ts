import { findByIdCompiled, findManyCompiled } from '../db/compiled-reads.js';
import { db } from '../db/database.js';
import type { ReanchorResult } from '../domain/appearances.js';
import { ingestArticle, updateArticle } from '../domain/articles.js';
import { suggestForVersion } from '../domain/suggestions/store.js';
import { runWrite } from '../domain/write.js';
import { rootCounts } from '../plugins/count-cache.js';
import { ClaimAppearanceConnection, StatedCertainty } from './appearance.js';
import { builder, type SchemaTypes } from './builder.js';
import { DateTimeRange, dateRangeWhere, OrderDirection } from './connections.js';
import { decodeIdOf } from './global-id.js';
import { keysetPage } from './keyset-connection.js';
import { inputId, messageField, optionalInputId, resultOf, writeOptions } from './mutation-support.js';

export const BlockKind = builder.enumType('BlockKind', {
  description: 'The structural role of a block of an article’s text.',
  values: {
    HEADLINE: { description: 'The headline, when the stored text carries it.' },
    LEDE: { description: 'The opening paragraph.' },
    BODY: { description: 'A paragraph of the body.' },
    CAPTION_OR_EMBED: { description: 'A caption, or the text of an embedded video, tweet or image.' },
    BYLINE: { description: 'The byline or credit line.' },
    BOILERPLATE: { description: 'Site furniture: comment forms, share prompts.' },
  } as const,
});

export const TextBlock = builder.prismaObject('TextBlock', {
  description: 'A block of a version’s text, as a [start, end) span.',
  fields: (t) => ({
    kind: t.expose('kind', { type: BlockKind, description: 'The block’s role.' }),
    start: t.exposeInt('start', { description: 'Start offset in the version’s text (UTF-16 code units).' }),
    end: t.exposeInt('end', { description: 'End offset, exclusive.' }),
    text: t.string({
      description: 'The block’s words.',
      select: { version: { select: { text: true } } },
      resolve: (block) => block.version.text.slice(block.start, block.end),
    }),
  }),
});

export const ArticleVersion = builder.prismaNode('ArticleVersion', {
  id: { field: 'id' },
  // Select mode: a version's columns are read only when a requested field needs them. Its `text` is
  // the whole article, and a list of appearances or articles rarely asks for it.
  select: { id: true },
  nullable: true,
  description: 'One stored, hashed text of an article. Anchors point into exactly this text.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: '1 for the first text stored, then 2, 3…' }),
    text: t.exposeString('text', { description: 'The raw text, verbatim.' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the UTF-8 text, in hex.' }),
    retrievedAt: t.expose('retrievedAt', { type: 'DateTime', description: 'When this text was retrieved.' }),
    article: t.relation('article', { description: 'The article this is a version of.' }),
    blocks: t.relation('blocks', {
      description: 'The text’s blocks, in order.',
      query: { orderBy: { ordinal: 'asc' } },
    }),
    appearances: t.relatedConnection(
      'appearances',
      {
        // A cursor carrying the ordering column, so later pages are a keyset condition (keyset.ts).
        cursor: 'versionId_start_id',
        totalCount: true,
        description: 'The claims this text states, in reading order.',
        args: {
          statedCertainty: t.arg({
            type: [StatedCertainty],
            required: false,
            description: 'Only appearances with one of these certainties.',
          }),
        },
        query: (args) => ({
          where: args.statedCertainty?.length ? { statedCertainty: { in: args.statedCertainty } } : {},
          orderBy: [{ start: 'asc' }, { id: 'asc' }],
        }),
      },
      ClaimAppearanceConnection,
    ),
  }),
});

export const ArticleVersionConnection = builder.connectionObject(
  {
    type: ArticleVersion,
    name: 'ArticleVersionConnection',
    description: 'A page of article versions.',
  },
  { description: 'One item of a ArticleVersionConnection page, with its cursor.' },
);

const latestVersion = { take: 1, orderBy: { number: 'desc' } } as const;

export const Article = builder.prismaNode('Article', {
  id: { field: 'id' },
  // Select mode: a read loads the columns its fields need; a mutation's row answers with the
  // columns it was written with (loaded-columns.ts).
  select: { id: true },
  nullable: true,
  description: 'A news article, with every version of its text that was stored.',
  fields: (t) => ({
    headline: t.exposeString('headline', { description: 'The headline.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where it was published.' }),
    byline: t.exposeString('byline', { nullable: true, description: 'The author(s), as credited.' }),
    language: t.exposeString('language', { description: 'BCP 47 language code.' }),
    publishedAt: t.expose('publishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was published; null when the source does not say.',
    }),
    publisher: t.relation('publisher', {
      nullable: true,
      description: 'Who published this copy; null when unknown.',
    }),
    originalPublisher: t.relation('originalPublisher', {
      nullable: true,
      description: 'Who first published it, when this copy is syndicated or republished.',
    }),
    currentVersion: t.field({
      type: ArticleVersion,
      description: 'The latest stored text.',
      select: (_args, _ctx, nestedSelection) => ({ versions: nestedSelection({ ...latestVersion }) }),
      resolve: (article) => {
        const [version] = article.versions;
        if (!version) throw new Error(`Article ${article.id} has no stored text.`);
        return version;
      },
    }),
    versions: t.relatedConnection(
      'versions',
      {
        cursor: 'articleId_number',
        totalCount: true,
        description: 'Every stored text, latest first.',
        query: { orderBy: { number: 'desc' } },
      },
      ArticleVersionConnection,
    ),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it was last changed.' }),
    revision: t.exposeInt('revision', { description: 'Increases with every change; send it back with an update.' }),
  }),
});

export const ArticleConnection = builder.connectionObject(
  {
    type: Article,
    name: 'ArticleConnection',
    description: 'A page of articles.',
  },
  { description: 'One item of a ArticleConnection page, with its cursor.' },
);

const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Narrows a list of articles; all given conditions must hold.',
  fields: (t) => ({
    publisher: t.id({ required: false, description: 'Published or first published by this source.' }),
    language: t.string({ required: false, description: 'BCP 47 language code.' }),
    headline: t.string({ required: false, description: 'The headline contains this text (case-insensitive).' }),
    publishedAt: t.field({ type: DateTimeRange, required: false, description: 'Published in this interval.' }),
    createdAt: t.field({ type: DateTimeRange, required: false, description: 'Recorded in this interval.' }),
  }),
});

const ArticleOrderField = builder.enumType('ArticleOrderField', {
  description: 'What to order articles by.',
  values: {
    CREATED_AT: { description: 'When it was recorded.' },
    PUBLISHED_AT: { description: 'When it was published (unknown dates last).' },
    HEADLINE: { description: 'The headline.' },
  } as const,
});

const ArticleOrder = builder.inputType('ArticleOrder', {
  description: 'An ordering of articles.',
  fields: (t) => ({
    field: t.field({ type: ArticleOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC', description: 'Which way.' }),
  }),
});

function articleWhere(filter: typeof ArticleFilter.$inferInput | null | undefined) {
  const publisherId = filter?.publisher ? decodeIdOf(String(filter.publisher), 'Source') : undefined;
  return {
    archivedAt: null,
    ...(publisherId ? { OR: [{ publisherId }, { originalPublisherId: publisherId }] } : {}),
    ...(filter?.language ? { language: filter.language } : {}),
    ...(filter?.headline ? { headline: { contains: filter.headline, mode: 'insensitive' as const } } : {}),
    ...(filter?.publishedAt ? { publishedAt: dateRangeWhere(filter.publishedAt) } : {}),
    ...(filter?.createdAt ? { createdAt: dateRangeWhere(filter.createdAt) } : {}),
  };
}

const ORDER_FIELDS = { CREATED_AT: 'createdAt', PUBLISHED_AT: 'publishedAt', HEADLINE: 'headline' } as const;

builder.queryFields((t) => ({
  article: t.prismaField({
    type: Article,
    nullable: true,
    description: 'An article by its ID; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The article’s global ID.' }) },
    resolve: (query, _root, args) => {
      const id = decodeIdOf(String(args.id), 'Article');
      return findByIdCompiled('Article', query, id, () => db().article.findUnique({ ...query, where: { id } }));
    },
  }),
  articles: t.connection(
    {
      type: Article,
      description: 'Articles, filtered and ordered.',
      args: {
        filter: t.arg({ type: ArticleFilter, required: false, description: 'Which articles.' }),
        orderBy: t.arg({
          type: ArticleOrder,
          required: false,
          description: 'The order; when they were recorded, when omitted.',
        }),
      },
      resolve: (_root, args, context, info) => {
        const direction = args.orderBy?.direction === 'DESC' ? 'desc' : 'asc';
        const where = articleWhere(args.filter);
        return keysetPage({
          args,
          context,
          info,
          model: 'Article',
          order: [
            { field: ORDER_FIELDS[args.orderBy?.field ?? 'CREATED_AT'], direction },
            { field: 'id', direction },
          ],
          where,
          find: (query) =>
            findManyCompiled('Article', query, () => db().article.findMany({ ...query, relationLoadStrategy: 'join' })),
          count: () =>
            rootCounts.count(context.generations?.data, `Article:${JSON.stringify(where)}`, () =>
              db().article.count({ where }),
            ),
        });
      },
    },
    ArticleConnection,
  ),
}));

// ---------------------------------------------------------------------------------------------
// Writes

const articleFields = (
  t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, 'InputObject'>,
) => ({
  url: t.string({ required: false, description: 'Where it was published.' }),
  byline: t.string({ required: false, description: 'The author(s), as credited.' }),
  language: t.string({ required: false, description: 'BCP 47 language code; en when omitted.' }),
  publishedAt: t.field({ type: 'DateTime', required: false, description: 'When it was published, if known.' }),
  publisherId: t.id({ required: false, description: 'The source that published this copy.' }),
  originalPublisherId: t.id({ required: false, description: 'The source that first published it.' }),
  message: t.string(messageField),
});

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description:
    'An article’s text. A text new to the article becomes its next version and its appearances are re-anchored; the same text again changes nothing.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The raw text, verbatim.' }),
    articleId: t.id({ required: false, description: 'Add the text as a new version of this article.' }),
    headline: t.string({ required: false, description: 'The headline; required for a new article.' }),
    retrievedAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'When the text was retrieved; now when omitted.',
    }),
    suggest: t.boolean({
      required: false,
      description:
        'Also propose the new version’s claims, as suggestAppearances does, in the same write; read them from `version.suggestions`.',
    }),
    ...articleFields(t),
  }),
});

const UpdateArticleInput = builder.inputType('UpdateArticleInput', {
  description: 'Changes to an article’s details (its text changes by ingesting a new version).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The article’s global ID.' }),
    revision: t.int({ required: true, description: 'The revision the change was made against.' }),
    headline: t.string({ required: false, description: 'The headline.' }),
    ...articleFields(t),
  }),
});

const ReanchorStatus = builder.enumType('ReanchorStatus', {
  description: 'What became of an appearance when its article got a new version.',
  values: {
    REANCHORED: { description: 'Its words were found in the new text; a new appearance anchors them there.' },
    ORPHANED: {
      description: 'Its words are not in the new text (or are there more than once); it is marked orphaned.',
    },
  } as const,
});

interface IngestPayload {
  article: { id: number };
  version: { id: number };
  created: boolean;
  reanchored: ReanchorResult[];
}

const IngestArticlePayload = builder.objectRef<IngestPayload>('IngestedArticle').implement({
  description: 'What ingesting a text did.',
  fields: (t) => ({
    article: t.prismaField({
      type: 'Article',
      description: 'The article.',
      resolve: (query, payload) => db().article.findUniqueOrThrow({ ...query, where: { id: payload.article.id } }),
    }),
    version: t.prismaField({
      type: 'ArticleVersion',
      description: 'The version that holds the text.',
      resolve: (query, payload) =>
        db().articleVersion.findUniqueOrThrow({ ...query, where: { id: payload.version.id } }),
    }),
    created: t.exposeBoolean('created', { description: 'False when the article already had this exact text.' }),
    reanchored: t.field({
      type: [ReanchorReportItem],
      description: 'Each appearance of the previous version: re-anchored in the new text, or orphaned.',
      resolve: (payload) => payload.reanchored,
    }),
  }),
});

const ReanchorReportItem = builder.objectRef<ReanchorResult>('ReanchoredAppearance').implement({
  description: 'One appearance of the previous version, and what became of it in the new one.',
  fields: (t) => ({
    status: t.field({ type: ReanchorStatus, description: 'Found again, or orphaned.', resolve: (r) => r.status }),
    quote: t.string({ description: 'The words that were looked for.', resolve: (r) => r.from.exact }),
    previous: t.prismaField({
      type: 'ClaimAppearance',
      description: 'The appearance in the previous version.',
      resolve: (query, r) => db().claimAppearance.findUniqueOrThrow({ ...query, where: { id: r.from.id } }),
    }),
    appearance: t.prismaField({
      type: 'ClaimAppearance',
      nullable: true,
      description: 'The new appearance in the new version; null when orphaned.',
      resolve: (query, r) => {
        const selection = { ...query }; // read even when orphaned, or the unused-query check fires
        return r.appearanceId == null
          ? null
          : db().claimAppearance.findUnique({ ...selection, where: { id: r.appearanceId } });
      },
    }),
    reason: t.string({ nullable: true, description: 'Why it was orphaned.', resolve: (r) => r.reason }),
  }),
});

function articlePatch(input: Omit<typeof UpdateArticleInput.$inferInput, 'id' | 'revision'>) {
  return {
    ...(input.headline != null ? { headline: input.headline } : {}),
    ...(input.url !== undefined ? { url: input.url } : {}),
    ...(input.byline !== undefined ? { byline: input.byline } : {}),
    ...(input.language != null ? { language: input.language } : {}),
    ...(input.publishedAt !== undefined ? { publishedAt: input.publishedAt } : {}),
    ...(input.publisherId !== undefined
      ? { publisherId: optionalInputId(input.publisherId, ['input', 'publisherId'], 'Source') }
      : {}),
    ...(input.originalPublisherId !== undefined
      ? { originalPublisherId: optionalInputId(input.originalPublisherId, ['input', 'originalPublisherId'], 'Source') }
      : {}),
  };
}

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestArticlePayload,
    description:
      'Stores an article’s text as a hashed version with detected blocks. A new text for a known article (by id or url) becomes its next version and every appearance is re-anchored or marked orphaned; the same text twice is a no-op.',
    args: { input: t.arg({ type: IngestArticleInput, required: true, description: 'The text and its details.' }) },
    errors: { ...resultOf('ingestArticle', 'ingested', 'what the ingest did'), directResult: false },
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), async (w) => {
        const ingested = await ingestArticle(w, {
          ...articlePatch(input),
          text: input.text,
          articleId: optionalInputId(input.articleId, ['input', 'articleId'], 'Article'),
          retrievedAt: input.retrievedAt ?? undefined,
        });
        if (input.suggest) await suggestForVersion(w, ingested.version.id);
        return ingested;
      }),
  }),
  updateArticle: t.field({
    type: Article,
    description: 'Changes an article’s details, if it is still at the revision the change was made against.',
    args: { input: t.arg({ type: UpdateArticleInput, required: true, description: 'The changes.' }) },
    errors: resultOf('updateArticle', 'article', 'the article as changed'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        updateArticle(w, inputId(input.id, ['input', 'id'], 'Article'), input.revision, articlePatch(input)),
      ),
  }),
}));

import { db } from '../db.js';
import { ClaimAppearanceConnection, StatedCertainty } from './appearance.js';
import { builder } from './builder.js';
import { DateTimeRange, dateRangeWhere, OrderDirection } from './connections.js';
import { decodeIdOf } from './global-id.js';

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
        cursor: 'id',
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
        cursor: 'id',
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
    resolve: (query, _root, args) =>
      db().article.findUnique({ ...query, where: { id: decodeIdOf(String(args.id), 'Article') } }),
  }),
  articles: t.prismaConnection(
    {
      type: Article,
      cursor: 'id',
      description: 'Articles, filtered and ordered.',
      args: {
        filter: t.arg({ type: ArticleFilter, required: false, description: 'Which articles.' }),
        orderBy: t.arg({
          type: ArticleOrder,
          required: false,
          description: 'The order; when they were recorded, when omitted.',
        }),
      },
      totalCount: (_connection, args) => db().article.count({ where: articleWhere(args.filter) }),
      resolve: (query, _root, args) => {
        const direction = args.orderBy?.direction === 'DESC' ? 'desc' : 'asc';
        const field = ORDER_FIELDS[args.orderBy?.field ?? 'CREATED_AT'];
        return db().article.findMany({
          ...query,
          relationLoadStrategy: 'join',
          where: articleWhere(args.filter),
          orderBy: [
            field === 'publishedAt' ? { publishedAt: { sort: direction, nulls: 'last' } } : { [field]: direction },
            { id: direction },
          ],
        });
      },
    },
    ArticleConnection,
  ),
}));

import { queryFromInfo } from '@pothos/plugin-prisma';
import { createGraphQLError } from 'graphql-yoga';
import { db } from '../db/database.js';
import { type CompiledSelection, compileSelection } from '../db/selection-sql.js';
import { parseHeadline, SEARCH_CANDIDATES, type SearchableType, type SearchRow, searchRows } from '../domain/search.js';
import { Actor } from './actor.js';
import { Article } from './article.js';
import { builder } from './builder.js';
import { Claim } from './claim.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging.js';
import { Source } from './source.js';

const SearchableTypeEnum = builder.enumType('SearchableType', {
  description: 'The kinds of object `search` can find.',
  values: {
    ARTICLE: { value: 'Article', description: 'Articles, by headline and text.' },
    CLAIM: { value: 'Claim', description: 'Claims, by their words.' },
    ACTOR: { value: 'Actor', description: 'Actors, by name and aliases.' },
    SOURCE: { value: 'Source', description: 'Sources, by name and domain.' },
  } as const,
});

/** The kind of each loaded hit, for the union's type resolution. */
const kindOf = new WeakMap<object, SearchableType>();

const SearchResult = builder.unionType('SearchResult', {
  description: 'Anything `search` can find.',
  types: [Article, Claim, Actor, Source],
  resolveType: (node) => kindOf.get(node) ?? null,
});

const HighlightPart = builder.objectRef<{ text: string; match: boolean }>('HighlightPart').implement({
  description: 'A run of a highlighted fragment.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words.' }),
    match: t.exposeBoolean('match', { description: 'True when these words matched the query.' }),
  }),
});

const Highlight = builder.objectRef<{ parts: { text: string; match: boolean }[] }>('Highlight').implement({
  description: 'A fragment of the matched text, split into matching and surrounding runs (render it without HTML).',
  fields: (t) => ({
    text: t.string({ description: 'The whole fragment.', resolve: ({ parts }) => parts.map((p) => p.text).join('') }),
    parts: t.field({ type: [HighlightPart], description: 'The runs, in order.', resolve: ({ parts }) => parts }),
  }),
});

interface Hit {
  node: object;
  rank: number;
  highlights: { parts: { text: string; match: boolean }[] }[];
}

const SearchHit = builder.objectRef<Hit>('SearchHit').implement({
  description: 'One search result, with its rank and the fragments that matched.',
  fields: (t) => ({
    node: t.field({ type: SearchResult, description: 'What was found.', resolve: (hit) => hit.node as never }),
    rank: t.exposeFloat('rank', { description: 'Relevance: higher is better; comparable within one search.' }),
    highlights: t.field({
      type: [Highlight],
      description: 'Fragments of the matched text with the matching words marked.',
      resolve: (hit) => hit.highlights,
    }),
  }),
});

const ALL_TYPES: SearchableType[] = ['Article', 'Claim', 'Actor', 'Source'];

function hitOf(row: SearchRow, node: object): Hit {
  kindOf.set(node, row.type);
  return { node, rank: row.rank, highlights: parseHeadline(row.headline).map((parts) => ({ parts })) };
}

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHit],
    description: `Full-text search across articles, claims, actors and sources, best matches first. Accepts web-search syntax: words, "quoted phrases", -exclusions and or. At most ${SEARCH_CANDIDATES} matches of each kind are ranked: a query that matches more gets good matches, not necessarily the best; a phrase, more words or \`types\` narrow it.`,
    args: {
      query: t.arg.string({ required: true, description: 'What to look for.' }),
      types: t.arg({ type: [SearchableTypeEnum], required: false, description: 'Only these kinds; all when omitted.' }),
      first: t.arg.int({
        required: false,
        defaultValue: DEFAULT_PAGE_SIZE,
        description: `How many hits, at most ${MAX_PAGE_SIZE}.`,
      }),
    },
    resolve: async (_root, args, context, info) => {
      const query = args.query.trim();
      if (!query) {
        throw createGraphQLError('The search query is empty.', {
          extensions: { code: 'BAD_USER_INPUT', argument: 'query' },
        });
      }
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      if (first < 1 || first > MAX_PAGE_SIZE) {
        throw createGraphQLError(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}; got ${first}.`, {
          extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
        });
      }
      const types = args.types?.length ? args.types : ALL_TYPES;
      const selectionOf = (type: SearchableType) => queryFromInfo({ context, info, path: ['node'], typeName: type });
      // Each kind's selection compiled into the search statement itself: one statement in all.
      const compiled = types.map((type) => [type, compileSelection(type, selectionOf(type), 'n')] as const);
      if (compiled.every(([, selection]) => selection)) {
        const selections = new Map(compiled as [SearchableType, CompiledSelection][]);
        const nodes = Object.fromEntries(compiled.map(([type, selection]) => [type, selection?.sql]));
        const rows = await searchRows(query, types, first, { nodes });
        return rows.flatMap((row) => {
          const node = selections.get(row.type)?.decode(row.node);
          return node ? [hitOf(row, node)] : [];
        });
      }
      // A selection the compiler does not cover: the ranked ids, then one Prisma query per kind found.
      const rows = await searchRows(query, types, first);
      const load = async (type: SearchableType) => {
        const ids = rows.filter((row) => row.type === type).map((row) => row.id);
        if (!ids.length) return [];
        const where = { where: { id: { in: ids } }, relationLoadStrategy: 'join' as const };
        switch (type) {
          case 'Article':
            return db().article.findMany({ ...selectionOf(type), ...where });
          case 'Claim':
            return db().claim.findMany({ ...selectionOf(type), ...where });
          case 'Actor':
            return db().actor.findMany({ ...selectionOf(type), ...where });
          case 'Source':
            return db().source.findMany({ ...selectionOf(type), ...where });
        }
      };
      const loaded = await Promise.all(ALL_TYPES.map(async (type) => [type, await load(type)] as const));
      const byKey = new Map(
        loaded.flatMap(([type, nodes]) => nodes.map((node) => [`${type}:${node.id}`, node] as const)),
      );
      return rows.flatMap((row) => {
        const node = byKey.get(`${row.type}:${row.id}`);
        return node ? [hitOf(row, node)] : [];
      });
    },
  }),
);

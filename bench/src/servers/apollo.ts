/**
 * The peer most teams write: Apollo Server 5 with an SDL schema and one Prisma call per field
 * resolver (Prisma batches `findUnique` calls made in the same tick; nothing else is batched). Same
 * Prisma client, adapter and pool size as claimgraph, through the project's own `openDatabase`. It
 * serves just the fields the benchmark's shapes read, with the same names, so the same queries run.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { StatedCertainty, VerificationStatus } from '../../../apps/server/src/__generated__/prisma/enums.js';
import { openDatabase } from '../../../apps/server/src/db/database.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is required.');
const database = await openDatabase({ databaseUrl, poolSize: Number(process.env.POOL_SIZE ?? 10) });
const prisma = database.prisma;

const typeDefs = `#graphql
  enum StatedCertainty { ${Object.keys(StatedCertainty).join(' ')} }
  enum VerificationStatus { ${Object.keys(VerificationStatus).join(' ')} }
  type Query {
    claim(id: ID!): Claim
    claims(first: Int = 20, after: String, filter: ClaimFilter): ClaimConnection!
    articles(first: Int = 20, after: String): ArticleConnection!
    search(query: String!, first: Int = 20): [SearchHit!]!
  }
  type Mutation { addAssessment(input: AddAssessmentInput!): Assessment! }
  input AddAssessmentInput { claimId: ID! verificationStatus: VerificationStatus! credibility: Int rationale: String }
  input ActorRoleFilter { id: ID! }
  input ClaimFilter { statedCertainty: [StatedCertainty!] verificationStatus: [VerificationStatus!] actor: ActorRoleFilter }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Claim {
    id: ID! text: String! type: String! verificationStatus: VerificationStatus! createdAt: String!
    appearances(first: Int = 20): ClaimAppearanceConnection!
    actors: [ClaimActor!]!
  }
  type ClaimEdge { cursor: String! node: Claim! }
  type ClaimConnection { edges: [ClaimEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type TextAnchor { exact: String! start: Int! end: Int! }
  type ClaimAppearance {
    id: ID! statedCertainty: StatedCertainty! quote: String! anchor: TextAnchor! claim: Claim!
    attribution: [AttributionHop!]!
  }
  type ClaimAppearanceEdge { cursor: String! node: ClaimAppearance! }
  type ClaimAppearanceConnection { edges: [ClaimAppearanceEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type AttributionHop { position: Int! role: String! agent: AttributionAgent! }
  union AttributionAgent = Actor | Source
  type Actor { id: ID! name: String! }
  type Source { id: ID! name: String! }
  type ClaimActor { role: String! actor: Actor! }
  type Article { id: ID! headline: String! publisher: Source currentVersion: ArticleVersion! }
  type ArticleEdge { cursor: String! node: Article! }
  type ArticleConnection { edges: [ArticleEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type ArticleVersion { id: ID! appearances(first: Int = 20): ClaimAppearanceConnection! }
  type Assessment { id: ID! verificationStatus: VerificationStatus! }
  type Highlight { text: String! }
  type SearchHit { rank: Float! highlights: [Highlight!]! node: SearchResult! }
  union SearchResult = Claim | Article | Actor | Source
`;

interface Page<T extends { id: number }> {
  rows: T[];
  first: number;
  count: () => Promise<number>;
}

/** A connection from `first + 1` rows: the extra row only says whether a next page exists. */
function connection<T extends { id: number }>({ rows, first, count }: Page<T>) {
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => ({ cursor: String(node.id), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? String(page.at(-1)?.id) : null },
    totalCount: count,
  };
}

type ClaimFilter = {
  statedCertainty?: StatedCertainty[];
  verificationStatus?: VerificationStatus[];
  actor?: { id: string };
};

function claimWhere(filter: ClaimFilter | undefined) {
  return {
    archivedAt: null,
    ...(filter?.statedCertainty?.length
      ? { appearances: { some: { statedCertainty: { in: filter.statedCertainty } } } }
      : {}),
    ...(filter?.verificationStatus?.length ? { verificationStatus: { in: filter.verificationStatus } } : {}),
    ...(filter?.actor ? { actors: { some: { actorId: Number(filter.actor.id) } } } : {}),
  };
}

const kinds = new WeakMap<object, string>();

const resolvers = {
  Query: {
    claim: (_: unknown, args: { id: string }) => prisma.claim.findUnique({ where: { id: Number(args.id) } }),
    claims: async (_: unknown, args: { first: number; after?: string; filter?: ClaimFilter }) => {
      const where = claimWhere(args.filter);
      const rows = await prisma.claim.findMany({
        where,
        take: args.first + 1,
        ...(args.after ? { cursor: { id: Number(args.after) }, skip: 1 } : {}),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return connection({ rows, first: args.first, count: () => prisma.claim.count({ where }) });
    },
    articles: async (_: unknown, args: { first: number; after?: string }) => {
      const where = { archivedAt: null };
      const rows = await prisma.article.findMany({
        where,
        take: args.first + 1,
        ...(args.after ? { cursor: { id: Number(args.after) }, skip: 1 } : {}),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return connection({ rows, first: args.first, count: () => prisma.article.count({ where }) });
    },
    search: async (_: unknown, args: { query: string; first: number }) => {
      const hits = await prisma.$queryRaw<{ type: string; id: number; rank: number; headline: string }[]>`
        SELECT * FROM (
          SELECT 'Claim' AS type, id, ts_rank(search, q)::float8 AS rank, ts_headline('english', text, q) AS headline
            FROM "Claim", websearch_to_tsquery('english', ${args.query}) q WHERE search @@ q
          UNION ALL
          SELECT 'Article', a.id, ts_rank(a.search, q)::float8, ts_headline('english', a.headline, q)
            FROM "Article" a, websearch_to_tsquery('english', ${args.query}) q WHERE a.search @@ q
          UNION ALL
          SELECT 'Actor', id, ts_rank(search, q)::float8, ts_headline('simple', name, q)
            FROM "Actor", websearch_to_tsquery('simple', ${args.query}) q WHERE search @@ q
          UNION ALL
          SELECT 'Source', id, ts_rank(search, q)::float8, ts_headline('simple', name, q)
            FROM "Source", websearch_to_tsquery('simple', ${args.query}) q WHERE search @@ q
        ) hits ORDER BY rank DESC, type, id LIMIT ${args.first}`;
      return hits.map((hit) => ({ ...hit, highlights: [{ text: hit.headline }] }));
    },
  },
  Mutation: {
    addAssessment: (
      _: unknown,
      {
        input,
      }: {
        input: { claimId: string; verificationStatus: VerificationStatus; credibility?: number; rationale?: string };
      },
    ) =>
      prisma.$transaction(async (tx) => {
        const assessment = await tx.assessment.create({
          data: {
            claimId: Number(input.claimId),
            verificationStatus: input.verificationStatus,
            credibility: input.credibility ?? null,
            rationale: input.rationale ?? null,
            assessedBy: 'bench',
          },
        });
        await tx.claim.update({
          where: { id: assessment.claimId },
          data: { verificationStatus: input.verificationStatus },
        });
        return assessment;
      }),
  },
  SearchHit: {
    node: async (hit: { type: string; id: number }) => {
      const where = { where: { id: hit.id } };
      const node =
        hit.type === 'Claim'
          ? await prisma.claim.findUnique(where)
          : hit.type === 'Article'
            ? await prisma.article.findUnique(where)
            : hit.type === 'Actor'
              ? await prisma.actor.findUnique(where)
              : await prisma.source.findUnique(where);
      if (node) kinds.set(node, hit.type);
      return node;
    },
  },
  SearchResult: { __resolveType: (node: object) => kinds.get(node) },
  AttributionAgent: { __resolveType: (node: object) => ('aliases' in node ? 'Actor' : 'Source') },
  Claim: {
    createdAt: (claim: { createdAt: Date }) => claim.createdAt.toISOString(),
    appearances: async (claim: { id: number }, args: { first: number }) => {
      const where = { claimId: claim.id };
      const rows = await prisma.claimAppearance.findMany({ where, take: args.first + 1, orderBy: { id: 'asc' } });
      return connection({ rows, first: args.first, count: () => prisma.claimAppearance.count({ where }) });
    },
    actors: (claim: { id: number }) =>
      prisma.claimActor.findMany({ where: { claimId: claim.id }, orderBy: { id: 'asc' } }),
  },
  ClaimAppearance: {
    quote: (appearance: { exact: string }) => appearance.exact,
    anchor: (appearance: { exact: string; start: number; end: number }) => appearance,
    claim: (appearance: { claimId: number }) => prisma.claim.findUnique({ where: { id: appearance.claimId } }),
    attribution: (appearance: { id: number }) =>
      prisma.attributionHop.findMany({ where: { appearanceId: appearance.id }, orderBy: { position: 'asc' } }),
  },
  AttributionHop: {
    agent: (hop: { actorId: number | null; sourceId: number | null }) =>
      hop.actorId != null
        ? prisma.actor.findUnique({ where: { id: hop.actorId } })
        : prisma.source.findUnique({ where: { id: hop.sourceId ?? 0 } }),
  },
  ClaimActor: {
    actor: (role: { actorId: number }) => prisma.actor.findUnique({ where: { id: role.actorId } }),
  },
  Article: {
    publisher: (article: { publisherId: number | null }) =>
      article.publisherId == null ? null : prisma.source.findUnique({ where: { id: article.publisherId } }),
    currentVersion: (article: { id: number }) =>
      prisma.articleVersion.findFirst({ where: { articleId: article.id }, orderBy: { number: 'desc' } }),
  },
  ArticleVersion: {
    appearances: async (version: { id: number }, args: { first: number }) => {
      const where = { versionId: version.id };
      const rows = await prisma.claimAppearance.findMany({
        where,
        take: args.first + 1,
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
      });
      return connection({ rows, first: args.first, count: () => prisma.claimAppearance.count({ where }) });
    },
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 4002), host: '127.0.0.1' },
});
console.log(`apollo listening at ${url}`);
const stop = () => {
  void server
    .stop()
    .then(() => database.close())
    .then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

import type { Prisma, PrismaClient } from '../../__generated__/prisma/client.js';
import type { Tx } from '../tx.js';

/**
 * What the exports read, as Prisma includes: each export is one query (one SQL statement with
 * relation joins), whatever the number of claims, appearances or hops it covers.
 */

const latestFirst = [{ assessedAt: 'desc' }, { id: 'desc' }] as const;

export const sourceInclude = {
  reliabilityRatings: { orderBy: [...latestFirst] },
} as const satisfies Prisma.SourceInclude;

export const hopInclude = {
  actor: true,
  source: { include: sourceInclude },
} as const satisfies Prisma.AttributionHopInclude;

const appearanceParts = {
  cues: { orderBy: [{ start: 'asc' }, { id: 'asc' }] },
  attribution: { orderBy: { position: 'asc' }, include: hopInclude },
} as const satisfies Prisma.ClaimAppearanceInclude;

const articleRef = {
  select: {
    id: true,
    headline: true,
    url: true,
    language: true,
    publishedAt: true,
    publisher: { select: { name: true, url: true } },
    originalPublisher: { select: { name: true, url: true } },
  },
} as const satisfies Prisma.ArticleDefaultArgs;

/** A claim with everything the claim-level exports say of it (no article texts). */
export const claimInclude = {
  actors: { orderBy: { id: 'asc' }, include: { actor: true } },
  location: true,
  assessments: { orderBy: [...latestFirst], include: { evidence: { orderBy: { id: 'asc' } } } },
  relationsFrom: { orderBy: { id: 'asc' } },
  appearances: {
    where: { archivedAt: null },
    orderBy: [{ versionId: 'asc' }, { start: 'asc' }, { id: 'asc' }],
    include: {
      ...appearanceParts,
      version: { select: { id: true, number: true, retrievedAt: true, sha256: true, article: articleRef } },
    },
  },
} as const satisfies Prisma.ClaimInclude;

export type ClaimExport = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;
export type ActorRow = ClaimExport['actors'][number]['actor'];
export type AssessmentExport = ClaimExport['assessments'][number];
export type HopExport = ClaimExport['appearances'][number]['attribution'][number];
export type SourceExport = NonNullable<HopExport['source']>;
export type CueRow = ClaimExport['appearances'][number]['cues'][number];

/** An article with its versions' texts and every appearance in them, each with its claim. */
export const articleInclude = {
  publisher: { include: sourceInclude },
  originalPublisher: { include: sourceInclude },
  versions: {
    orderBy: { number: 'asc' },
    include: {
      blocks: { orderBy: { ordinal: 'asc' } },
      appearances: {
        where: { archivedAt: null },
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        include: { ...appearanceParts, claim: { include: claimInclude } },
      },
    },
  },
} as const satisfies Prisma.ArticleInclude;

export type ArticleExport = Prisma.ArticleGetPayload<{ include: typeof articleInclude }>;
export type VersionExport = ArticleExport['versions'][number];
export type ArticleAppearance = VersionExport['appearances'][number];

/** One appearance with its version's text, for a Web Annotation of it alone. */
export const appearanceInclude = {
  ...appearanceParts,
  claim: { select: { id: true, text: true, type: true } },
  version: { select: { id: true, number: true, text: true, retrievedAt: true, sha256: true, article: articleRef } },
} as const satisfies Prisma.ClaimAppearanceInclude;

export type AppearanceExport = Prisma.ClaimAppearanceGetPayload<{ include: typeof appearanceInclude }>;

type Reader = PrismaClient | Tx;

export function loadArticle(prisma: Reader, id: number) {
  return prisma.article.findUnique({ where: { id }, include: articleInclude, relationLoadStrategy: 'join' });
}

export function loadClaims(prisma: Reader, where: Prisma.ClaimWhereInput, page?: { after?: number; take: number }) {
  return prisma.claim.findMany({
    where: page?.after ? { AND: [where, { id: { gt: page.after } }] } : where,
    include: claimInclude,
    orderBy: { id: 'asc' },
    ...(page ? { take: page.take } : {}),
    relationLoadStrategy: 'join',
  });
}

export function loadAppearance(prisma: Reader, id: number) {
  return prisma.claimAppearance.findUnique({ where: { id }, include: appearanceInclude, relationLoadStrategy: 'join' });
}

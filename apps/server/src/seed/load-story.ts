import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '../__generated__/prisma/client.js';
import { repoRoot } from '../config/paths.js';
import { createActor } from '../domain/actors.js';
import type { TextQuote } from '../domain/anchoring.js';
import { addAppearance } from '../domain/appearances.js';
import { ingestArticle } from '../domain/articles.js';
import { addAssessment } from '../domain/assessments.js';
import { createClaim, relateClaims } from '../domain/claims.js';
import { createSource, rateSource } from '../domain/sources.js';
import { runWrite } from '../domain/write.js';
import type { StorySeed } from './story-types.js';

export const seedDir = path.join(repoRoot, 'prisma', 'seed');

const quoteOf = (quote: TextQuote | string): TextQuote => (typeof quote === 'string' ? { exact: quote } : quote);

function lookup(ids: Map<string, number>, kind: string) {
  return (key: string) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`The story names an unknown ${kind} "${key}".`);
    return id;
  };
}

/**
 * Loads a story extraction through the same domain functions the API's mutations use, in one
 * transaction: a quote that cannot be anchored fails the whole load.
 */
// Replicas that start together on an empty PostgreSQL database take turns; the first one seeds.
const SEED_LOCK = 7041903;

export async function loadStory(story: StorySeed, text: string, options: { onlyIntoEmpty?: boolean } = {}) {
  return runWrite({ author: { owner: story.analyst, apiKeyId: null }, message: 'Load the seed story' }, async (w) => {
    if (options.onlyIntoEmpty) {
      await w.tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
      if ((await w.tx.article.count()) > 0) return null;
    }
    const sourceIds = new Map<string, number>();
    for (const { key, reliability, parent, ...source } of story.sources) {
      const created = await createSource(w, {
        ...source,
        parentId: parent ? lookup(sourceIds, 'source')(parent) : null,
      });
      sourceIds.set(key, created.id);
      await rateSource(w, {
        sourceId: created.id,
        ...reliability,
        assessedBy: story.analyst,
        assessedAt: new Date(story.article.retrievedAt),
      });
    }
    const sourceId = lookup(sourceIds, 'source');

    const actorIds = new Map<string, number>();
    for (const { key, parent, ...actor } of story.actors) {
      const created = await createActor(w, {
        ...actor,
        parentId: parent ? lookup(actorIds, 'actor')(parent) : null,
      });
      actorIds.set(key, created.id);
    }
    const actorId = lookup(actorIds, 'actor');

    const { article: meta } = story;
    const bylineNames = story.sources.map((source) => source.name.replace(/^The /, ''));
    const { article, version } = await ingestArticle(w, {
      text,
      headline: meta.headline,
      url: meta.url,
      language: meta.language,
      publishedAt: meta.publishedAt ? new Date(meta.publishedAt) : null,
      retrievedAt: new Date(meta.retrievedAt),
      publisherId: meta.publisher ? sourceId(meta.publisher) : null,
      originalPublisherId: meta.originalPublisher ? sourceId(meta.originalPublisher) : null,
      bylineNames,
    });

    const claimIds = new Map<string, number>();
    for (const claim of story.claims) {
      const created = await createClaim(w, {
        text: claim.text,
        type: claim.type,
        timeText: claim.time?.text,
        timeStart: claim.time?.start ? new Date(claim.time.start) : null,
        timeEnd: claim.time?.end ? new Date(claim.time.end) : null,
        locationId: claim.location ? actorId(claim.location) : null,
        quantity: claim.quantity,
        actors: (claim.actors ?? []).map(([actor, role]) => ({ actorId: actorId(actor), role })),
      });
      claimIds.set(claim.key, created.id);
      const { appearance } = claim;
      await addAppearance(w, {
        claimId: created.id,
        versionId: version.id,
        quote: appearance.quote,
        statedCertainty: appearance.statedCertainty,
        cues: (appearance.cues ?? []).map(([kind, quote]) => ({ kind, quote: quoteOf(quote) })),
        attribution: appearance.attribution.map((hop) => ({
          role: hop.role,
          actorId: hop.actor ? actorId(hop.actor) : null,
          sourceId: hop.source ? sourceId(hop.source) : null,
          quote: hop.quote ? quoteOf(hop.quote) : null,
        })),
      });
    }
    const claimId = lookup(claimIds, 'claim');

    for (const relation of story.relations) {
      await relateClaims(w, {
        fromClaimId: claimId(relation.from),
        toClaimId: claimId(relation.to),
        type: relation.type,
        note: relation.note,
      });
    }
    for (const { claim, ...assessment } of story.assessments) {
      await addAssessment(w, {
        ...assessment,
        claimId: claimId(claim),
        assessedBy: story.analyst,
        assessedAt: new Date(meta.retrievedAt),
      });
    }
    return { articleId: article.id, versionId: version.id, claims: claimIds.size };
  });
}

export async function readSeedText() {
  return readFile(path.join(seedDir, 'seed-article.txt'), 'utf8');
}

/** Loads the shipped story into an empty database; returns whether it did. */
export async function seedIfEmpty(prisma: PrismaClient) {
  if ((await prisma.article.count()) > 0) return false;
  const { story } = await import('../../../../prisma/seed/story.js');
  return (await loadStory(story, await readSeedText(), { onlyIntoEmpty: true })) !== null;
}

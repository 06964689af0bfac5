/**
 * The whole graph as NDJSON: claimgraph's own lossless format, for backups and for moving a story
 * between instances. The standard formats each carry part of the graph (ClaimReview has no anchors,
 * Web Annotation no attribution chains, STIX no article text); this one carries all of it, and
 * importing it into an empty database gives back the same graph.
 *
 * One JSON object per line, each with a `type`, in an order an importer can follow: sources,
 * actors, articles (with their versions' texts), claims, appearances, relations, assessments.
 * Objects refer to each other by `key`: the global ID they had where they were exported.
 */
import type {
  ActorKind,
  AnchorStatus,
  BlockKind,
  ClaimActorRole,
  ClaimType,
  CueKind,
  HopRole,
  LikelihoodBand,
  RelationType,
  ReliabilityRating,
  SourceKind,
  StatedCertainty,
  VerificationStatus,
} from '../../__generated__/prisma/enums.js';
import { createActor } from '../actors.js';
import { addAppearance } from '../appearances.js';
import { ingestArticle } from '../articles.js';
import { addAssessment } from '../assessments.js';
import type { Write } from '../audit.js';
import { createClaim, relateClaims } from '../claims.js';
import { ValidationError } from '../errors.js';
import { createSource, rateSource } from '../sources.js';
import type { Tx } from '../tx.js';
import { globalId } from './ids.js';

interface Words {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export type GraphRecord =
  | {
      type: 'Source';
      key: string;
      name: string;
      kind: SourceKind;
      url: string | null;
      domain: string | null;
      country: string | null;
      languages: string[];
      stateAffiliated: boolean;
      description: string | null;
      parent: string | null;
      /** Oldest first. */
      reliability: { rating: ReliabilityRating; rationale: string; assessedAt: string; assessedBy: string }[];
    }
  | {
      type: 'Actor';
      key: string;
      name: string;
      kind: ActorKind;
      aliases: string[];
      country: string | null;
      wikidataId: string | null;
      description: string | null;
      parent: string | null;
    }
  | {
      type: 'Article';
      key: string;
      headline: string;
      url: string | null;
      byline: string | null;
      language: string;
      publishedAt: string | null;
      publisher: string | null;
      originalPublisher: string | null;
      versions: {
        key: string;
        number: number;
        text: string;
        sha256: string;
        retrievedAt: string;
        blocks: { kind: BlockKind; start: number; end: number }[];
      }[];
    }
  | {
      type: 'Claim';
      key: string;
      text: string;
      claimType: ClaimType;
      timeText: string | null;
      timeStart: string | null;
      timeEnd: string | null;
      location: string | null;
      quantity: {
        value: number | null;
        lower: number | null;
        upper: number | null;
        unit: string | null;
        approximate: boolean;
        unknown: boolean;
      } | null;
      actors: { actor: string; role: ClaimActorRole }[];
    }
  | {
      type: 'Appearance';
      key: string;
      claim: string;
      version: string;
      anchor: Words;
      anchorStatus: AnchorStatus;
      statedCertainty: StatedCertainty;
      note: string | null;
      cues: ({ kind: CueKind } & Words)[];
      attribution: { role: HopRole; actor: string | null; source: string | null; words: Words | null }[];
    }
  | { type: 'Relation'; from: string; to: string; relationType: RelationType; note: string | null }
  | {
      type: 'Assessment';
      key: string;
      claim: string;
      verificationStatus: VerificationStatus;
      credibility: number | null;
      likelihood: LikelihoodBand | null;
      confidence: number | null;
      rationale: string | null;
      assessedBy: string;
      assessedAt: string;
      evidence: { url: string; title: string | null; note: string | null }[];
      reviewUrl: string | null;
      originalRating: string | null;
      originalRatingValue: number | null;
      originalBestRating: number | null;
      originalWorstRating: number | null;
    };

const iso = (date: Date | null) => date?.toISOString() ?? null;
const words = (row: {
  exact: string | null;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
  end: number | null;
}) =>
  row.exact != null && row.start != null && row.end != null
    ? { exact: row.exact, prefix: row.prefix ?? '', suffix: row.suffix ?? '', start: row.start, end: row.end }
    : null;

const live = { archivedAt: null } as const;

/**
 * The graph's records, a kind at a time, each kind read in pages of `pageSize` by id (one query a
 * page), so the dump streams whatever the size of the graph.
 */
export async function* graphRecords(tx: Tx, pageSize = 200): AsyncGenerator<GraphRecord> {
  const paged = async function* <T extends { id: number }>(read: (after: number) => Promise<T[]>) {
    let after = 0;
    for (;;) {
      const page = await read(after);
      yield* page;
      if (page.length < pageSize) return;
      after = page.at(-1)?.id ?? after;
    }
  };
  const page = (after: number) => ({
    where: { ...live, id: { gt: after } },
    orderBy: { id: 'asc' as const },
    take: pageSize,
  });

  for await (const s of paged((after) =>
    tx.source.findMany({
      ...page(after),
      include: { reliabilityRatings: { orderBy: [{ assessedAt: 'asc' }, { id: 'asc' }] } },
    }),
  )) {
    yield {
      type: 'Source',
      key: globalId('Source', s.id),
      name: s.name,
      kind: s.kind,
      url: s.url,
      domain: s.domain,
      country: s.country,
      languages: s.languages,
      stateAffiliated: s.stateAffiliated,
      description: s.description,
      parent: s.parentId ? globalId('Source', s.parentId) : null,
      reliability: s.reliabilityRatings.map((r) => ({
        rating: r.rating,
        rationale: r.rationale,
        assessedAt: r.assessedAt.toISOString(),
        assessedBy: r.assessedBy,
      })),
    };
  }
  for await (const a of paged((after) =>
    tx.actor.findMany({ ...page(after), where: { ...page(after).where, mergedIntoId: null } }),
  )) {
    yield {
      type: 'Actor',
      key: globalId('Actor', a.id),
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      country: a.country,
      wikidataId: a.wikidataId,
      description: a.description,
      parent: a.parentId ? globalId('Actor', a.parentId) : null,
    };
  }
  for await (const a of paged((after) =>
    tx.article.findMany({
      ...page(after),
      include: { versions: { orderBy: { number: 'asc' }, include: { blocks: { orderBy: { ordinal: 'asc' } } } } },
      relationLoadStrategy: 'join',
    }),
  )) {
    yield {
      type: 'Article',
      key: globalId('Article', a.id),
      headline: a.headline,
      url: a.url,
      byline: a.byline,
      language: a.language,
      publishedAt: iso(a.publishedAt),
      publisher: a.publisherId ? globalId('Source', a.publisherId) : null,
      originalPublisher: a.originalPublisherId ? globalId('Source', a.originalPublisherId) : null,
      versions: a.versions.map((v) => ({
        key: globalId('ArticleVersion', v.id),
        number: v.number,
        text: v.text,
        sha256: v.sha256,
        retrievedAt: v.retrievedAt.toISOString(),
        blocks: v.blocks.map((b) => ({ kind: b.kind, start: b.start, end: b.end })),
      })),
    };
  }
  const claimWhere = (after: number) => ({ ...page(after), where: { ...page(after).where, mergedIntoId: null } });
  for await (const c of paged((after) =>
    tx.claim.findMany({
      ...claimWhere(after),
      include: { actors: { orderBy: { id: 'asc' } } },
      relationLoadStrategy: 'join',
    }),
  )) {
    const hasQuantity =
      c.quantityUnknown || c.quantityValue != null || c.quantityLower != null || c.quantityUpper != null;
    yield {
      type: 'Claim',
      key: globalId('Claim', c.id),
      text: c.text,
      claimType: c.type,
      timeText: c.timeText,
      timeStart: iso(c.timeStart),
      timeEnd: iso(c.timeEnd),
      location: c.locationId ? globalId('Actor', c.locationId) : null,
      quantity: hasQuantity
        ? {
            value: c.quantityValue,
            lower: c.quantityLower,
            upper: c.quantityUpper,
            unit: c.quantityUnit,
            approximate: c.quantityApproximate,
            unknown: c.quantityUnknown,
          }
        : null,
      actors: c.actors.map((r) => ({ actor: globalId('Actor', r.actorId), role: r.role })),
    };
  }
  for await (const a of paged((after) =>
    tx.claimAppearance.findMany({
      ...page(after),
      where: { ...page(after).where, claim: { ...live, mergedIntoId: null } },
      include: { cues: { orderBy: [{ start: 'asc' }, { id: 'asc' }] }, attribution: { orderBy: { position: 'asc' } } },
      relationLoadStrategy: 'join',
    }),
  )) {
    yield {
      type: 'Appearance',
      key: globalId('ClaimAppearance', a.id),
      claim: globalId('Claim', a.claimId),
      version: globalId('ArticleVersion', a.versionId),
      anchor: { exact: a.exact, prefix: a.prefix, suffix: a.suffix, start: a.start, end: a.end },
      anchorStatus: a.anchorStatus,
      statedCertainty: a.statedCertainty,
      note: a.note,
      cues: a.cues.map((cue) => ({
        kind: cue.kind,
        exact: cue.exact,
        prefix: cue.prefix,
        suffix: cue.suffix,
        start: cue.start,
        end: cue.end,
      })),
      attribution: a.attribution.map((hop) => ({
        role: hop.role,
        actor: hop.actorId ? globalId('Actor', hop.actorId) : null,
        source: hop.sourceId ? globalId('Source', hop.sourceId) : null,
        words: words(hop),
      })),
    };
  }
  for await (const r of paged((after) =>
    tx.claimRelation.findMany({ where: { id: { gt: after } }, orderBy: { id: 'asc' }, take: pageSize }),
  )) {
    yield {
      type: 'Relation',
      from: globalId('Claim', r.fromClaimId),
      to: globalId('Claim', r.toClaimId),
      relationType: r.type,
      note: r.note,
    };
  }
  for await (const a of paged((after) =>
    tx.assessment.findMany({
      where: { id: { gt: after } },
      orderBy: { id: 'asc' },
      take: pageSize,
      include: { evidence: { orderBy: { id: 'asc' } } },
      relationLoadStrategy: 'join',
    }),
  )) {
    yield {
      type: 'Assessment',
      key: globalId('Assessment', a.id),
      claim: globalId('Claim', a.claimId),
      verificationStatus: a.verificationStatus,
      credibility: a.credibility,
      likelihood: a.likelihood,
      confidence: a.confidence,
      rationale: a.rationale,
      assessedBy: a.assessedBy,
      assessedAt: a.assessedAt.toISOString(),
      evidence: a.evidence.map((e) => ({ url: e.url, title: e.title, note: e.note })),
      reviewUrl: a.reviewUrl,
      originalRating: a.originalRating,
      originalRatingValue: a.originalRatingValue,
      originalBestRating: a.originalBestRating,
      originalWorstRating: a.originalWorstRating,
    };
  }
}

export interface GraphImport {
  sources: number;
  actors: number;
  articles: number;
  claims: number;
  appearances: number;
  relations: number;
  assessments: number;
}

/**
 * Imports a graph dump into the caller's transaction, through the same domain functions the API's
 * mutations use (so every write is validated and audited). Records refer to each other by key;
 * a reference to a key the dump has not defined yet refuses the import. Anchors are found again
 * by quote, and must land where the dump says they were.
 */
export async function importGraph(
  w: Write,
  records: Iterable<GraphRecord> | AsyncIterable<GraphRecord>,
): Promise<GraphImport> {
  const ids = new Map<string, number>();
  const versionIds = new Map<string, number>();
  const counts: GraphImport = {
    sources: 0,
    actors: 0,
    articles: 0,
    claims: 0,
    appearances: 0,
    relations: 0,
    assessments: 0,
  };
  let line = 0;
  const fail = (message: string, field = 'records'): never => {
    throw new ValidationError(`Record ${line}: ${message}`, [
      { path: ['input', field, String(line)], message, code: 'BAD_RECORD' },
    ]);
  };
  const ref = (key: string | null) => {
    if (key == null) return null;
    const id = ids.get(key);
    if (id === undefined) fail(`"${key}" is not defined by an earlier record.`);
    return id as number;
  };
  const settle = new Set<number>();
  for await (const record of records) {
    line += 1;
    switch (record.type) {
      case 'Source': {
        const source = await createSource(w, { ...record, parentId: ref(record.parent) });
        ids.set(record.key, source.id);
        for (const rating of record.reliability) {
          await rateSource(w, { sourceId: source.id, ...rating, assessedAt: new Date(rating.assessedAt) });
        }
        counts.sources += 1;
        break;
      }
      case 'Actor': {
        const actor = await createActor(w, { ...record, parentId: ref(record.parent) });
        ids.set(record.key, actor.id);
        counts.actors += 1;
        break;
      }
      case 'Article': {
        let articleId: number | undefined;
        for (const version of record.versions) {
          const result = await ingestArticle(w, {
            ...(articleId ? { articleId } : {}),
            text: version.text,
            headline: record.headline,
            url: record.url,
            byline: record.byline,
            language: record.language,
            publishedAt: record.publishedAt ? new Date(record.publishedAt) : null,
            publisherId: ref(record.publisher),
            originalPublisherId: ref(record.originalPublisher),
            retrievedAt: new Date(version.retrievedAt),
          });
          articleId = result.article.id;
          if (!result.created) fail('The article (or this text of it) is already in the graph.');
          versionIds.set(version.key, result.version.id);
          // Blocks are the analyst's as exported, not detected again.
          await w.tx.textBlock.deleteMany({ where: { versionId: result.version.id } });
          await w.tx.textBlock.createMany({
            data: version.blocks.map((block, ordinal) => ({ ...block, ordinal, versionId: result.version.id })),
          });
        }
        if (articleId) ids.set(record.key, articleId);
        counts.articles += 1;
        break;
      }
      case 'Claim': {
        const claim = await createClaim(w, {
          text: record.text,
          type: record.claimType,
          timeText: record.timeText,
          timeStart: record.timeStart ? new Date(record.timeStart) : null,
          timeEnd: record.timeEnd ? new Date(record.timeEnd) : null,
          locationId: ref(record.location),
          quantity: record.quantity,
          actors: record.actors.map((role) => ({ actorId: ref(role.actor) as number, role: role.role })),
        });
        ids.set(record.key, claim.id);
        counts.claims += 1;
        break;
      }
      case 'Appearance': {
        const versionId =
          versionIds.get(record.version) ?? fail(`"${record.version}" is not a version defined earlier.`);
        const claimId = ref(record.claim) as number;
        const existing = await w.tx.claimAppearance.findFirst({
          where: { claimId, versionId, start: record.anchor.start, end: record.anchor.end, archivedAt: null },
          select: { id: true },
        });
        // Re-anchoring a later version may already have carried this appearance over.
        if (existing) {
          ids.set(record.key, existing.id);
          break;
        }
        const appearance = await addAppearance(w, {
          claimId,
          versionId,
          quote: record.anchor,
          statedCertainty: record.statedCertainty,
          note: record.note,
          cues: record.cues.map((cue) => ({ kind: cue.kind, quote: cue })),
          attribution: record.attribution.map((hop) => ({
            role: hop.role,
            actorId: ref(hop.actor),
            sourceId: ref(hop.source),
            quote: hop.words,
          })),
        });
        if (appearance.start !== record.anchor.start || appearance.end !== record.anchor.end) {
          fail(
            `The quote "${record.anchor.exact.slice(0, 80)}" anchors at ${appearance.start}, not ${record.anchor.start}.`,
          );
        }
        ids.set(record.key, appearance.id);
        counts.appearances += 1;
        break;
      }
      case 'Relation': {
        await relateClaims(w, {
          fromClaimId: ref(record.from) as number,
          toClaimId: ref(record.to) as number,
          type: record.relationType,
          note: record.note,
        });
        counts.relations += 1;
        break;
      }
      case 'Assessment': {
        const claimId = ref(record.claim) as number;
        const assessment = await addAssessment(w, { ...record, claimId, assessedAt: new Date(record.assessedAt) });
        if (record.reviewUrl || record.originalRating) {
          await w.tx.assessment.update({
            where: { id: assessment.id },
            data: {
              reviewUrl: record.reviewUrl,
              originalRating: record.originalRating,
              originalRatingValue: record.originalRatingValue,
              originalBestRating: record.originalBestRating,
              originalWorstRating: record.originalWorstRating,
            },
          });
        }
        settle.add(claimId);
        ids.set(record.key, assessment.id);
        counts.assessments += 1;
        break;
      }
      default:
        fail(`Unknown record type ${JSON.stringify((record as { type?: unknown }).type)}.`);
    }
  }
  for (const claimId of settle) {
    const latest = await w.tx.assessment.findFirst({
      where: { claimId },
      orderBy: [{ assessedAt: 'desc' }, { id: 'desc' }],
    });
    if (latest)
      await w.tx.claim.update({ where: { id: claimId }, data: { verificationStatus: latest.verificationStatus } });
  }
  return counts;
}

/** Parses NDJSON text into records (blank lines skipped); a line that is not JSON is refused. */
export function parseGraphNdjson(text: string): GraphRecord[] {
  const records: GraphRecord[] = [];
  const issues: { path: string[]; message: string; code: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const value: unknown = JSON.parse(raw);
      if (typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string') {
        records.push(value as GraphRecord);
      } else {
        issues.push({
          path: ['input', 'records', String(i + 1)],
          message: 'Each line is an object with a type.',
          code: 'BAD_RECORD',
        });
      }
    } catch {
      issues.push({ path: ['input', 'records', String(i + 1)], message: 'Not JSON.', code: 'BAD_RECORD' });
    }
  });
  if (issues.length) throw new ValidationError(`Nothing was imported: ${issues.length} bad line(s).`, issues);
  return records;
}

/**
 * A STIX 2.1 bundle (https://docs.oasis-open.org/cti/stix/v2.1/stix-v2.1.html) for an article, as
 * threat-intelligence platforms (OpenCTI, MISP) import it.
 *
 * - the article is a `report` whose `object_refs` name everything else;
 * - sources are `identity` objects; actors are `identity` objects, `threat-actor` for non-state
 *   armed groups, `location` for places;
 * - a claim is a `note` (STIX has no claim object; a note "provides additional analysis" and can be
 *   the subject of opinions), labelled `claim`, with its appearances, certainty and attribution
 *   chains in x_claimgraph_* properties; relations between claims are `relationship` objects;
 * - each assessment is a `note` (the rationale) and, for a verdict on a true–false scale, an
 *   `opinion`; their `confidence` is the analyst's, or else the ICD-203 likelihood or the Admiralty
 *   credibility mapped with STIX 2.1's own scales (Appendix A);
 * - Admiralty source reliability (A–G) and its history are custom properties of the source's
 *   identity, as are the things STIX has no property for.
 *
 * Identifiers are derived from claimgraph's global IDs (ids.ts), so a re-export updates objects.
 */
import type {
  ActorKind,
  LikelihoodBand,
  RelationType,
  SourceKind,
  VerificationStatus,
} from '../../__generated__/prisma/enums.js';
import type { JsonObject } from './claimreview.js';
import { globalId, stixId } from './ids.js';
import type { ActorRow, ArticleExport, AssessmentExport, ClaimExport, SourceExport } from './load.js';
import { RATING_TABLE } from './rating-map.js';

export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

/** STIX 2.1 Appendix A: the Admiralty credibility scale (6, "cannot be judged", has no value). */
export const ADMIRALTY_CREDIBILITY_CONFIDENCE: Readonly<Record<number, number | undefined>> = {
  1: 90,
  2: 70,
  3: 50,
  4: 30,
  5: 10,
  6: undefined,
};

/** STIX 2.1 Appendix A: the DNI (ICD-203) scale. */
export const LIKELIHOOD_CONFIDENCE: Readonly<Record<LikelihoodBand, number>> = {
  ALMOST_NO_CHANCE: 5,
  VERY_UNLIKELY: 15,
  UNLIKELY: 30,
  ROUGHLY_EVEN_CHANCE: 50,
  LIKELY: 70,
  VERY_LIKELY: 85,
  ALMOST_CERTAIN: 95,
};

/** How far the analyst agrees with the claim; statuses that are not verdicts give no opinion. */
export const OPINION_OF_STATUS: Readonly<Partial<Record<VerificationStatus, string>>> = {
  CONFIRMED_TRUE: 'strongly-agree',
  PROBABLY_TRUE: 'agree',
  MIXED: 'neutral',
  MISLEADING: 'disagree',
  PROBABLY_FALSE: 'disagree',
  CONFIRMED_FALSE: 'strongly-disagree',
};

const RELATIONSHIP_TYPE: Readonly<Record<RelationType, string>> = {
  SUPPORTS: 'supports',
  CONTRADICTS: 'contradicts',
  UNDERCUTS: 'undercuts',
  DERIVED_FROM: 'derived-from',
  SAME_AS: 'duplicate-of',
  SPECIFIES: 'specifies',
};

/** The STIX confidence of an assessment: the analyst's own, else mapped from likelihood or credibility. */
export function stixConfidence(assessment: Pick<AssessmentExport, 'confidence' | 'likelihood' | 'credibility'>) {
  if (assessment.confidence != null) return assessment.confidence;
  if (assessment.likelihood) return LIKELIHOOD_CONFIDENCE[assessment.likelihood];
  if (assessment.credibility != null) return ADMIRALTY_CREDIBILITY_CONFIDENCE[assessment.credibility];
  return undefined;
}

const stamp = (date: Date) => date.toISOString();

/** STIX lists must not be empty and custom properties must not be null: drop those. */
function compact(object: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value != null && !(Array.isArray(value) && value.length === 0)),
  );
}

function identityClassOfSource(kind: SourceKind) {
  switch (kind) {
    case 'SOCIAL_ACCOUNT':
      return 'individual';
    case 'UNNAMED_COLLECTIVE':
      return 'class';
    case 'DOCUMENT':
    case 'FOOTAGE':
      return 'unknown';
    default:
      return 'organization';
  }
}

const SECTORS: Partial<Record<ActorKind | SourceKind, string[]>> = {
  STATE: ['government-national'],
  GOVERNMENT_BODY: ['government-national'],
  MILITARY_UNIT: ['defense'],
  MEDIA_ORG: ['communications'],
  NEWS_OUTLET: ['communications'],
  WIRE: ['communications'],
  STATE_MEDIA: ['communications'],
  BROADCASTER: ['communications'],
  OFFICIAL_BODY: ['government-national'],
};

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

class BundleBuilder {
  readonly objects = new Map<string, JsonObject>();
  readonly producer: string;

  constructor(readonly now: Date) {
    this.producer = stixId('identity', 'claimgraph');
    this.put({
      type: 'identity',
      spec_version: '2.1',
      id: this.producer,
      created: stamp(new Date(0)),
      modified: stamp(new Date(0)),
      name: 'claimgraph',
      identity_class: 'system',
      description: 'The claimgraph service that exported this bundle.',
    });
  }

  put(object: JsonObject) {
    const key = object.id as string;
    if (!this.objects.has(key)) this.objects.set(key, compact(object));
    return key;
  }

  base(type: string, key: string, created: Date, modified: Date) {
    return {
      type,
      spec_version: '2.1',
      id: stixId(type, key),
      created: stamp(created),
      // STIX 2.1 (3.2): modified MUST be later than or equal to created. A row's updatedAt can be
      // the transaction's start (now()) while createdAt was set by the client a moment later.
      modified: stamp(modified.getTime() < created.getTime() ? created : modified),
      created_by_ref: this.producer,
    };
  }

  source(source: SourceExport) {
    const key = globalId('Source', source.id);
    const [current] = source.reliabilityRatings;
    return this.put({
      ...this.base('identity', key, source.createdAt, source.updatedAt),
      name: source.name,
      description: source.description,
      identity_class: identityClassOfSource(source.kind),
      sectors: SECTORS[source.kind],
      external_references: source.url ? [{ source_name: source.name, url: source.url }] : undefined,
      x_claimgraph_id: key,
      x_claimgraph_source_kind: source.kind,
      x_claimgraph_domain: source.domain,
      x_claimgraph_country: source.country,
      x_claimgraph_languages: source.languages,
      x_claimgraph_state_affiliated: source.stateAffiliated,
      x_claimgraph_admiralty_reliability: current?.rating,
      x_claimgraph_admiralty_reliability_rationale: current?.rationale,
      x_claimgraph_reliability_history: source.reliabilityRatings.map((rating) =>
        compact({
          rating: rating.rating,
          rationale: rating.rationale,
          assessed_at: stamp(rating.assessedAt),
          assessed_by: rating.assessedBy,
        }),
      ),
    });
  }

  actor(actor: ActorRow) {
    const key = globalId('Actor', actor.id);
    const common = {
      name: actor.name,
      description: actor.description ?? undefined,
      external_references: actor.wikidataId
        ? [
            {
              source_name: 'wikidata',
              external_id: actor.wikidataId,
              url: `https://www.wikidata.org/wiki/${actor.wikidataId}`,
            },
          ]
        : undefined,
      x_claimgraph_id: key,
      x_claimgraph_actor_kind: actor.kind,
    };
    if (actor.kind === 'PLACE') {
      return this.put({
        ...this.base('location', key, actor.createdAt, actor.updatedAt),
        ...common,
        // A location needs a country or a region; a place with neither is named as its own region.
        ...(actor.country ? { country: actor.country } : { region: slug(actor.name) }),
        x_claimgraph_aliases: actor.aliases,
      });
    }
    if (actor.kind === 'NON_STATE_ARMED_GROUP') {
      return this.put({
        ...this.base('threat-actor', key, actor.createdAt, actor.updatedAt),
        ...common,
        aliases: actor.aliases,
      });
    }
    return this.put({
      ...this.base('identity', key, actor.createdAt, actor.updatedAt),
      ...common,
      identity_class:
        actor.kind === 'PERSON'
          ? 'individual'
          : actor.kind === 'ETHNIC_OR_RELIGIOUS_GROUP'
            ? 'group'
            : actor.kind === 'UNCLASSIFIED'
              ? 'unknown'
              : 'organization',
      sectors: SECTORS[actor.kind],
      x_claimgraph_country: actor.country,
      x_claimgraph_aliases: actor.aliases,
    });
  }

  claim(claim: ClaimExport, reportRef: string) {
    const key = globalId('Claim', claim.id);
    const noteId = stixId('note', key);
    if (this.objects.has(noteId)) return noteId;
    const actorRoles = claim.actors.map((role) => ({ role: role.role, ref: this.actor(role.actor) }));
    const location = claim.location ? this.actor(claim.location) : undefined;
    const appearances = claim.appearances.map((appearance) => ({
      article_ref: stixId('report', globalId('Article', appearance.version.article.id)),
      stated_certainty: appearance.statedCertainty,
      quote: appearance.exact,
      start: appearance.start,
      end: appearance.end,
      cues: appearance.cues.map((cue) => ({ kind: cue.kind, quote: cue.exact })),
      attribution: appearance.attribution.map((hop) =>
        compact({
          position: hop.position,
          role: hop.role,
          ref: hop.actor ? this.actor(hop.actor) : hop.source ? this.source(hop.source) : undefined,
          named_as: hop.exact,
        }),
      ),
    }));
    const refs = new Set<string>([
      reportRef,
      ...actorRoles.map((role) => role.ref),
      ...(location ? [location] : []),
      ...appearances.flatMap((a) => a.attribution.map((hop) => hop.ref as string)),
    ]);
    const certainties = [...new Set(claim.appearances.map((a) => a.statedCertainty))];
    this.put({
      ...this.base('note', key, claim.createdAt, claim.updatedAt),
      labels: ['claim'],
      abstract: claim.text,
      content: [
        claim.text,
        ...claim.appearances.map((a) => `${a.statedCertainty.toLowerCase().replaceAll('_', ' ')}: “${a.exact}”`),
      ].join('\n'),
      object_refs: [...refs],
      x_claimgraph_id: key,
      x_claimgraph_claim_type: claim.type,
      x_claimgraph_verification_status: claim.verificationStatus,
      x_claimgraph_stated_certainties: certainties,
      x_claimgraph_time: claim.timeText ?? undefined,
      x_claimgraph_actors: actorRoles,
      x_claimgraph_location_ref: location,
      x_claimgraph_appearances: appearances.map((a) => compact({ ...a, cues: a.cues.length ? a.cues : undefined })),
    });
    for (const assessment of claim.assessments) this.assessment(assessment, noteId);
    return noteId;
  }

  assessment(assessment: AssessmentExport, claimNote: string) {
    const key = globalId('Assessment', assessment.id);
    const confidence = stixConfidence(assessment);
    const words = RATING_TABLE[assessment.verificationStatus].alternateName;
    const common = {
      authors: [assessment.assessedBy],
      object_refs: [claimNote],
      confidence,
      external_references: assessment.reviewUrl
        ? [{ source_name: assessment.assessedBy, url: assessment.reviewUrl }]
        : undefined,
      x_claimgraph_id: key,
      x_claimgraph_verification_status: assessment.verificationStatus,
      x_claimgraph_admiralty_credibility: assessment.credibility,
      x_claimgraph_likelihood: assessment.likelihood,
      x_claimgraph_original_rating: assessment.originalRating,
    };
    this.put({
      ...this.base('note', key, assessment.assessedAt, assessment.assessedAt),
      ...common,
      labels: ['assessment'],
      abstract: `Assessment: ${words}`,
      content: assessment.rationale ?? `${assessment.assessedBy} assessed the claim as ${words.toLowerCase()}.`,
      x_claimgraph_evidence: assessment.evidence.map((link) =>
        compact({ url: link.url, title: link.title, note: link.note }),
      ),
    });
    const opinion = OPINION_OF_STATUS[assessment.verificationStatus];
    if (opinion) {
      this.put({
        ...this.base('opinion', key, assessment.assessedAt, assessment.assessedAt),
        ...common,
        opinion,
        explanation: assessment.rationale ?? undefined,
      });
    }
  }
}

/** The STIX 2.1 bundle of an article: the report, who and what it names, its claims and assessments. */
export function stixBundleOf(article: ArticleExport): JsonObject {
  const key = globalId('Article', article.id);
  const builder = new BundleBuilder(new Date());
  const reportId = stixId('report', key);
  const publisher = article.publisher ? builder.source(article.publisher) : undefined;
  const originalPublisher = article.originalPublisher ? builder.source(article.originalPublisher) : undefined;
  const claims = new Map<number, ClaimExport>();
  for (const version of article.versions) for (const a of version.appearances) claims.set(a.claim.id, a.claim);
  const claimNotes = [...claims.values()].map((claim) => builder.claim(claim, reportId));
  for (const claim of claims.values()) {
    for (const relation of claim.relationsFrom) {
      if (!claims.has(relation.toClaimId)) continue;
      const relationKey = `${globalId('Claim', relation.fromClaimId)}:${relation.type}:${globalId('Claim', relation.toClaimId)}`;
      builder.put({
        ...builder.base('relationship', relationKey, relation.createdAt, relation.createdAt),
        relationship_type: RELATIONSHIP_TYPE[relation.type],
        source_ref: stixId('note', globalId('Claim', relation.fromClaimId)),
        target_ref: stixId('note', globalId('Claim', relation.toClaimId)),
        description: relation.note ?? undefined,
      });
    }
  }
  const [first] = article.versions;
  const latest = article.versions.at(-1);
  const refs = [...builder.objects.keys()].filter((id) => id !== builder.producer);
  builder.put({
    ...builder.base('report', key, article.createdAt, article.updatedAt),
    name: article.headline,
    report_types: ['news-article'],
    // STIX requires a publication time; when the article gives none, its first retrieval stands in.
    published: stamp(article.publishedAt ?? first?.retrievedAt ?? article.createdAt),
    lang: article.language,
    object_refs: refs.length ? refs : [builder.producer],
    external_references: article.url
      ? [{ source_name: publisher ? 'publisher' : 'article', url: article.url }]
      : undefined,
    x_claimgraph_id: key,
    x_claimgraph_published_known: article.publishedAt != null,
    x_claimgraph_byline: article.byline,
    x_claimgraph_publisher_ref: publisher,
    x_claimgraph_original_publisher_ref: originalPublisher,
    x_claimgraph_text_sha256: latest?.sha256,
    x_claimgraph_claim_refs: claimNotes,
  });
  return {
    type: 'bundle',
    id: `bundle--${crypto.randomUUID()}`,
    objects: [...builder.objects.values()],
  };
}

import type {
  ActorKind,
  BlockKind,
  ChangeOperation,
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
} from '@claimgraph/sdk';
import { type CertaintyStyle, palette } from './palette.js';

export type { CertaintyStyle, LineStyle } from './palette.js';

/**
 * Every code the API uses, in words. The explorer never shows a raw enum value: each screen reads from
 * these tables, and the keys (`ScaleKey`) print them whole.
 */

/** Stated certainty's look, checked here against the SDK's enum so that every value has one. */
export const certainties: Record<StatedCertainty, CertaintyStyle> = palette;

/** Verification status (an analyst's conclusion), with a symbol so it reads without colour too. */
export const statuses: Record<VerificationStatus, { label: string; symbol: string; meaning: string }> = {
  UNVERIFIED: { label: 'not yet checked', symbol: '·', meaning: 'Not yet looked at.' },
  IN_PROGRESS: { label: 'being checked', symbol: '…', meaning: 'An analyst is checking it.' },
  CONFIRMED_TRUE: { label: 'confirmed true', symbol: '✔', meaning: 'Established as true.' },
  PROBABLY_TRUE: { label: 'probably true', symbol: '✓', meaning: 'Likely true on the evidence.' },
  MIXED: { label: 'mixed', symbol: '±', meaning: 'Partly true, partly false.' },
  MISLEADING: { label: 'misleading', symbol: '!', meaning: 'True in its words, false in what it implies.' },
  PROBABLY_FALSE: { label: 'probably false', symbol: '✗', meaning: 'Likely false on the evidence.' },
  CONFIRMED_FALSE: { label: 'confirmed false', symbol: '✘', meaning: 'Established as false.' },
  UNVERIFIABLE: { label: 'cannot be verified', symbol: '?', meaning: 'Cannot be checked with the evidence there is.' },
  NOT_CHECKABLE: { label: 'not checkable', symbol: '–', meaning: 'An opinion or prediction, not a checkable fact.' },
};

/** The Admiralty (NATO) source reliability scale. */
export const reliability: Record<ReliabilityRating, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
  G: 'deliberately deceptive',
};

/** The Admiralty information credibility scale: 6 is "cannot be judged", not top marks. */
export const credibility: Record<number, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

export const likelihood: Record<LikelihoodBand, string> = {
  ALMOST_NO_CHANCE: 'almost no chance (1–5%)',
  VERY_UNLIKELY: 'very unlikely (5–20%)',
  UNLIKELY: 'unlikely (20–45%)',
  ROUGHLY_EVEN_CHANCE: 'roughly even chance (45–55%)',
  LIKELY: 'likely (55–80%)',
  VERY_LIKELY: 'very likely (80–95%)',
  ALMOST_CERTAIN: 'almost certain (95–99%)',
};

/** Roles in an attribution chain. */
export const hopRoles: Record<HopRole, string> = {
  ORIGINATOR: 'where it starts',
  QUOTED_SPEAKER: 'quoted speaker',
  UNNAMED_SOURCE: 'unnamed source',
  REPORTER: 'reported by',
  REPUBLISHER: 'republished by',
  AGGREGATOR: 'collected by',
};

/** Roles of actors in a claim. */
export const actorRoles: Record<ClaimActorRole, string> = {
  CLAIMANT: 'makes the claim',
  AGENT: 'does it',
  TARGET: 'is acted on',
  BENEFICIARY: 'benefits',
  LOCATION: 'where',
  MENTIONED: 'mentioned',
};

export const claimTypes: Record<ClaimType, string> = {
  EVENT: 'something happened',
  INTENTION: 'someone intends to do something',
  QUANTITY: 'a number of something',
  STATEMENT: 'someone said something',
  STATE_OF_AFFAIRS: 'something is the case',
  ABSENCE: 'something has not happened or been said',
};

export const cueKinds: Record<CueKind, string> = {
  HEDGE: 'hedge',
  SOURCING: 'says where it comes from',
  ATTRIBUTION_VERB: 'verb of saying',
  QUANTIFIER: 'qualifies a number',
  NEGATION: 'negation',
  EVALUATIVE: 'the writer’s judgement',
};

export const relationTypes: Record<RelationType, string> = {
  SUPPORTS: 'supports',
  CONTRADICTS: 'contradicts',
  UNDERCUTS: 'undercuts',
  DERIVED_FROM: 'is derived from',
  SAME_AS: 'is the same as',
  SPECIFIES: 'adds detail to',
};

export const blockKinds: Record<BlockKind, string> = {
  HEADLINE: 'headline',
  LEDE: 'opening paragraph',
  BODY: 'body',
  CAPTION_OR_EMBED: 'caption or embed',
  BYLINE: 'byline',
  BOILERPLATE: 'site furniture, not article text',
};

export const actorKinds: Record<ActorKind, string> = {
  STATE: 'state',
  GOVERNMENT_BODY: 'government body',
  MILITARY_UNIT: 'military unit',
  PERSON: 'person',
  NON_STATE_ARMED_GROUP: 'non-state armed group',
  ETHNIC_OR_RELIGIOUS_GROUP: 'ethnic or religious group',
  INTERGOVERNMENTAL_ORG: 'intergovernmental organisation',
  MEDIA_ORG: 'media organisation',
  ORGANIZATION: 'organisation',
  PLACE: 'place',
  UNCLASSIFIED: 'not yet classified',
};

export const sourceKinds: Record<SourceKind, string> = {
  NEWS_OUTLET: 'news outlet',
  WIRE: 'news agency',
  STATE_MEDIA: 'state media',
  BROADCASTER: 'broadcaster',
  SOCIAL_PLATFORM: 'social platform',
  SOCIAL_ACCOUNT: 'social media account',
  UNNAMED_COLLECTIVE: 'unnamed sources',
  OFFICIAL_BODY: 'official body',
  DOCUMENT: 'document',
  FOOTAGE: 'footage',
};

export const operations: Record<ChangeOperation, string> = {
  CREATE: 'created',
  UPDATE: 'changed',
  ARCHIVE: 'archived',
  DELETE: 'removed',
  MERGE: 'merged',
};

/** "2026-11-26T10:00:00Z" → "26 Nov 2026, 10:00" (UTC, so every analyst reads the same time). */
export function when(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });
}

/** "ClaimAppearance" → "claim appearance". */
export function words(typeName: string): string {
  return typeName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

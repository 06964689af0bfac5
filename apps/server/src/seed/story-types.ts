import type {
  ActorKind,
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
} from '../__generated__/prisma/enums.js';
import type { TextQuote } from '../domain/anchoring.js';
import type { QuantityInput } from '../domain/claims.js';

/**
 * A story's extraction, written by an analyst: entities are named by keys and every position in
 * the text is given as a quote, which the loader anchors with the same functions the API uses.
 */
export interface StorySeed {
  analyst: string;
  article: {
    headline: string;
    url?: string;
    language: string;
    publishedAt?: string;
    retrievedAt: string;
    publisher?: string;
    originalPublisher?: string;
  };
  sources: {
    key: string;
    name: string;
    kind: SourceKind;
    url?: string;
    domain?: string;
    country?: string;
    languages: string[];
    stateAffiliated?: boolean;
    description?: string;
    parent?: string;
    reliability: { rating: ReliabilityRating; rationale: string };
  }[];
  actors: {
    key: string;
    name: string;
    kind: ActorKind;
    aliases?: string[];
    country?: string;
    wikidataId?: string;
    description?: string;
    parent?: string;
  }[];
  claims: {
    key: string;
    text: string;
    type: ClaimType;
    time?: { text: string; start?: string; end?: string };
    location?: string;
    quantity?: QuantityInput;
    actors?: [actor: string, role: ClaimActorRole][];
    appearance: {
      quote: TextQuote;
      statedCertainty: StatedCertainty;
      cues?: [kind: CueKind, quote: TextQuote | string][];
      /** From the originator to the article; each hop is an actor or a source key. */
      attribution: { role: HopRole; actor?: string; source?: string; quote?: TextQuote | string }[];
    };
  }[];
  relations: { from: string; to: string; type: RelationType; note?: string }[];
  assessments: {
    claim: string;
    verificationStatus: VerificationStatus;
    credibility?: number;
    likelihood?: LikelihoodBand;
    confidence?: number;
    rationale?: string;
  }[];
}

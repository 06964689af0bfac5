import type { ClaimType, CueKind, HopRole, StatedCertainty } from '../../__generated__/prisma/enums.js';
import type { KnownAgent } from './agents.js';

/** What a claim suggestion is: the proposal, its anchored spans, cues, attribution hops and quantities. */

export interface SuggestedSpan {
  start: number;
  end: number;
  exact: string;
}

export interface SuggestedCue extends SuggestedSpan {
  kind: CueKind;
  /** The lexicon phrase that matched. */
  phrase: string;
}

export interface SuggestedHop {
  role: HopRole;
  /** The words that name the hop, as written. */
  name: string;
  span?: SuggestedSpan;
  /** A recorded actor or source with this name or alias. */
  match?: KnownAgent;
  /** Whether the words name an official body or office holder (a ministry, a spokesman, the army). */
  official: boolean;
  /** What to create when nothing matched: a source for outlets and unnamed sources, else an actor. */
  proposedKind: 'ACTOR' | 'SOURCE';
}

export interface SuggestedQuantity extends SuggestedSpan {
  value?: number;
  lower?: number;
  upper?: number;
  approximate: boolean;
}

export interface SuggestedClaim {
  span: SuggestedSpan;
  /** A canonical text proposed for the claim: the quote as a sentence. */
  text: string;
  type: ClaimType;
  statedCertainty: StatedCertainty;
  cues: SuggestedCue[];
  attribution: SuggestedHop[];
  quantities: SuggestedQuantity[];
  times: SuggestedSpan[];
  /** 0–1: how sure the rules are of this proposal (see `confidenceOf`). */
  confidence: number;
}

export interface SuggestOptions {
  language: string;
  /** Recorded actors and sources, to match the names the text gives. */
  known?: readonly KnownAgent[];
  /** The article's publisher, added as the chain's last hop (REPORTER) when known. */
  publisher?: KnownAgent;
}

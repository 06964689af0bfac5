import { v5 as uuidv5 } from 'uuid';

import { publishingIdentity } from './identity.js';

/**
 * Identifiers that exported documents give claimgraph's objects.
 *
 * JSON-LD nodes are named `<public base URL>/id/<global ID>`: the same opaque global ID the GraphQL
 * API gives the object (`node(id:)` fetches it), under this instance's configured public address
 * (identity.ts), so IRIs from two instances never collide and a reader can go from any exported
 * document back to the API.
 */

export type NodeType =
  | 'Article'
  | 'ArticleVersion'
  | 'Claim'
  | 'ClaimAppearance'
  | 'Actor'
  | 'Source'
  | 'Assessment'
  | 'AttributionHop';

/** The API's global ID (base64url of "Type:id"); the schema's `global-id.ts` decodes it. */
export function globalId(type: NodeType, id: number) {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Where this instance's IRIs start. */
export function iriPrefix() {
  return `${publishingIdentity().publicBaseUrl}/id/`;
}

export function iri(type: NodeType, id: number) {
  return `${iriPrefix()}${globalId(type, id)}`;
}

/**
 * The inverse of `iri`: the type and key an IRI of this instance names; null for any other IRI,
 * including another claimgraph's (whose numbers name unrelated rows here).
 */
export function parseIri(value: string): { type: string; id: number } | null {
  const prefix = iriPrefix();
  if (!value.startsWith(prefix)) return null;
  const decoded = Buffer.from(value.slice(prefix.length), 'base64url').toString('utf8');
  const match = /^([A-Z][A-Za-z]*):([1-9]\d{0,15})$/.exec(decoded);
  return match?.[1] && match[2] ? { type: match[1], id: Number(match[2]) } : null;
}

/** claimgraph's own terms in JSON-LD documents (stated certainty, cue kinds, hop roles…). */
export const VOCAB = 'urn:claimgraph:vocab#';

/**
 * STIX identifiers are `type--UUID`. claimgraph derives them (UUIDv5) from the object's global ID,
 * so exporting the same story twice gives the same identifiers and a STIX platform updates its
 * objects instead of duplicating them.
 */
const STIX_NAMESPACE = 'c1a1e6a2-7f3d-5b8e-9a4c-2d6f0b3e8a71';

export function stixId(stixType: string, key: string) {
  return `${stixType}--${uuidv5(key, STIX_NAMESPACE)}`;
}

/**
 * W3C Web Annotation counts text positions in Unicode code points; JavaScript strings (and
 * claimgraph's stored anchors) count UTF-16 code units. The two differ after any character outside
 * the Basic Multilingual Plane (an emoji, some CJK).
 */
export function codePointOffset(text: string, utf16Offset: number) {
  let points = 0;
  for (let i = 0; i < utf16Offset; i += 1) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < utf16Offset) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    points += 1;
  }
  return points;
}

/** The UTF-16 offset of a code-point offset; -1 when the text is shorter. */
export function utf16Offset(text: string, codePoints: number) {
  let offset = 0;
  for (let n = 0; n < codePoints; n += 1) {
    if (offset >= text.length) return -1;
    offset += (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
  }
  return offset;
}

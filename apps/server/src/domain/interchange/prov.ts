/**
 * W3C PROV-O (https://www.w3.org/TR/prov-o/) as JSON-LD, for attribution chains.
 *
 * An appearance's chain, originator → … → the article, becomes a chain of entities: entity k is the
 * claim as hop k passed it on, `prov:wasAttributedTo` that hop's agent (with a qualified
 * attribution giving the hop's role), and `prov:wasQuotedFrom` entity k−1. The appearance (the
 * words in the stored version) was quoted from the last hop and `prov:hadPrimarySource` the first.
 *
 * The context is written inline, so the document needs nothing from the network to be read: W3C
 * publishes PROV-O as an ontology but no JSON-LD context for it.
 */
import type { HopRole } from '../../__generated__/prisma/enums.js';
import type { JsonObject } from './claimreview.js';
import { publishingIdentity } from './identity.js';
import { globalId, iri, VOCAB } from './ids.js';
import { provActorType, provSourceType } from './kinds.js';
import type { HopExport } from './load.js';

const id = { '@type': '@id' } as const;

export const PROV_CONTEXT = {
  prov: 'http://www.w3.org/ns/prov#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  cg: VOCAB,
  id: '@id',
  type: '@type',
  label: 'rdfs:label',
  value: 'prov:value',
  wasAttributedTo: { '@id': 'prov:wasAttributedTo', ...id },
  wasQuotedFrom: { '@id': 'prov:wasQuotedFrom', ...id },
  hadPrimarySource: { '@id': 'prov:hadPrimarySource', ...id },
  qualifiedAttribution: { '@id': 'prov:qualifiedAttribution' },
  agent: { '@id': 'prov:agent', ...id },
  hadRole: { '@id': 'prov:hadRole', ...id },
  generatedAtTime: { '@id': 'prov:generatedAtTime', '@type': 'xsd:dateTime' },
  endedAtTime: { '@id': 'prov:endedAtTime', '@type': 'xsd:dateTime' },
  used: { '@id': 'prov:used', ...id },
  wasGeneratedBy: { '@id': 'prov:wasGeneratedBy', ...id },
  wasAssociatedWith: { '@id': 'prov:wasAssociatedWith', ...id },
  identifier: 'cg:identifier',
  states: { '@id': 'cg:states', ...id },
  statedCertainty: { '@id': 'cg:statedCertainty', ...id },
  namedAs: 'cg:namedAs',
  inVersion: { '@id': 'cg:inVersion', ...id },
} as const;

/** What a chain is drawn from: an appearance with its ordered hops, its claim and its version. */
export interface ProvAppearance {
  id: number;
  exact: string;
  statedCertainty: string;
  attribution: readonly HopExport[];
  claim: { id: number; text: string; assessments?: readonly ProvAssessment[] };
  version: { id: number; retrievedAt: Date };
}

/** An assessment of a claim: a prov:Activity that used the claim and generated a verdict. */
export interface ProvAssessment {
  id: number;
  verificationStatus: string;
  assessedAt: Date;
  assessedBy: string;
  importKey: string | null;
  reviewUrl: string | null;
}

const roleIri = (role: HopRole) => `cg:${role}`;

/** PROV-O: the object of prov:hadRole is a prov:Role. */
function roleNode(role: HopRole): JsonObject {
  return { id: roleIri(role), type: 'prov:Role', label: role.toLowerCase().replaceAll('_', ' ') };
}

/**
 * An assessment as PROV: the activity of assessing (which used the claim, was associated with who
 * assessed it, and ended when it was made) and the verdict it generated. This instance's analysts
 * are published as its organisation (their e-mail addresses stay inside).
 */
function assessmentNodes(claimId: number, assessment: ProvAssessment): JsonObject[] {
  const imported = assessment.importKey != null || assessment.reviewUrl != null;
  const who = imported ? assessment.assessedBy : publishingIdentity().publisherName;
  const agent = {
    id: imported && assessment.reviewUrl ? new URL(assessment.reviewUrl).origin : publishingIdentity().publisherUrl,
    type: ['prov:Agent', 'prov:Organization'],
    label: who,
  };
  const activity = iri('Assessment', assessment.id);
  return [
    agent,
    {
      id: activity,
      type: 'prov:Activity',
      label: `Assessment of the claim: ${assessment.verificationStatus.toLowerCase().replaceAll('_', ' ')}`,
      identifier: globalId('Assessment', assessment.id),
      used: iri('Claim', claimId),
      wasAssociatedWith: agent.id,
      endedAtTime: assessment.assessedAt.toISOString(),
    },
    {
      id: `${activity}#verdict`,
      type: 'prov:Entity',
      label: `Verdict: ${assessment.verificationStatus}`,
      value: assessment.verificationStatus,
      wasGeneratedBy: activity,
      wasAttributedTo: agent.id,
    },
  ];
}

function agentOf(hop: HopExport): JsonObject {
  if (hop.actor) {
    return {
      id: iri('Actor', hop.actor.id),
      type: ['prov:Agent', provActorType(hop.actor.kind)],
      label: hop.actor.name,
    };
  }
  if (hop.source) {
    return {
      id: iri('Source', hop.source.id),
      type: ['prov:Agent', provSourceType(hop.source.kind)],
      label: hop.source.name,
    };
  }
  throw new Error(`Attribution hop ${hop.id} has no agent.`);
}

/** The PROV graph of appearances' attribution chains, as one JSON-LD document. */
export function provenanceOf(appearances: readonly ProvAppearance[]): JsonObject {
  const nodes = new Map<string, JsonObject>();
  const add = (node: JsonObject) => {
    if (!nodes.has(node.id as string)) nodes.set(node.id as string, node);
  };
  for (const appearance of appearances) {
    const hops = [...appearance.attribution].sort((a, b) => a.position - b.position);
    const entities = hops.map((hop, k) => {
      const agent = agentOf(hop);
      add(agent);
      add(roleNode(hop.role));
      const entity: JsonObject = {
        id: iri('AttributionHop', hop.id),
        type: 'prov:Entity',
        label: `The claim as ${agent.label} passed it on (${hop.role.toLowerCase().replaceAll('_', ' ')})`,
        identifier: globalId('AttributionHop', hop.id),
        wasAttributedTo: agent.id,
        qualifiedAttribution: { type: 'prov:Attribution', agent: agent.id, hadRole: roleIri(hop.role) },
        ...(hop.exact ? { namedAs: hop.exact } : {}),
      };
      const previous = hops[k - 1];
      if (previous) entity.wasQuotedFrom = iri('AttributionHop', previous.id);
      return entity;
    });
    for (const entity of entities) add(entity);
    add({ id: iri('Claim', appearance.claim.id), type: 'prov:Entity', label: appearance.claim.text });
    for (const assessment of appearance.claim.assessments ?? []) {
      for (const node of assessmentNodes(appearance.claim.id, assessment)) add(node);
    }
    add({
      id: iri('ArticleVersion', appearance.version.id),
      type: 'prov:Entity',
      generatedAtTime: appearance.version.retrievedAt.toISOString(),
    });
    const first = entities[0];
    const last = entities.at(-1);
    add({
      id: iri('ClaimAppearance', appearance.id),
      type: 'prov:Entity',
      identifier: globalId('ClaimAppearance', appearance.id),
      value: appearance.exact,
      states: iri('Claim', appearance.claim.id),
      statedCertainty: `cg:${appearance.statedCertainty}`,
      inVersion: iri('ArticleVersion', appearance.version.id),
      ...(last ? { wasQuotedFrom: last.id } : {}),
      ...(first && entities.length > 1 ? { hadPrimarySource: first.id } : {}),
    });
  }
  return { '@context': PROV_CONTEXT, '@graph': [...nodes.values()] };
}

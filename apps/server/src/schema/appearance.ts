import type { UnionRef } from '@pothos/core';
import type { Actor as ActorRow, Source as SourceRow } from '../__generated__/prisma/client.js';
import { blockAt } from '../domain/article-text.js';
import { Actor } from './actor.js';
import { BlockKind } from './article.js';
import { builder, type SchemaTypes } from './builder.js';
import { Source } from './source.js';

export const StatedCertainty = builder.enumType('StatedCertainty', {
  description: 'How certain the text itself says a claim is: what it states, not what is true.',
  values: {
    ESTABLISHED_FACT: { description: 'Stated as settled background fact.' },
    ASSERTED_UNATTRIBUTED: { description: 'Asserted by the writer without naming a source.' },
    OFFICIAL_STATEMENT: { description: 'An official speaking for a government or body.' },
    ATTRIBUTED_STATEMENT: { description: 'Said by a named speaker or source.' },
    ALLEGATION: { description: 'An accusation or contested claim by a party.' },
    ESTIMATE: { description: 'A figure given as an estimate.' },
    UNCONFIRMED_REPORT: { description: 'Reports the text says are unconfirmed.' },
    RUMOUR: { description: 'Circulating rumour.' },
    SPECULATION: { description: 'A possibility the writer raises ("may have").' },
    DENIAL: { description: 'A party denies it.' },
    ABSENCE_OF_CONFIRMATION: { description: 'The text notes that something has not been said or confirmed.' },
    OPINION: { description: 'A judgement rather than a fact.' },
    INTENTION: { description: 'A stated plan or pledge.' },
  } as const,
});

export const AnchorStatus = builder.enumType('AnchorStatus', {
  description: 'Whether an appearance’s anchor still points at its words.',
  values: {
    ANCHORED: { description: 'Found at its position in the version it was made on.' },
    REANCHORED: { description: 'Found again in a later version of the article.' },
    ORPHANED: { description: 'The words are no longer in the article’s text.' },
  } as const,
});

export const CueKind = builder.enumType('CueKind', {
  description: 'What a cue word does to a claim’s stated certainty.',
  values: {
    HEDGE: { description: 'Weakens certainty ("may have", "Rumours").' },
    SOURCING: { description: 'Says where it comes from ("reports", "Footage shows").' },
    QUANTIFIER: { description: 'Qualifies a quantity ("An estimated", "An unknown number of").' },
    NEGATION: { description: 'Negates ("no mention").' },
    ATTRIBUTION_VERB: { description: 'A verb of saying ("claim", "pledged", "blamed").' },
    EVALUATIVE: { description: 'The writer’s evaluation ("extraordinary").' },
  } as const,
});

export const HopRole = builder.enumType('HopRole', {
  description: 'The part a hop plays in passing a claim along.',
  values: {
    ORIGINATOR: { description: 'Where the claim starts.' },
    QUOTED_SPEAKER: { description: 'A person or body quoted saying it.' },
    REPORTER: { description: 'An outlet that reported it.' },
    REPUBLISHER: { description: 'An outlet that republished another’s report.' },
    AGGREGATOR: { description: 'A service that collected it from others.' },
    UNNAMED_SOURCE: { description: 'A source the text does not name.' },
  } as const,
});

interface TextAnchorShape {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export const TextAnchor = builder.objectRef<TextAnchorShape>('TextAnchor').implement({
  description:
    'Where words sit in a stored text, after the W3C Web Annotation selectors: a text-quote selector (exact, prefix, suffix) and a text-position selector (start, end), with text[start:end] equal to exact.',
  fields: (t) => ({
    exact: t.exposeString('exact', { description: 'The words, exactly as the text has them.' }),
    prefix: t.exposeString('prefix', { description: 'Up to 32 characters before the words.' }),
    suffix: t.exposeString('suffix', { description: 'Up to 32 characters after the words.' }),
    start: t.exposeInt('start', { description: 'Start offset (UTF-16 code units).' }),
    end: t.exposeInt('end', { description: 'End offset, exclusive.' }),
  }),
});

export const Cue = builder.prismaObject('Cue', {
  description: 'A word or phrase in the text that carries the stated certainty.',
  fields: (t) => ({
    kind: t.expose('kind', { type: CueKind, description: 'What the cue does.' }),
    anchor: t.field({ type: TextAnchor, description: 'Where the cue is.', resolve: (cue) => cue }),
  }),
});

// Annotated: the union's members have connections back to hops, and TypeScript cannot infer
// through that cycle.
export const AttributionAgent: UnionRef<
  PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>,
  ActorRow | SourceRow
> = builder.unionType('AttributionAgent', {
  description: 'Who a hop is: an actor (a person, a body) or a source (an outlet, a platform).',
  // A thunk: actor.ts and source.ts import this file too.
  types: () => [Actor, Source],
  resolveType: (agent) => ('aliases' in agent ? 'Actor' : 'Source'),
});

export const AttributionHop = builder.prismaObject('AttributionHop', {
  description: 'One hop of an attribution chain, ordered from where the claim starts to the article.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: '1 for the first hop (the originator), then 2, 3…' }),
    role: t.expose('role', { type: HopRole, description: 'The part this hop plays.' }),
    agent: t.field({
      type: AttributionAgent,
      description: 'The actor or source at this hop.',
      select: (_args, _ctx, nestedSelection) => ({
        actor: nestedSelection(true, [], 'Actor'),
        source: nestedSelection(true, [], 'Source'),
      }),
      resolve: (hop) => {
        const agent = hop.actor ?? hop.source;
        if (!agent) throw new Error(`Attribution hop ${hop.id} has no agent.`);
        return agent;
      },
    }),
    actor: t.relation('actor', { nullable: true, description: 'The actor at this hop, when it is an actor.' }),
    source: t.relation('source', { nullable: true, description: 'The source at this hop, when it is a source.' }),
    anchor: t.field({
      type: TextAnchor,
      nullable: true,
      description: 'The words that name this hop, when the text names it.',
      resolve: ({ exact, prefix, suffix, start, end }) =>
        exact != null && start != null && end != null
          ? { exact, prefix: prefix ?? '', suffix: suffix ?? '', start, end }
          : null,
    }),
    appearance: t.relation('appearance', { description: 'The appearance whose chain this hop is in.' }),
  }),
});

export const AttributionHopConnection = builder.connectionObject(
  {
    type: AttributionHop,
    name: 'AttributionHopConnection',
    description: 'A page of attribution hops.',
  },
  { description: 'One item of a AttributionHopConnection page, with its cursor.' },
);

export const ClaimAppearance = builder.prismaNode('ClaimAppearance', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A version of an article stating a claim: at which words, with what stated certainty and hedges, and who the text says it comes from.',
  fields: (t) => ({
    claim: t.relation('claim', { description: 'The claim stated.' }),
    version: t.relation('version', { description: 'The article version whose text states it.' }),
    anchor: t.field({
      type: TextAnchor,
      description: 'Where the claim is stated.',
      resolve: (appearance) => appearance,
    }),
    quote: t.exposeString('exact', { description: 'The words that state the claim (the anchor’s exact text).' }),
    anchorStatus: t.expose('anchorStatus', { type: AnchorStatus, description: 'Whether the anchor still holds.' }),
    block: t.field({
      type: BlockKind,
      nullable: true,
      description: 'The kind of block the words are in (lede, body, caption…).',
      select: { version: { select: { blocks: { select: { start: true, end: true, kind: true } } } } },
      resolve: (appearance) => blockAt(appearance.version.blocks, appearance)?.kind ?? null,
    }),
    statedCertainty: t.expose('statedCertainty', {
      type: StatedCertainty,
      description: 'How certain the text says the claim is.',
    }),
    cues: t.relation('cues', {
      description: 'The words that carry the stated certainty, in reading order.',
      query: { orderBy: [{ start: 'asc' }, { id: 'asc' }] },
    }),
    attribution: t.relation('attribution', {
      description: 'Who the text says the claim comes from, hop by hop, from the originator to the article.',
      query: { orderBy: { position: 'asc' } },
    }),
    note: t.exposeString('note', { nullable: true, description: 'An analyst’s note.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it was last changed.' }),
    revision: t.exposeInt('revision', { description: 'Increases with every change; send it back with an update.' }),
  }),
});

export const ClaimAppearanceConnection = builder.connectionObject(
  {
    type: ClaimAppearance,
    name: 'ClaimAppearanceConnection',
    description: 'A page of claim appearances.',
  },
  { description: 'One item of a ClaimAppearanceConnection page, with its cursor.' },
);

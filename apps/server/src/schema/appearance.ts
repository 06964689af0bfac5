import type { UnionRef } from '@pothos/core';
import type { Actor as ActorRow, Source as SourceRow } from '../__generated__/prisma/client.js';
import { db } from '../db/database.js';
import {
  addAppearance,
  addAttributionHop,
  addCue,
  archiveAppearance,
  moveAttributionHop,
  removeAttributionHop,
  removeCue,
  updateAppearance,
} from '../domain/appearances.js';
import { blockAt } from '../domain/article-text.js';
import { runWrite } from '../domain/write.js';
import { Actor } from './actor.js';
import { BlockKind } from './article.js';
import { builder, type SchemaTypes } from './builder.js';
import { inputId, messageField, optionalInputId, resultOf, writeOptions } from './mutation-support.js';
import { anchorColumns } from './selections.js';
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

export const Cue = builder.prismaNode('Cue', {
  id: { field: 'id' },
  select: { id: true },
  nullable: true,
  description: 'A word or phrase in the text that carries the stated certainty.',
  fields: (t) => ({
    kind: t.expose('kind', { type: CueKind, description: 'What the cue does.' }),
    anchor: t.field({
      type: TextAnchor,
      description: 'Where the cue is.',
      select: anchorColumns,
      resolve: (cue) => cue,
    }),
  }),
});

/** Which member each agent row is: the rows hold only the columns the request selects, so the
 * hop's resolver records it when it picks the actor or the source. */
const agentKinds = new WeakMap<object, 'Actor' | 'Source'>();

// Annotated: the union's members have connections back to hops, and TypeScript cannot infer
// through that cycle.
export const AttributionAgent: UnionRef<
  PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>,
  Pick<ActorRow, 'id'> | Pick<SourceRow, 'id'>
> = builder.unionType('AttributionAgent', {
  description: 'Who a hop is: an actor (a person, a body) or a source (an outlet, a platform).',
  // A thunk: actor.ts and source.ts import this file too.
  types: () => [Actor, Source],
  resolveType: (agent) => agentKinds.get(agent) ?? null,
});

export const AttributionHop = builder.prismaNode('AttributionHop', {
  id: { field: 'id' },
  select: { id: true },
  nullable: true,
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
        const [agent, kind] = hop.actor ? [hop.actor, 'Actor' as const] : [hop.source, 'Source' as const];
        if (!agent) throw new Error(`Attribution hop ${hop.id} has no agent.`);
        agentKinds.set(agent, kind);
        return agent;
      },
    }),
    actor: t.relation('actor', { nullable: true, description: 'The actor at this hop, when it is an actor.' }),
    source: t.relation('source', { nullable: true, description: 'The source at this hop, when it is a source.' }),
    anchor: t.field({
      type: TextAnchor,
      nullable: true,
      description: 'The words that name this hop, when the text names it.',
      select: anchorColumns,
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
  // Select mode: a read loads the columns its fields need; a mutation's row answers with the
  // columns it was written with (loaded-columns.ts).
  select: { id: true },
  nullable: true,
  description:
    'A version of an article stating a claim: at which words, with what stated certainty and hedges, and who the text says it comes from.',
  fields: (t) => ({
    claim: t.relation('claim', { description: 'The claim stated.' }),
    version: t.relation('version', { description: 'The article version whose text states it.' }),
    anchor: t.field({
      type: TextAnchor,
      description: 'Where the claim is stated.',
      select: anchorColumns,
      resolve: (appearance) => appearance,
    }),
    quote: t.exposeString('exact', { description: 'The words that state the claim (the anchor’s exact text).' }),
    anchorStatus: t.expose('anchorStatus', { type: AnchorStatus, description: 'Whether the anchor still holds.' }),
    block: t.field({
      type: BlockKind,
      nullable: true,
      description: 'The kind of block the words are in (lede, body, caption…).',
      select: {
        start: true,
        end: true,
        version: { select: { blocks: { select: { start: true, end: true, kind: true } } } },
      },
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
    previous: t.relation('previous', {
      nullable: true,
      description: 'The appearance in the article’s previous version that this one was re-anchored from.',
    }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true, description: 'When it was archived.' }),
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

// ---------------------------------------------------------------------------------------------
// Writes

const TextQuoteInput = builder.inputType('TextQuoteInput', {
  description:
    'Words of a stored text, as a W3C text-quote selector. Plain or typographic quotes, dashes and spaces all match; a prefix or suffix chooses between repeats.',
  fields: (t) => ({
    exact: t.string({ required: true, description: 'The words.' }),
    prefix: t.string({ required: false, description: 'Text just before them.' }),
    suffix: t.string({ required: false, description: 'Text just after them.' }),
  }),
});

const CueInput = builder.inputType('CueInput', {
  description: 'A cue word, looked for in the same block as the appearance.',
  fields: (t) => ({
    kind: t.field({ type: CueKind, required: true, description: 'What the cue does.' }),
    quote: t.field({ type: TextQuoteInput, required: true, description: 'Its words.' }),
  }),
});

const hopFields = (
  t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, 'InputObject'>,
) => ({
  role: t.field({ type: HopRole, required: true, description: 'The part the hop plays.' }),
  actorId: t.id({ required: false, description: 'The actor at this hop (give this or sourceId).' }),
  sourceId: t.id({ required: false, description: 'The source at this hop (give this or actorId).' }),
  quote: t.field({
    type: TextQuoteInput,
    required: false,
    description: 'The words that name the hop, if the text names it.',
  }),
});

const HopInput = builder.inputType('AttributionHopInput', {
  description: 'One hop of an attribution chain.',
  fields: (t) => hopFields(t),
});

const AddAppearanceInput = builder.inputType('AddAppearanceInput', {
  description: 'A claim stated by an article version, anchored by quote.',
  fields: (t) => ({
    claimId: t.id({ required: true, description: 'The claim.' }),
    versionId: t.id({ required: true, description: 'The article version whose text states it.' }),
    quote: t.field({ type: TextQuoteInput, required: true, description: 'The words that state it.' }),
    statedCertainty: t.field({
      type: StatedCertainty,
      required: true,
      description: 'How certain the text says it is.',
    }),
    cues: t.field({ type: [CueInput], required: false, description: 'The words that carry the certainty.' }),
    attribution: t.field({
      type: [HopInput],
      required: false,
      description: 'Who the text says it comes from, originator first.',
    }),
    note: t.string({ required: false, description: 'An analyst’s note.' }),
    message: t.string(messageField),
  }),
});

const UpdateAppearanceInput = builder.inputType('UpdateAppearanceInput', {
  description: 'Changes to an appearance’s reading (its words are fixed by its anchor).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The appearance’s global ID.' }),
    revision: t.int({ required: true, description: 'The revision the change was made against.' }),
    statedCertainty: t.field({
      type: StatedCertainty,
      required: false,
      description: 'How certain the text says it is.',
    }),
    note: t.string({ required: false, description: 'An analyst’s note.' }),
    message: t.string(messageField),
  }),
});

const ArchiveAppearanceInput = builder.inputType('ArchiveAppearanceInput', {
  description: 'Archives an appearance.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The appearance’s global ID.' }),
    revision: t.int({ required: true, description: 'The revision the change was made against.' }),
    message: t.string(messageField),
  }),
});

const AddCueInput = builder.inputType('AddCueInput', {
  description: 'A cue word to anchor in an appearance’s block.',
  fields: (t) => ({
    appearanceId: t.id({ required: true, description: 'The appearance.' }),
    kind: t.field({ type: CueKind, required: true, description: 'What the cue does.' }),
    quote: t.field({ type: TextQuoteInput, required: true, description: 'Its words.' }),
    message: t.string(messageField),
  }),
});

const RemoveCueInput = builder.inputType('RemoveCueInput', {
  description: 'A cue to remove.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The cue’s global ID.' }),
    message: t.string(messageField),
  }),
});

const AddHopInput = builder.inputType('AddAttributionHopInput', {
  description: 'A hop to insert into an appearance’s attribution chain.',
  fields: (t) => ({
    appearanceId: t.id({ required: true, description: 'The appearance.' }),
    position: t.int({ required: false, description: '1-based place in the chain; the end when omitted.' }),
    ...hopFields(t),
    message: t.string(messageField),
  }),
});

const MoveHopInput = builder.inputType('MoveAttributionHopInput', {
  description: 'Moves a hop to another place in its chain.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The hop’s global ID.' }),
    position: t.int({ required: true, description: 'Its new 1-based place.' }),
    message: t.string(messageField),
  }),
});

const RemoveHopInput = builder.inputType('RemoveAttributionHopInput', {
  description: 'A hop to remove; later hops move up.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The hop’s global ID.' }),
    message: t.string(messageField),
  }),
});

type QuoteArg = { exact: string; prefix?: string | null; suffix?: string | null };
const quoteOf = (quote: QuoteArg) => ({ exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix });

function hopOf(hop: typeof HopInput.$inferInput, path: string[]) {
  return {
    role: hop.role,
    actorId: optionalInputId(hop.actorId, [...path, 'actorId'], 'Actor'),
    sourceId: optionalInputId(hop.sourceId, [...path, 'sourceId'], 'Source'),
    quote: hop.quote ? quoteOf(hop.quote) : null,
  };
}

const appearanceId = (value: string | number, path = ['input', 'id']) => inputId(value, path, 'ClaimAppearance');
const reload = (id: number) => db().claimAppearance.findUniqueOrThrow({ where: { id } });

builder.mutationFields((t) => ({
  addAppearance: t.field({
    type: ClaimAppearance,
    description: 'Records that an article version states a claim, anchoring the quote, cues and chain in its text.',
    args: { input: t.arg({ type: AddAppearanceInput, required: true, description: 'The appearance.' }) },
    errors: resultOf('addAppearance', 'appearance', 'the new appearance'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        addAppearance(w, {
          claimId: inputId(input.claimId, ['input', 'claimId'], 'Claim'),
          versionId: inputId(input.versionId, ['input', 'versionId'], 'ArticleVersion'),
          quote: quoteOf(input.quote),
          statedCertainty: input.statedCertainty,
          cues: (input.cues ?? []).map((cue) => ({ kind: cue.kind, quote: quoteOf(cue.quote) })),
          attribution: (input.attribution ?? []).map((hop, i) => hopOf(hop, ['input', 'attribution', String(i)])),
          note: input.note,
        }),
      ),
  }),
  updateAppearance: t.field({
    type: ClaimAppearance,
    description: 'Changes an appearance’s stated certainty or note.',
    args: { input: t.arg({ type: UpdateAppearanceInput, required: true, description: 'The changes.' }) },
    errors: resultOf('updateAppearance', 'appearance', 'the appearance as changed'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        updateAppearance(w, appearanceId(input.id), input.revision, {
          statedCertainty: input.statedCertainty ?? undefined,
          note: input.note,
        }),
      ),
  }),
  archiveAppearance: t.field({
    type: ClaimAppearance,
    description: 'Archives an appearance.',
    args: { input: t.arg({ type: ArchiveAppearanceInput, required: true, description: 'Which appearance.' }) },
    errors: resultOf('archiveAppearance', 'appearance', 'the archived appearance'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        archiveAppearance(w, appearanceId(input.id), input.revision),
      ),
  }),
  addCue: t.field({
    type: ClaimAppearance,
    description: 'Anchors a cue word in an appearance’s block.',
    args: { input: t.arg({ type: AddCueInput, required: true, description: 'The cue.' }) },
    errors: resultOf('addCue', 'appearance', 'the appearance with the cue'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        addCue(w, {
          appearanceId: appearanceId(input.appearanceId, ['input', 'appearanceId']),
          kind: input.kind,
          quote: quoteOf(input.quote),
        }),
      ),
  }),
  removeCue: t.field({
    type: ClaimAppearance,
    description: 'Removes a cue from its appearance.',
    args: { input: t.arg({ type: RemoveCueInput, required: true, description: 'Which cue.' }) },
    errors: resultOf('removeCue', 'appearance', 'the appearance without the cue'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) => removeCue(w, inputId(input.id, ['input', 'id'], 'Cue'))),
  }),
  addAttributionHop: t.field({
    type: ClaimAppearance,
    description: 'Inserts a hop into an appearance’s attribution chain.',
    args: { input: t.arg({ type: AddHopInput, required: true, description: 'The hop and its place.' }) },
    errors: resultOf('addAttributionHop', 'appearance', 'the appearance with its new chain'),
    resolve: async (_root, { input }, context) => {
      const id = appearanceId(input.appearanceId, ['input', 'appearanceId']);
      await runWrite(writeOptions(context, input.message), (w) =>
        addAttributionHop(w, { appearanceId: id, position: input.position, ...hopOf(input, ['input']) }),
      );
      return reload(id);
    },
  }),
  moveAttributionHop: t.field({
    type: ClaimAppearance,
    description: 'Moves a hop to another place in its chain.',
    args: { input: t.arg({ type: MoveHopInput, required: true, description: 'The hop and its new place.' }) },
    errors: resultOf('moveAttributionHop', 'appearance', 'the appearance with its reordered chain'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        moveAttributionHop(w, {
          hopId: inputId(input.id, ['input', 'id'], 'AttributionHop'),
          position: input.position,
        }),
      ),
  }),
  removeAttributionHop: t.field({
    type: ClaimAppearance,
    description: 'Removes a hop from its chain.',
    args: { input: t.arg({ type: RemoveHopInput, required: true, description: 'Which hop.' }) },
    errors: resultOf('removeAttributionHop', 'appearance', 'the appearance with its shortened chain'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        removeAttributionHop(w, inputId(input.id, ['input', 'id'], 'AttributionHop')),
      ),
  }),
}));

import type { Suggestion as SuggestionRow } from '../__generated__/prisma/client.js';
import { db } from '../db/database.js';
import { changeNotices } from '../domain/events.js';
import { LIKELY_DUPLICATE, similarClaims } from '../domain/suggestions/similar.js';
import {
  acceptSuggestion,
  editSuggestion,
  rejectSuggestion,
  type StoredCue,
  type StoredHop,
  suggestForVersion,
} from '../domain/suggestions/store.js';
import { runWrite } from '../domain/write.js';
import { CueKind, HopRole, StatedCertainty, TextAnchor } from './appearance.js';
import { ArticleVersion } from './article.js';
import { builder, type SchemaTypes } from './builder.js';
import { ChangeEvent } from './change-event.js';
import { Claim, ClaimType } from './claim.js';
import { inputId, messageField, resultOf, writeOptions } from './mutation-support.js';
import { MAX_PAGE_SIZE } from './paging.js';
import { SimilarClaim } from './similar-claim.js';

/**
 * Suggestions: claims the extractor proposes for an article version (domain/suggestions). Their own
 * type, never a Claim or a ClaimAppearance, so no list, search or export of analysts' work shows them;
 * an analyst accepts (a real claim and appearance, audited), edits or rejects each.
 */

export const SuggestionStatus = builder.enumType('SuggestionStatus', {
  description: 'Where a suggestion stands.',
  values: {
    PENDING: { description: 'Proposed, not yet decided.' },
    ACCEPTED: { description: 'Accepted: it became a claim and an appearance.' },
    REJECTED: { description: 'Rejected: kept, so the same span is not proposed again.' },
  } as const,
});

export const SuggestedAgentKind = builder.enumType('SuggestedAgentKind', {
  description: 'What accepting a suggestion creates for a hop that matched nothing recorded.',
  values: {
    ACTOR: { description: 'An actor (a person, a body).' },
    SOURCE: { description: 'A source (an outlet, an unnamed collective).' },
  } as const,
});

interface Span {
  exact: string;
  start: number;
  end: number;
}

const SuggestedSpan = builder.objectRef<Span>('SuggestedSpan').implement({
  description: 'Words of the version’s text a suggestion points to: text[start:end] equals exact.',
  fields: (t) => ({
    exact: t.exposeString('exact', { description: 'The words, exactly as the text has them.' }),
    start: t.exposeInt('start', { description: 'Start offset (UTF-16 code units).' }),
    end: t.exposeInt('end', { description: 'End offset, exclusive.' }),
  }),
});

const SuggestedCue = builder.objectRef<StoredCue>('SuggestedCue').implement({
  description: 'A proposed cue: words that justify the proposed stated certainty.',
  fields: (t) => ({
    kind: t.field({ type: CueKind, description: 'What the cue does.', resolve: (cue) => cue.kind }),
    span: t.field({ type: SuggestedSpan, description: 'Where the cue is.', resolve: (cue) => cue }),
  }),
});

const SuggestedHop = builder.objectRef<StoredHop>('SuggestedHop').implement({
  description: 'A proposed hop of the attribution chain, matched to a recorded actor or source when one has the name.',
  fields: (t) => ({
    role: t.field({ type: HopRole, description: 'The hop’s role.', resolve: (hop) => hop.role }),
    name: t.exposeString('name', { description: 'The name as the text gives it (or the publisher’s name).' }),
    span: t.field({
      type: SuggestedSpan,
      nullable: true,
      description: 'The words that name the hop; null for the publisher, which the text need not name.',
      resolve: (hop) =>
        hop.exact !== undefined && hop.start !== undefined && hop.end !== undefined
          ? { exact: hop.exact, start: hop.start, end: hop.end }
          : null,
    }),
    actor: t.prismaField({
      type: 'Actor',
      nullable: true,
      description: 'The recorded actor it matched by name or alias.',
      resolve: (query, hop) => {
        const selection = { ...query }; // read even when unmatched, or the unused-query check fires
        return hop.actorId === undefined ? null : db().actor.findUnique({ ...selection, where: { id: hop.actorId } });
      },
    }),
    source: t.prismaField({
      type: 'Source',
      nullable: true,
      description: 'The recorded source it matched by name.',
      resolve: (query, hop) => {
        const selection = { ...query }; // read even when unmatched, or the unused-query check fires
        return hop.sourceId === undefined
          ? null
          : db().source.findUnique({ ...selection, where: { id: hop.sourceId } });
      },
    }),
    proposedKind: t.field({
      type: SuggestedAgentKind,
      description: 'What accepting creates when it matched nothing.',
      resolve: (hop) => hop.proposedKind,
    }),
  }),
});

interface StoredQuantity extends Span {
  value?: number;
  lower?: number;
  upper?: number;
  approximate: boolean;
}

const SuggestedQuantity = builder.objectRef<StoredQuantity>('SuggestedQuantity').implement({
  description: 'A number the claim gives, with bounds read from its quantifier ("at least", "as many as").',
  fields: (t) => ({
    span: t.field({ type: SuggestedSpan, description: 'The number’s words.', resolve: (q) => q }),
    value: t.float({
      nullable: true,
      description: 'Its value, when written in digits.',
      resolve: (q) => q.value ?? null,
    }),
    lower: t.float({ nullable: true, description: 'A lower bound ("at least").', resolve: (q) => q.lower ?? null }),
    upper: t.float({ nullable: true, description: 'An upper bound ("as many as").', resolve: (q) => q.upper ?? null }),
    approximate: t.exposeBoolean('approximate', { description: 'Whether the text makes it approximate.' }),
  }),
});

export const Suggestion = builder.prismaNode('Suggestion', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A claim the extractor proposes for an article version, with its quote, stated certainty, cues, attribution, quantities, times and confidence. Not an analyst’s work: accepting it creates the claim and appearance.',
  fields: (t) => ({
    status: t.expose('status', { type: SuggestionStatus, description: 'Pending, accepted or rejected.' }),
    quote: t.field({
      type: TextAnchor,
      description: 'The proposed quote, anchored in the version’s text.',
      resolve: (s) => s,
    }),
    text: t.exposeString('text', { description: 'The proposed canonical text of the claim (an analyst may edit it).' }),
    type: t.expose('type', { type: ClaimType, description: 'The proposed kind of proposition.' }),
    language: t.exposeString('language', { description: 'The language of the text (BCP 47), from the article.' }),
    statedCertainty: t.expose('statedCertainty', {
      type: StatedCertainty,
      description: 'The proposed stated certainty: what the text says about it.',
    }),
    cues: t.field({
      type: [SuggestedCue],
      description: 'The cue words that justify the proposed certainty.',
      resolve: (s) => s.cues as unknown as StoredCue[],
    }),
    attribution: t.field({
      type: [SuggestedHop],
      description: 'The proposed attribution chain, from the originator to the article.',
      resolve: (s) => s.attribution as unknown as StoredHop[],
    }),
    quantities: t.field({
      type: [SuggestedQuantity],
      description: 'Numbers the claim gives.',
      resolve: (s) => s.quantities as unknown as StoredQuantity[],
    }),
    times: t.field({
      type: [SuggestedSpan],
      description: 'Times and dates it gives, as written ("on Thursday").',
      resolve: (s) => s.times as unknown as Span[],
    }),
    confidence: t.exposeFloat('confidence', {
      description: '0–1: how sure the extractor’s rules are of the proposal.',
    }),
    extractor: t.exposeString('extractor', { description: 'Which rules proposed it (their version).' }),
    note: t.exposeString('note', { nullable: true, description: 'The analyst’s note, e.g. why it was rejected.' }),
    revision: t.exposeInt('revision', { description: 'Increases with every change; edits and decisions may give it.' }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was accepted or rejected.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was proposed.' }),
    version: t.relation('version', { description: 'The article version it was proposed for.' }),
    claim: t.relation('claim', { nullable: true, description: 'The claim accepting it created.' }),
    appearance: t.relation('appearance', { nullable: true, description: 'The appearance accepting it created.' }),
    likelyRepeats: t.field({
      type: [SimilarClaim],
      description:
        'Existing claims this one may repeat (across articles, and languages where a translation is recorded), best first.',
      args: { first: t.arg.int({ required: false, description: `How many, 1–${MAX_PAGE_SIZE}; default 5.` }) },
      resolve: (s, args) =>
        similarClaims(
          db(),
          { text: s.exact, language: s.language, excludeClaimId: s.claimId ?? undefined },
          Math.min(Math.max(args.first ?? 5, 1), MAX_PAGE_SIZE),
        ),
    }),
  }),
});

builder.prismaObjectFields(ArticleVersion, (t) => ({
  suggestions: t.relation('suggestions', {
    description: 'The extractor’s suggestions for this version, in text order (not analysts’ work: see Suggestion).',
    args: {
      status: t.arg({ type: [SuggestionStatus], required: false, description: 'Only these statuses.' }),
    },
    query: (args) => ({
      where: args.status?.length ? { status: { in: args.status } } : {},
      orderBy: [{ start: 'asc' }, { id: 'asc' }],
    }),
  }),
}));

const SuggestAppearancesInput = builder.inputType('SuggestAppearancesInput', {
  description: 'Which article version to propose claims for.',
  fields: (t) => ({
    versionId: t.id({ required: true, description: 'The article version’s global ID.' }),
    message: t.string(messageField),
  }),
});

interface SuggestPayload {
  versionId: number;
  created: SuggestionRow[];
}

const SuggestAppearancesPayload = builder.objectRef<SuggestPayload>('SuggestedAppearances').implement({
  description: 'What proposing claims for a version did.',
  fields: (t) => ({
    version: t.prismaField({
      type: 'ArticleVersion',
      description: 'The version; its `suggestions` lists every suggestion, older ones included.',
      resolve: (query, p) => db().articleVersion.findUniqueOrThrow({ ...query, where: { id: p.versionId } }),
    }),
    created: t.field({
      type: [Suggestion],
      description:
        'The suggestions this call created, in text order (spans already proposed, rejected or stated are skipped).',
      resolve: (p) => p.created,
    }),
  }),
});

const decisionFields = (
  t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, 'InputObject'>,
) => ({
  id: t.id({ required: true, description: 'The suggestion’s global ID.' }),
  revision: t.int({
    required: false,
    description: 'The revision read; when given, a changed suggestion is a conflict.',
  }),
  note: t.string({ required: false, description: 'A note, e.g. why it is rejected.' }),
  message: t.string(messageField),
});

const proposalFields = (
  t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, 'InputObject'>,
) => ({
  text: t.string({ required: false, description: 'The claim’s canonical text.' }),
  type: t.field({ type: ClaimType, required: false, description: 'The kind of proposition.' }),
  statedCertainty: t.field({ type: StatedCertainty, required: false, description: 'The stated certainty.' }),
});

const AcceptSuggestionInput = builder.inputType('AcceptSuggestionInput', {
  description: 'A suggestion to accept, with the analyst’s changes: omitted fields keep the proposal.',
  fields: (t) => ({
    ...decisionFields(t),
    ...proposalFields(t),
    language: t.string({ required: false, description: 'The claim’s language (BCP 47), if not the article’s.' }),
  }),
});

const EditSuggestionInput = builder.inputType('EditSuggestionInput', {
  description: 'Changes to a pending suggestion: omitted fields stay as they are.',
  fields: (t) => ({ ...decisionFields(t), ...proposalFields(t) }),
});

const RejectSuggestionInput = builder.inputType('RejectSuggestionInput', {
  description: 'A suggestion to reject.',
  fields: (t) => decisionFields(t),
});

interface AcceptPayload {
  suggestion: SuggestionRow;
  claim: { id: number };
  appearance: { id: number };
}

const AcceptedSuggestion = builder.objectRef<AcceptPayload>('AcceptedSuggestion').implement({
  description: 'What accepting a suggestion created.',
  fields: (t) => ({
    suggestion: t.field({
      type: Suggestion,
      description: 'The suggestion, now accepted.',
      resolve: (p) => p.suggestion,
    }),
    claim: t.prismaField({
      type: Claim,
      description: 'The new claim; its `likelyDuplicates` are the existing claims it may repeat.',
      resolve: (query, p) => db().claim.findUniqueOrThrow({ ...query, where: { id: p.claim.id } }),
    }),
    appearance: t.prismaField({
      type: 'ClaimAppearance',
      description: 'The new appearance, with the proposed cues and attribution.',
      resolve: (query, p) => db().claimAppearance.findUniqueOrThrow({ ...query, where: { id: p.appearance.id } }),
    }),
  }),
});

const suggestionId = (value: string | number) => inputId(value, ['input', 'id'], 'Suggestion');

builder.mutationFields((t) => ({
  suggestAppearances: t.field({
    type: SuggestAppearancesPayload,
    description:
      'Proposes the claims of an article version: anchored quotes, stated certainty with its cue words, attribution matched to recorded actors and sources, quantities, times and a confidence. Kept as suggestions for an analyst to accept, edit or reject.',
    args: { input: t.arg({ type: SuggestAppearancesInput, required: true, description: 'The version.' }) },
    errors: { ...resultOf('suggestAppearances', 'suggested', 'the suggestions'), directResult: false },
    resolve: async (_root, { input }, context) => {
      const versionId = inputId(input.versionId, ['input', 'versionId'], 'ArticleVersion');
      const created = await runWrite(writeOptions(context, input.message), (w) => suggestForVersion(w, versionId));
      return { versionId, created };
    },
  }),
  acceptSuggestion: t.field({
    type: AcceptedSuggestion,
    description:
      'Accepts a suggestion, with the analyst’s changes: creates the claim and its appearance (cues, attribution) as createClaim and addAppearance do, in one audited write.',
    args: { input: t.arg({ type: AcceptSuggestionInput, required: true, description: 'The suggestion.' }) },
    errors: { ...resultOf('acceptSuggestion', 'accepted', 'what accepting created'), directResult: false },
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        acceptSuggestion(w, suggestionId(input.id), input.revision, input),
      ),
  }),
  editSuggestion: t.field({
    type: Suggestion,
    description: 'Changes a pending suggestion’s proposed text, type or certainty before it is decided.',
    args: { input: t.arg({ type: EditSuggestionInput, required: true, description: 'The changes.' }) },
    errors: resultOf('editSuggestion', 'suggestion', 'the suggestion as edited'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        editSuggestion(w, suggestionId(input.id), input.revision, input),
      ),
  }),
  rejectSuggestion: t.field({
    type: Suggestion,
    description: 'Rejects a suggestion. It is kept, so the same span is not proposed again.',
    args: { input: t.arg({ type: RejectSuggestionInput, required: true, description: 'The suggestion.' }) },
    errors: resultOf('rejectSuggestion', 'suggestion', 'the rejected suggestion'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        rejectSuggestion(w, suggestionId(input.id), input.revision, input.note),
      ),
  }),
}));

// ---------------------------------------------------------------------------------------------
// Live: new suggestions, and new claims that likely repeat existing ones.

const SuggestionAdded = builder.objectRef<{ eventId: number; suggestionId: number }>('SuggestionAdded').implement({
  description: 'A new suggestion.',
  fields: (t) => ({
    event: t.prismaField({
      type: ChangeEvent,
      description: 'The audit record of the write.',
      resolve: (query, n) => db().changeEvent.findUniqueOrThrow({ ...query, where: { id: n.eventId } }),
    }),
    suggestion: t.prismaField({
      type: Suggestion,
      description: 'The suggestion.',
      resolve: (query, n) => db().suggestion.findUniqueOrThrow({ ...query, where: { id: n.suggestionId } }),
    }),
  }),
});

const LikelyRepeat = builder
  .objectRef<{ eventId: number; claimId: number; similar: Awaited<ReturnType<typeof similarClaims>> }>('LikelyRepeat')
  .implement({
    description: 'A new claim that likely repeats existing ones.',
    fields: (t) => ({
      event: t.prismaField({
        type: ChangeEvent,
        description: 'The audit record of the claim’s creation.',
        resolve: (query, n) => db().changeEvent.findUniqueOrThrow({ ...query, where: { id: n.eventId } }),
      }),
      claim: t.prismaField({
        type: Claim,
        description: 'The new claim.',
        resolve: (query, n) => db().claim.findUniqueOrThrow({ ...query, where: { id: n.claimId } }),
      }),
      repeats: t.field({
        type: [SimilarClaim],
        description: 'The existing claims it likely repeats, best first.',
        resolve: (n) => n.similar,
      }),
    }),
  });

builder.subscriptionFields((t) => ({
  suggestionAdded: t.field({
    type: SuggestionAdded,
    description: 'Hears new suggestions, for one article or all.',
    args: { article: t.arg.id({ required: false, description: 'Only suggestions for this article’s versions.' }) },
    subscribe: async function* (_root, args) {
      const articleId = args.article == null ? null : inputId(args.article, ['article'], 'Article');
      for await (const notice of changeNotices()) {
        if (notice.entityType !== 'Suggestion' || notice.operation !== 'CREATE') continue;
        if (articleId != null) {
          const row = await db().suggestion.findUnique({
            where: { id: notice.entityId },
            select: { version: { select: { articleId: true } } },
          });
          if (row?.version.articleId !== articleId) continue;
        }
        yield { eventId: notice.eventId, suggestionId: notice.entityId };
      }
    },
    resolve: (n) => n,
  }),
  likelyRepeatFound: t.field({
    type: LikelyRepeat,
    description: 'Hears new claims (created or from accepted suggestions) that likely repeat existing ones.',
    subscribe: async function* () {
      for await (const notice of changeNotices()) {
        if (notice.entityType !== 'Claim' || notice.operation !== 'CREATE') continue;
        const claim = await db().claim.findUnique({
          where: { id: notice.entityId },
          select: { text: true, language: true },
        });
        if (!claim) continue;
        const similar = (
          await similarClaims(db(), { text: claim.text, language: claim.language, excludeClaimId: notice.entityId }, 5)
        ).filter((s) => s.score >= LIKELY_DUPLICATE);
        if (similar.length) yield { eventId: notice.eventId, claimId: notice.entityId, similar };
      }
    },
    resolve: (n) => n,
  }),
}));

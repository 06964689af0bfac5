import type { ClaimType, CueKind, HopRole, StatedCertainty, Suggestion } from '../../__generated__/prisma/client.js';
import { createActor } from '../actors.js';
import { contextOf, type TextSpan } from '../anchoring.js';
import { addAppearance } from '../appearances.js';
import { changesOf, type Write } from '../audit.js';
import { createClaim, languageTag } from '../claims.js';
import { ConflictError, notFound, validationError } from '../errors.js';
import { createSource } from '../sources.js';
import type { KnownAgent } from './agents.js';
import { overlaps } from './evaluate.js';
import { type SuggestedClaim, suggestClaims } from './extract.js';

/**
 * Suggestions kept for an article version: proposed by the extractor (extract.ts), decided by an
 * analyst. Accepting one creates the claim and its appearance with the same domain functions as the
 * createClaim and addAppearance mutations, in the same audited transaction; rejecting one keeps it,
 * so the span is not proposed again. A suggestion is never an appearance until accepted.
 */

/** The rules' version, stored with each suggestion. */
export const EXTRACTOR = 'claimgraph-rules/1';

const FIELDS = ['status', 'text', 'type', 'statedCertainty', 'note', 'claimId', 'appearanceId', 'decidedAt'] as const;

/** A stored hop: the extractor's proposal, with the recorded actor or source it matched. */
export interface StoredHop {
  role: HopRole;
  name: string;
  exact?: string;
  start?: number;
  end?: number;
  actorId?: number;
  sourceId?: number;
  official: boolean;
  proposedKind: 'ACTOR' | 'SOURCE';
}

export interface StoredCue {
  kind: CueKind;
  exact: string;
  start: number;
  end: number;
}

function storedHops(claim: SuggestedClaim): StoredHop[] {
  return claim.attribution.map((hop) => ({
    role: hop.role,
    name: hop.name,
    ...(hop.span ? { exact: hop.span.exact, start: hop.span.start, end: hop.span.end } : {}),
    ...(hop.match?.kind === 'ACTOR' ? { actorId: hop.match.id } : {}),
    ...(hop.match?.kind === 'SOURCE' ? { sourceId: hop.match.id } : {}),
    official: hop.official,
    proposedKind: hop.proposedKind,
  }));
}

async function knownAgents({ tx }: Write): Promise<KnownAgent[]> {
  const [actors, sources] = await Promise.all([
    tx.actor.findMany({
      where: { archivedAt: null, mergedIntoId: null },
      select: { id: true, name: true, aliases: true },
    }),
    tx.source.findMany({ select: { id: true, name: true, domain: true } }),
  ]);
  return [
    ...actors.map((a) => ({ kind: 'ACTOR' as const, id: a.id, name: a.name, aliases: a.aliases })),
    ...sources.map((s) => ({ kind: 'SOURCE' as const, id: s.id, name: s.name, aliases: s.domain ? [s.domain] : [] })),
  ];
}

/**
 * Proposes the claims of a version and keeps the new ones: spans already proposed (accepted,
 * rejected or pending) or already stated by an analyst's appearance are not proposed again.
 * Returns the suggestions created by this call.
 */
export async function suggestForVersion(w: Write, versionId: number): Promise<Suggestion[]> {
  const { tx } = w;
  const version = await tx.articleVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      text: true,
      article: { select: { id: true, language: true, publisherId: true, originalPublisherId: true } },
      appearances: { where: { archivedAt: null }, select: { start: true, end: true } },
      suggestions: { select: { start: true, end: true } },
    },
  });
  if (!version) throw notFound('The article version', ['input', 'versionId']);
  const known = await knownAgents(w);
  const publisherId = version.article.originalPublisherId ?? version.article.publisherId;
  const publisher = known.find((k) => k.kind === 'SOURCE' && k.id === publisherId);
  const proposals = suggestClaims(version.text, {
    language: version.article.language,
    known,
    ...(publisher ? { publisher } : {}),
  });
  const taken: TextSpan[] = [...version.appearances, ...version.suggestions];
  const created: Suggestion[] = [];
  for (const proposal of proposals) {
    if (taken.some((span) => overlaps(span, proposal.span))) continue;
    taken.push(proposal.span);
    const suggestion = await tx.suggestion.create({
      data: {
        versionId,
        exact: proposal.span.exact,
        ...contextOf(version.text, proposal.span),
        start: proposal.span.start,
        end: proposal.span.end,
        text: proposal.text,
        type: proposal.type,
        language: version.article.language,
        statedCertainty: proposal.statedCertainty,
        cues: proposal.cues.map(({ kind, exact, start, end }) => ({ kind, exact, start, end })),
        attribution: storedHops(proposal) as object[],
        quantities: proposal.quantities as object[],
        times: proposal.times as object[],
        confidence: proposal.confidence,
        extractor: EXTRACTOR,
      },
    });
    w.audit.record({
      entityType: 'Suggestion',
      entityId: suggestion.id,
      operation: 'CREATE',
      changes: changesOf(null, suggestion, ['exact', 'start', 'end', ...FIELDS]),
      articleId: version.article.id,
    });
    created.push(suggestion);
  }
  return created;
}

async function pending({ tx }: Write, id: number, revision: number | null | undefined) {
  const suggestion = await tx.suggestion.findUnique({ where: { id } });
  if (!suggestion) throw notFound('The suggestion', ['input', 'id']);
  if (suggestion.status !== 'PENDING')
    throw new ConflictError(`The suggestion was already ${suggestion.status.toLowerCase()}.`, [
      { path: ['input', 'id'], message: `Already ${suggestion.status.toLowerCase()}.`, code: 'ALREADY_DECIDED' },
    ]);
  if (revision != null && revision !== suggestion.revision)
    throw new ConflictError('The suggestion changed since it was read.', [
      {
        path: ['input', 'revision'],
        message: `The current revision is ${suggestion.revision}.`,
        code: 'STALE_REVISION',
      },
    ]);
  return suggestion;
}

export interface SuggestionEdits {
  text?: string | null | undefined;
  type?: ClaimType | null | undefined;
  statedCertainty?: StatedCertainty | null | undefined;
  note?: string | null | undefined;
}

type Decision = Partial<
  Pick<Suggestion, 'status' | 'text' | 'type' | 'statedCertainty' | 'note' | 'claimId' | 'appearanceId' | 'decidedAt'>
>;

async function save(w: Write, before: Suggestion, data: Decision) {
  if (data.text !== undefined && !data.text?.trim()) throw validationError(['input', 'text'], 'The text is empty.');
  const after = await w.tx.suggestion.update({
    where: { id: before.id, revision: before.revision },
    data: { ...data, revision: before.revision + 1 },
  });
  const version = await w.tx.articleVersion.findUniqueOrThrow({
    where: { id: before.versionId },
    select: { articleId: true },
  });
  w.audit.record({
    entityType: 'Suggestion',
    entityId: after.id,
    operation: 'UPDATE',
    changes: changesOf(before, after, FIELDS),
    claimId: after.claimId,
    appearanceId: after.appearanceId,
    articleId: version.articleId,
  });
  return after;
}

/** An analyst's changes to a pending suggestion, before deciding it. */
export async function editSuggestion(
  w: Write,
  id: number,
  revision: number | null | undefined,
  edits: SuggestionEdits,
) {
  const before = await pending(w, id, revision);
  return save(w, before, {
    ...(edits.text != null ? { text: edits.text.trim() } : {}),
    ...(edits.type != null ? { type: edits.type } : {}),
    ...(edits.statedCertainty != null ? { statedCertainty: edits.statedCertainty } : {}),
    ...(edits.note !== undefined ? { note: edits.note } : {}),
  });
}

export async function rejectSuggestion(
  w: Write,
  id: number,
  revision: number | null | undefined,
  note?: string | null,
) {
  const before = await pending(w, id, revision);
  return save(w, before, { status: 'REJECTED', decidedAt: new Date(), ...(note !== undefined ? { note } : {}) });
}

/**
 * Accepts a suggestion, as edited: creates the claim (createClaim) and its appearance
 * (addAppearance) with the proposed quote, certainty, cues and attribution. Speakers and sources the
 * text names that match nothing recorded are created first (createActor, createSource), with a kind
 * to review: a person for a named speaker, a government body for an official one, an unnamed
 * collective or a news outlet for sources.
 */
export async function acceptSuggestion(
  w: Write,
  id: number,
  revision: number | null | undefined,
  edits: SuggestionEdits & { language?: string | null | undefined },
) {
  const before = await pending(w, id, revision);
  const version = await w.tx.articleVersion.findUniqueOrThrow({
    where: { id: before.versionId },
    select: { text: true },
  });
  const quantities = before.quantities as { value?: number; lower?: number; upper?: number; approximate: boolean }[];
  const times = before.times as { exact: string }[];
  const quantity = quantities.find((q) => q.value !== undefined || q.lower !== undefined || q.upper !== undefined);
  const claim = await createClaim(w, {
    text: edits.text?.trim() || before.text,
    type: edits.type ?? before.type,
    language: edits.language ? languageTag(edits.language, ['input', 'language']) : before.language,
    ...(times[0] ? { timeText: times[0].exact } : {}),
    ...(quantity
      ? {
          quantity: {
            ...(quantity.value !== undefined ? { value: quantity.value } : {}),
            ...(quantity.lower !== undefined ? { lower: quantity.lower } : {}),
            ...(quantity.upper !== undefined ? { upper: quantity.upper } : {}),
            approximate: quantity.approximate,
          },
        }
      : {}),
  });
  const hops = [];
  for (const hop of before.attribution as unknown as StoredHop[]) {
    let { actorId, sourceId } = hop;
    if (actorId === undefined && sourceId === undefined) {
      if (hop.proposedKind === 'SOURCE') {
        const kind = hop.role === 'UNNAMED_SOURCE' ? 'UNNAMED_COLLECTIVE' : 'NEWS_OUTLET';
        sourceId = (await createSource(w, { name: hop.name, kind })).id;
      } else {
        const kind = hop.official && hop.role !== 'QUOTED_SPEAKER' ? 'GOVERNMENT_BODY' : 'PERSON';
        actorId = (await createActor(w, { name: hop.name, kind })).id;
      }
    }
    const quote =
      hop.exact !== undefined && hop.start !== undefined && hop.end !== undefined
        ? { exact: hop.exact, ...contextOf(version.text, { start: hop.start, end: hop.end }) }
        : undefined;
    hops.push({ role: hop.role, actorId, sourceId, quote });
  }
  const appearance = await addAppearance(w, {
    claimId: claim.id,
    versionId: before.versionId,
    quote: { exact: before.exact, prefix: before.prefix, suffix: before.suffix },
    statedCertainty: edits.statedCertainty ?? before.statedCertainty,
    cues: (before.cues as unknown as StoredCue[]).map((cue) => ({
      kind: cue.kind,
      quote: { exact: cue.exact, ...contextOf(version.text, cue) },
    })),
    attribution: hops,
  });
  const suggestion = await save(w, before, {
    status: 'ACCEPTED',
    decidedAt: new Date(),
    claimId: claim.id,
    appearanceId: appearance.id,
    ...(edits.text != null ? { text: edits.text.trim() } : {}),
    ...(edits.type != null ? { type: edits.type } : {}),
    ...(edits.statedCertainty != null ? { statedCertainty: edits.statedCertainty } : {}),
    ...(edits.note !== undefined ? { note: edits.note } : {}),
  });
  return { suggestion, claim, appearance };
}

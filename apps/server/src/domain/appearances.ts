import type { AnchorStatus, CueKind, HopRole, StatedCertainty } from '../__generated__/prisma/enums.js';
import {
  type Anchor,
  AnchorError,
  anchorQuote,
  type NormalisedText,
  normalise,
  type TextQuote,
  type TextSpan,
} from './anchoring.js';
import { blockAt } from './article-text.js';
import { changesOf, type Write } from './audit.js';
import { ConflictError, NotFoundError, notFound, validationError } from './errors.js';
import { nextRevision, updateAtRevision } from './revision.js';
import type { Tx } from './tx.js';

export interface CueInput {
  kind: CueKind;
  quote: TextQuote;
}

export interface HopInput {
  role: HopRole;
  actorId?: number | null | undefined;
  sourceId?: number | null | undefined;
  /** The words that name this hop; looked for in the appearance's block, then the whole text. */
  quote?: TextQuote | null | undefined;
}

export interface AddAppearanceInput {
  claimId: number;
  versionId: number;
  quote: TextQuote;
  statedCertainty: StatedCertainty;
  cues?: readonly CueInput[] | undefined;
  attribution?: readonly HopInput[] | undefined;
  note?: string | null | undefined;
}

const FIELDS = [
  'exact',
  'prefix',
  'suffix',
  'start',
  'end',
  'statedCertainty',
  'note',
  'anchorStatus',
  'archivedAt',
] as const;

function anchorOrFail(text: string, quote: TextQuote, path: string[], options: Parameters<typeof anchorQuote>[2]) {
  try {
    return anchorQuote(text, quote, options);
  } catch (error) {
    if (error instanceof AnchorError) throw validationError([...path, 'exact'], error.message, error.code);
    throw error;
  }
}

/** Anchors a hop's words in its block first (where the chain is told), then anywhere in the text. */
function anchorInBlockFirst(
  text: string,
  quote: TextQuote,
  block: TextSpan | undefined,
  path: string[],
  norm: NormalisedText,
): Anchor {
  if (block) {
    try {
      return anchorQuote(text, quote, { within: block, normalised: norm });
    } catch (error) {
      if (!(error instanceof AnchorError) || error.code !== 'QUOTE_NOT_FOUND') {
        return anchorOrFail(text, quote, path, { within: block, normalised: norm });
      }
    }
  }
  return anchorOrFail(text, quote, path, { normalised: norm });
}

interface VersionText {
  id: number;
  articleId: number;
  text: string;
  blocks: { start: number; end: number }[];
}

async function loadVersion(tx: Tx, versionId: number, path: string[]): Promise<VersionText> {
  const version = await tx.articleVersion.findUnique({
    where: { id: versionId },
    select: { id: true, articleId: true, text: true, blocks: { select: { start: true, end: true } } },
  });
  if (!version) throw notFound('The article version', path);
  return version;
}

async function assertAgentsExist(tx: Tx, hops: readonly HopInput[], path: string[]) {
  hops.forEach((hop, i) => {
    if ((hop.actorId == null) === (hop.sourceId == null)) {
      throw validationError([...path, String(i)], 'A hop names exactly one agent: an actorId or a sourceId.');
    }
  });
  const actorIds = [...new Set(hops.flatMap((hop) => (hop.actorId == null ? [] : [hop.actorId])))];
  const sourceIds = [...new Set(hops.flatMap((hop) => (hop.sourceId == null ? [] : [hop.sourceId])))];
  const [actors, sources] = await Promise.all([
    actorIds.length ? tx.actor.count({ where: { id: { in: actorIds } } }) : 0,
    sourceIds.length ? tx.source.count({ where: { id: { in: sourceIds } } }) : 0,
  ]);
  if (actors !== actorIds.length || sources !== sourceIds.length) {
    throw new NotFoundError('An attribution hop names an actor or source that does not exist.', [
      { path, message: 'Unknown actor or source.' },
    ]);
  }
}

function hopData(
  version: VersionText,
  block: TextSpan | undefined,
  norm: NormalisedText,
  hop: HopInput,
  position: number,
  path: string[],
) {
  const words = hop.quote ? anchorInBlockFirst(version.text, hop.quote, block, [...path, 'quote'], norm) : undefined;
  return {
    position,
    role: hop.role,
    actorId: hop.actorId ?? null,
    sourceId: hop.sourceId ?? null,
    exact: words?.exact ?? null,
    prefix: words?.prefix ?? null,
    suffix: words?.suffix ?? null,
    start: words?.start ?? null,
    end: words?.end ?? null,
  };
}

/**
 * Records that an article version states a claim: the quote is anchored in the stored text, cues
 * are anchored in the same block as the quote, and the attribution chain is stored in order.
 */
export async function addAppearance(w: Write, input: AddAppearanceInput) {
  const { tx } = w;
  const version = await loadVersion(tx, input.versionId, ['input', 'versionId']);
  const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true, archivedAt: true } });
  if (!claim) throw notFound('The claim', ['input', 'claimId']);
  if (claim.archivedAt) throw new ConflictError('The claim is archived.');

  const norm = normalise(version.text);
  const anchor = anchorOrFail(version.text, input.quote, ['input', 'quote'], { normalised: norm });
  const block = blockAt(version.blocks, anchor);
  const cues = (input.cues ?? []).map((cue, i) => ({
    kind: cue.kind,
    ...anchorOrFail(version.text, cue.quote, ['input', 'cues', String(i), 'quote'], {
      within: block,
      normalised: norm,
    }),
  }));
  const attribution = input.attribution ?? [];
  await assertAgentsExist(tx, attribution, ['input', 'attribution']);
  const hops = attribution.map((hop, i) =>
    hopData(version, block, norm, hop, i + 1, ['input', 'attribution', String(i)]),
  );

  const appearance = await tx.claimAppearance.create({
    data: {
      claimId: input.claimId,
      versionId: input.versionId,
      ...anchor,
      statedCertainty: input.statedCertainty,
      note: input.note ?? null,
      cues: { create: cues },
      attribution: { create: hops },
    },
  });
  w.audit.record({
    entityType: 'ClaimAppearance',
    entityId: appearance.id,
    operation: 'CREATE',
    changes: {
      ...changesOf(null, appearance, FIELDS),
      cues: { before: null, after: cues.map((cue) => ({ kind: cue.kind, exact: cue.exact })) },
      attribution: {
        before: null,
        after: hops.map((hop) => ({ role: hop.role, actorId: hop.actorId, sourceId: hop.sourceId })),
      },
    },
    claimId: input.claimId,
    articleId: version.articleId,
    appearanceId: appearance.id,
    refs: [`ArticleVersion:${version.id}`],
  });
  return appearance;
}

export async function updateAppearance(
  w: Write,
  id: number,
  revision: number,
  fields: { statedCertainty?: StatedCertainty | undefined; note?: string | null | undefined },
) {
  const { before, after } = await updateAtRevision(
    'The appearance',
    revision,
    () => w.tx.claimAppearance.findUnique({ where: { id } }),
    () =>
      w.tx.claimAppearance.update({
        where: { id, revision },
        data: {
          ...(fields.statedCertainty !== undefined ? { statedCertainty: fields.statedCertainty } : {}),
          ...(fields.note !== undefined ? { note: fields.note } : {}),
          ...nextRevision,
        },
      }),
  );
  w.audit.record({
    entityType: 'ClaimAppearance',
    entityId: id,
    operation: 'UPDATE',
    changes: changesOf(before, after, FIELDS),
    claimId: after.claimId,
    appearanceId: id,
  });
  return after;
}

export async function archiveAppearance(w: Write, id: number, revision: number) {
  const { before, after } = await updateAtRevision(
    'The appearance',
    revision,
    () => w.tx.claimAppearance.findUnique({ where: { id } }),
    () => w.tx.claimAppearance.update({ where: { id, revision }, data: { archivedAt: new Date(), ...nextRevision } }),
  );
  w.audit.record({
    entityType: 'ClaimAppearance',
    entityId: id,
    operation: 'ARCHIVE',
    changes: changesOf(before, after, FIELDS),
    claimId: after.claimId,
    appearanceId: id,
  });
  return after;
}

/** An appearance open for edits of its cues and chain; each such edit bumps its revision. */
async function editableAppearance(tx: Tx, id: number) {
  const appearance = await tx.claimAppearance.findUnique({
    where: { id },
    include: { attribution: { orderBy: { position: 'asc' } } },
  });
  if (!appearance) throw notFound('The appearance', ['input', 'appearanceId']);
  if (appearance.archivedAt) throw new ConflictError('The appearance is archived.', [], appearance.revision);
  return appearance;
}

async function touch(tx: Tx, id: number) {
  return tx.claimAppearance.update({ where: { id }, data: nextRevision });
}

export async function addCue(w: Write, input: { appearanceId: number; kind: CueKind; quote: TextQuote }) {
  const appearance = await editableAppearance(w.tx, input.appearanceId);
  const version = await loadVersion(w.tx, appearance.versionId, ['input', 'appearanceId']);
  const block = blockAt(version.blocks, appearance);
  const anchor = anchorOrFail(version.text, input.quote, ['input', 'quote'], { within: block });
  const cue = await w.tx.cue.create({ data: { appearanceId: appearance.id, kind: input.kind, ...anchor } });
  const after = await touch(w.tx, appearance.id);
  w.audit.record({
    entityType: 'ClaimAppearance',
    entityId: appearance.id,
    operation: 'UPDATE',
    changes: { cues: { before: null, after: { added: { kind: cue.kind, exact: cue.exact } } } },
    claimId: appearance.claimId,
    appearanceId: appearance.id,
  });
  return after;
}

export async function removeCue(w: Write, cueId: number) {
  const cue = await w.tx.cue.findUnique({ where: { id: cueId } });
  if (!cue) throw notFound('The cue', ['input', 'cueId']);
  const appearance = await editableAppearance(w.tx, cue.appearanceId);
  await w.tx.cue.delete({ where: { id: cueId } });
  const after = await touch(w.tx, appearance.id);
  w.audit.record({
    entityType: 'ClaimAppearance',
    entityId: appearance.id,
    operation: 'UPDATE',
    changes: { cues: { before: { removed: { kind: cue.kind, exact: cue.exact } }, after: null } },
    claimId: appearance.claimId,
    appearanceId: appearance.id,
  });
  return after;
}

/** Rewrites hop positions to 1..n in the given order (via negative positions, as they are unique). */
async function renumber(tx: Tx, hopIds: number[]) {
  for (const [i, id] of hopIds.entries())
    await tx.attributionHop.update({ where: { id }, data: { position: -(i + 1) } });
  for (const [i, id] of hopIds.entries()) await tx.attributionHop.update({ where: { id }, data: { position: i + 1 } });
}

function chain(hops: { role: HopRole; actorId: number | null; sourceId: number | null }[]) {
  return hops.map((hop) => ({
    role: hop.role,
    agent: hop.actorId != null ? `Actor:${hop.actorId}` : `Source:${hop.sourceId}`,
  }));
}

/** Inserts a hop at `position` (1-based; the end when omitted), shifting later hops down the chain. */
export async function addAttributionHop(
  w: Write,
  input: HopInput & { appearanceId: number; position?: number | null | undefined },
) {
  const { tx } = w;
  const appearance = await editableAppearance(tx, input.appearanceId);
  const count = appearance.attribution.length;
  const position = input.position ?? count + 1;
  if (!Number.isInteger(position) || position < 1 || position > count + 1) {
    throw validationError(['input', 'position'], `The position must be between 1 and ${count + 1}.`);
  }
  await assertAgentsExist(tx, [input], ['input']);
  const version = await loadVersion(tx, appearance.versionId, ['input', 'appearanceId']);
  const norm = normalise(version.text);
  const hop = await tx.attributionHop.create({
    data: {
      appearanceId: appearance.id,
      ...hopData(version, blockAt(version.blocks, appearance), norm, input, -1000, ['input']),
    },
  });
  const order = appearance.attribution.map((h) => h.id);
  order.splice(position - 1, 0, hop.id);
  await renumber(tx, order);
  const after = await touch(tx, appearance.id);
  const hops = await tx.attributionHop.findMany({
    where: { appearanceId: appearance.id },
    orderBy: { position: 'asc' },
  });
  w.audit.record({
    entityType: 'ClaimAppearance',
    entityId: appearance.id,
    operation: 'UPDATE',
    changes: { attribution: { before: chain(appearance.attribution), after: chain(hops) } },
    claimId: appearance.claimId,
    appearanceId: appearance.id,
  });
  return after;
}

export async function moveAttributionHop(w: Write, input: { hopId: number; position: number }) {
  const { tx } = w;
  const hop = await tx.attributionHop.findUnique({ where: { id: input.hopId } });
  if (!hop) throw notFound('The attribution hop', ['input', 'hopId']);
  const appearance = await editableAppearance(tx, hop.appearanceId);
  const count = appearance.attribution.length;
  if (!Number.isInteger(input.position) || input.position < 1 || input.position > count) {
    throw validationError(['input', 'position'], `The position must be between 1 and ${count}.`);
  }
  const order = appearance.attribution.map((h) => h.id).filter((id) => id !== hop.id);
  order.splice(input.position - 1, 0, hop.id);
  await renumber(tx, order);
  const after = await touch(tx, appearance.id);
  const hops = await tx.attributionHop.findMany({
    where: { appearanceId: appearance.id },
    orderBy: { position: 'asc' },
  });
  w.audit.record({
    entityType: 'ClaimAppearance',
    entityId: appearance.id,
    operation: 'UPDATE',
    changes: { attribution: { before: chain(appearance.attribution), after: chain(hops) } },
    claimId: appearance.claimId,
    appearanceId: appearance.id,
  });
  return after;
}

export async function removeAttributionHop(w: Write, hopId: number) {
  const { tx } = w;
  const hop = await tx.attributionHop.findUnique({ where: { id: hopId } });
  if (!hop) throw notFound('The attribution hop', ['input', 'hopId']);
  const appearance = await editableAppearance(tx, hop.appearanceId);
  await tx.attributionHop.delete({ where: { id: hopId } });
  await renumber(
    tx,
    appearance.attribution.map((h) => h.id).filter((id) => id !== hopId),
  );
  const after = await touch(tx, appearance.id);
  const hops = appearance.attribution.filter((h) => h.id !== hopId);
  w.audit.record({
    entityType: 'ClaimAppearance',
    entityId: appearance.id,
    operation: 'UPDATE',
    changes: { attribution: { before: chain(appearance.attribution), after: chain(hops) } },
    claimId: appearance.claimId,
    appearanceId: appearance.id,
  });
  return after;
}

export interface ReanchorResult {
  from: { id: number; claimId: number; exact: string };
  status: Extract<AnchorStatus, 'REANCHORED' | 'ORPHANED'>;
  /** The new appearance on the new version, when the words were found again. */
  appearanceId: number | null;
  reason: string | null;
}

/** Finds a stored quote in a new text: with its context first, then by its words alone if unique. */
function refind(text: string, norm: NormalisedText, old: { exact: string; prefix: string; suffix: string }) {
  try {
    return anchorQuote(text, old, { normalised: norm });
  } catch (error) {
    if (!(error instanceof AnchorError)) throw error;
    return anchorQuote(text, { exact: old.exact }, { normalised: norm });
  }
}

/**
 * Carries the appearances of an article's previous version over to its new version: each quote
 * found again (exactly, or after whitespace and quote normalisation) becomes an appearance of the
 * new version with its cues and chain re-anchored; one not found, or found more than once, leaves the
 * old appearance marked ORPHANED. Never silently wrong: every anchor still satisfies
 * `text.slice(start, end) === exact` in its own version.
 */
export async function reanchorAppearances(
  w: Write,
  fromVersionId: number,
  toVersionId: number,
): Promise<ReanchorResult[]> {
  const { tx } = w;
  const target = await loadVersion(tx, toVersionId, ['input']);
  const norm = normalise(target.text);
  const old = await tx.claimAppearance.findMany({
    where: { versionId: fromVersionId, archivedAt: null, anchorStatus: { not: 'ORPHANED' } },
    include: { cues: true, attribution: { orderBy: { position: 'asc' } } },
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
  });
  const results: ReanchorResult[] = [];
  for (const appearance of old) {
    const from = { id: appearance.id, claimId: appearance.claimId, exact: appearance.exact };
    let anchor: Anchor;
    try {
      anchor = refind(target.text, norm, appearance);
    } catch (error) {
      if (!(error instanceof AnchorError)) throw error;
      await tx.claimAppearance.update({
        where: { id: appearance.id },
        data: { anchorStatus: 'ORPHANED', ...nextRevision },
      });
      w.audit.record({
        entityType: 'ClaimAppearance',
        entityId: appearance.id,
        operation: 'UPDATE',
        changes: { anchorStatus: { before: appearance.anchorStatus, after: 'ORPHANED' } },
        claimId: appearance.claimId,
        articleId: target.articleId,
        appearanceId: appearance.id,
        refs: [`ArticleVersion:${toVersionId}`],
      });
      results.push({ from, status: 'ORPHANED', appearanceId: null, reason: error.message });
      continue;
    }
    const block = blockAt(target.blocks, anchor);
    const cues = appearance.cues.flatMap((cue) => {
      try {
        return [{ kind: cue.kind, ...anchorQuote(target.text, cue, { within: block, normalised: norm }) }];
      } catch {
        return []; // A hedge word that is gone is gone; the appearance's certainty stays as analysed.
      }
    });
    const hops = appearance.attribution.map((hop) => {
      let words: Anchor | undefined;
      if (hop.exact != null) {
        try {
          words = anchorInBlockFirst(
            target.text,
            { exact: hop.exact, prefix: hop.prefix, suffix: hop.suffix },
            block,
            [],
            norm,
          );
        } catch {
          words = undefined;
        }
      }
      return {
        position: hop.position,
        role: hop.role,
        actorId: hop.actorId,
        sourceId: hop.sourceId,
        exact: words?.exact ?? null,
        prefix: words?.prefix ?? null,
        suffix: words?.suffix ?? null,
        start: words?.start ?? null,
        end: words?.end ?? null,
      };
    });
    const created = await tx.claimAppearance.create({
      data: {
        claimId: appearance.claimId,
        versionId: toVersionId,
        ...anchor,
        anchorStatus: 'REANCHORED',
        statedCertainty: appearance.statedCertainty,
        note: appearance.note,
        previousId: appearance.id,
        cues: { create: cues },
        attribution: { create: hops },
      },
    });
    w.audit.record({
      entityType: 'ClaimAppearance',
      entityId: created.id,
      operation: 'CREATE',
      changes: changesOf(null, created, FIELDS),
      claimId: created.claimId,
      articleId: target.articleId,
      appearanceId: created.id,
      refs: [`ClaimAppearance:${appearance.id}`, `ArticleVersion:${toVersionId}`],
    });
    results.push({ from, status: 'REANCHORED', appearanceId: created.id, reason: null });
  }
  return results;
}

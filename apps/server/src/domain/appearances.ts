import type { CueKind, HopRole, StatedCertainty } from '../__generated__/prisma/enums.js';
import { type Anchor, AnchorError, anchorQuote, normalise, type TextQuote, type TextSpan } from './anchoring.js';
import { blockAt } from './article-text.js';
import { DomainError, notFound, validationError } from './errors.js';
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

function anchorOrFail(text: string, quote: TextQuote, path: string[], options: Parameters<typeof anchorQuote>[2]) {
  try {
    return anchorQuote(text, quote, options);
  } catch (error) {
    if (error instanceof AnchorError) throw validationError([...path, 'exact'], error.message, error.code);
    throw error;
  }
}

/** Anchors a hop's words in its block first (where the chain is told), then anywhere in the text. */
function anchorHop(
  text: string,
  quote: TextQuote,
  block: TextSpan | undefined,
  path: string[],
  norm: ReturnType<typeof normalise>,
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

/**
 * Records that an article version states a claim: the quote is anchored in the stored text, cues
 * are anchored in the same block as the quote, and the attribution chain is stored in order.
 */
export async function addAppearance(tx: Tx, input: AddAppearanceInput) {
  const version = await tx.articleVersion.findUnique({
    where: { id: input.versionId },
    select: { id: true, text: true, blocks: { select: { start: true, end: true, kind: true } } },
  });
  if (!version) throw notFound('The article version', ['input', 'versionId']);
  const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true } });
  if (!claim) throw notFound('The claim', ['input', 'claimId']);

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

  const hops = (input.attribution ?? []).map((hop, i) => {
    const path = ['input', 'attribution', String(i)];
    if ((hop.actorId == null) === (hop.sourceId == null)) {
      throw validationError(path, 'A hop names exactly one agent: an actorId or a sourceId.');
    }
    const words = hop.quote ? anchorHop(version.text, hop.quote, block, [...path, 'quote'], norm) : undefined;
    return {
      position: i + 1,
      role: hop.role,
      actorId: hop.actorId ?? null,
      sourceId: hop.sourceId ?? null,
      ...(words ?? {}),
    };
  });
  await assertAgentsExist(tx, hops);

  return tx.claimAppearance.create({
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
}

async function assertAgentsExist(tx: Tx, hops: { actorId: number | null; sourceId: number | null }[]) {
  const actorIds = [...new Set(hops.flatMap((hop) => (hop.actorId == null ? [] : [hop.actorId])))];
  const sourceIds = [...new Set(hops.flatMap((hop) => (hop.sourceId == null ? [] : [hop.sourceId])))];
  const [actors, sources] = await Promise.all([
    actorIds.length ? tx.actor.count({ where: { id: { in: actorIds } } }) : 0,
    sourceIds.length ? tx.source.count({ where: { id: { in: sourceIds } } }) : 0,
  ]);
  if (actors !== actorIds.length || sources !== sourceIds.length) {
    throw new DomainError('NOT_FOUND', 'An attribution hop names an actor or source that does not exist.', [
      { path: ['input', 'attribution'], message: 'Unknown actor or source.' },
    ]);
  }
}

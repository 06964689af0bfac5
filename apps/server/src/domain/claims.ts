import type { ClaimActorRole, ClaimType, RelationType } from '../__generated__/prisma/enums.js';
import { changesOf, type Write } from './audit.js';
import { ConflictError, notFound, validationError } from './errors.js';
import { lockRows } from './locks.js';
import { nextRevision, staleRevision, updateAtRevision } from './revision.js';

export interface QuantityInput {
  value?: number | null | undefined;
  lower?: number | null | undefined;
  upper?: number | null | undefined;
  unit?: string | null | undefined;
  approximate?: boolean | null | undefined;
  /** The text names a quantity without a number ("an unknown number of"). */
  unknown?: boolean | null | undefined;
}

export interface ClaimFields {
  text: string;
  type: ClaimType;
  timeText?: string | null | undefined;
  timeStart?: Date | null | undefined;
  timeEnd?: Date | null | undefined;
  locationId?: number | null | undefined;
  quantity?: QuantityInput | null | undefined;
  /** BCP 47; the claim's full-text search and similarity use the matching configuration. */
  language?: string | undefined;
}

export interface CreateClaimInput extends ClaimFields {
  actors?: readonly { actorId: number; role: ClaimActorRole }[] | undefined;
}

const FIELDS = [
  'text',
  'type',
  'language',
  'timeText',
  'timeStart',
  'timeEnd',
  'locationId',
  'quantityValue',
  'quantityLower',
  'quantityUpper',
  'quantityUnit',
  'quantityApproximate',
  'quantityUnknown',
  'archivedAt',
  'mergedIntoId',
] as const;

function quantityData(quantity: QuantityInput | null | undefined) {
  if (quantity === undefined) return {};
  const q = quantity ?? {};
  if (q.lower != null && q.upper != null && q.lower > q.upper) {
    throw validationError(['input', 'quantity', 'lower'], 'The lower bound is above the upper bound.');
  }
  if (q.unknown && (q.value != null || q.lower != null || q.upper != null)) {
    throw validationError(['input', 'quantity', 'unknown'], 'An unknown quantity has no value or bounds.');
  }
  return {
    quantityValue: q.value ?? null,
    quantityLower: q.lower ?? null,
    quantityUpper: q.upper ?? null,
    quantityUnit: q.unit ?? null,
    quantityApproximate: q.approximate ?? false,
    quantityUnknown: q.unknown ?? false,
  };
}

/** A well-formed BCP 47 tag in its canonical case ("EN-gb" → "en-GB"), or a typed error. */
export function languageTag(value: string, path: string[]) {
  try {
    const [tag] = Intl.getCanonicalLocales(value.trim());
    if (tag) return tag;
  } catch {
    // Intl says why in English only; the error below names the field.
  }
  throw validationError(path, `"${value}" is not a BCP 47 language tag.`, 'INVALID_LANGUAGE');
}

async function claimData(
  { tx }: Write,
  fields: Partial<ClaimFields>,
  current?: { timeStart: Date | null; timeEnd: Date | null },
) {
  if (fields.text !== undefined && !fields.text.trim())
    throw validationError(['input', 'text'], 'The claim text is empty.');
  const start = fields.timeStart !== undefined ? fields.timeStart : current?.timeStart;
  const end = fields.timeEnd !== undefined ? fields.timeEnd : current?.timeEnd;
  if (start && end && start >= end)
    throw validationError(['input', 'timeEnd'], 'The time interval ends before it starts.');
  if (
    fields.locationId != null &&
    !(await tx.actor.findUnique({ where: { id: fields.locationId }, select: { id: true } }))
  ) {
    throw notFound('The location', ['input', 'locationId']);
  }
  return {
    ...(fields.text !== undefined ? { text: fields.text.trim() } : {}),
    ...(fields.type !== undefined ? { type: fields.type } : {}),
    ...(fields.language !== undefined ? { language: languageTag(fields.language, ['input', 'language']) } : {}),
    ...(fields.timeText !== undefined ? { timeText: fields.timeText } : {}),
    ...(fields.timeStart !== undefined ? { timeStart: fields.timeStart } : {}),
    ...(fields.timeEnd !== undefined ? { timeEnd: fields.timeEnd } : {}),
    ...(fields.locationId !== undefined ? { locationId: fields.locationId } : {}),
    ...quantityData(fields.quantity),
  };
}

export async function createClaim(w: Write, input: CreateClaimInput) {
  const actors = input.actors ?? [];
  const actorIds = [...new Set(actors.map((a) => a.actorId))];
  if (actorIds.length && (await w.tx.actor.count({ where: { id: { in: actorIds } } })) !== actorIds.length) {
    throw notFound('An actor', ['input', 'actors']);
  }
  const unique = [...new Map(actors.map((a) => [`${a.actorId}:${a.role}`, a])).values()];
  const claim = await w.tx.claim.create({
    data: {
      ...(await claimData(w, input)),
      text: input.text.trim(),
      type: input.type,
      actors: { create: unique.map(({ actorId, role }) => ({ actorId, role })) },
    },
  });
  w.audit.record({
    entityType: 'Claim',
    entityId: claim.id,
    operation: 'CREATE',
    changes: { ...changesOf(null, claim, FIELDS), ...(unique.length ? { actors: { before: [], after: unique } } : {}) },
    claimId: claim.id,
  });
  return claim;
}

export async function updateClaim(w: Write, id: number, revision: number, fields: Partial<ClaimFields>) {
  const current = await w.tx.claim.findUnique({ where: { id } });
  const data = await claimData(w, fields, current ?? undefined);
  const { before, after } = await updateAtRevision(
    'The claim',
    revision,
    async () => current,
    () => w.tx.claim.update({ where: { id, revision }, data: { ...data, ...nextRevision } }),
  );
  w.audit.record({
    entityType: 'Claim',
    entityId: id,
    operation: 'UPDATE',
    changes: changesOf(before, after, FIELDS),
    claimId: id,
  });
  return after;
}

export async function archiveClaim(w: Write, id: number, revision: number) {
  const { before, after } = await updateAtRevision(
    'The claim',
    revision,
    () => w.tx.claim.findUnique({ where: { id } }),
    () => w.tx.claim.update({ where: { id, revision }, data: { archivedAt: new Date(), ...nextRevision } }),
  );
  w.audit.record({
    entityType: 'Claim',
    entityId: id,
    operation: 'ARCHIVE',
    changes: changesOf(before, after, FIELDS),
    claimId: id,
  });
  return after;
}

/**
 * Merges one claim into another: the merged claim's appearances, relations and actor roles move to
 * the survivor; its assessments stay with it as history. The merged claim is archived and answers as
 * a pointer to the survivor.
 */
export async function mergeClaims(
  w: Write,
  input: { survivorId: number; survivorRevision: number; mergedId: number; mergedRevision: number },
) {
  const { tx } = w;
  if (input.survivorId === input.mergedId)
    throw validationError(['input', 'mergedId'], 'A claim cannot be merged into itself.');
  await lockRows(tx, 'Claim', [input.survivorId, input.mergedId]);
  const [survivor, merged] = await Promise.all([
    tx.claim.findUnique({ where: { id: input.survivorId } }),
    tx.claim.findUnique({ where: { id: input.mergedId } }),
  ]);
  if (!survivor) throw notFound('The surviving claim', ['input', 'survivorId']);
  if (!merged) throw notFound('The merged claim', ['input', 'mergedId']);
  for (const [claim, expected, label] of [
    [survivor, input.survivorRevision, 'The surviving claim'],
    [merged, input.mergedRevision, 'The merged claim'],
  ] as const) {
    if (claim.archivedAt) throw new ConflictError(`${label} is archived.`, [], claim.revision);
    if (claim.revision !== expected) throw staleRevision(label, expected, claim.revision);
  }
  const ids = [survivor.id, merged.id];

  const appearances = await tx.claimAppearance.updateMany({
    where: { claimId: merged.id },
    data: { claimId: survivor.id },
  });

  const roles = await tx.claimActor.findMany({ where: { claimId: { in: ids } } });
  const kept = new Set(roles.filter((r) => r.claimId === survivor.id).map((r) => `${r.actorId}:${r.role}`));
  await tx.claimActor.deleteMany({
    where: {
      id: { in: roles.filter((r) => r.claimId === merged.id && kept.has(`${r.actorId}:${r.role}`)).map((r) => r.id) },
    },
  });
  await tx.claimActor.updateMany({ where: { claimId: merged.id }, data: { claimId: survivor.id } });

  // Relations between the two become self-relations and go; others move unless the survivor has them.
  const relations = await tx.claimRelation.findMany({
    where: { OR: [{ fromClaimId: { in: ids } }, { toClaimId: { in: ids } }] },
  });
  const key = (from: number, to: number, type: string) => `${from}:${to}:${type}`;
  const survivorKeys = new Set(
    relations
      .filter((r) => r.fromClaimId === survivor.id || r.toClaimId === survivor.id)
      .map((r) => key(r.fromClaimId, r.toClaimId, r.type)),
  );
  let relationsMoved = 0;
  for (const relation of relations) {
    if (relation.fromClaimId !== merged.id && relation.toClaimId !== merged.id) continue;
    const from = relation.fromClaimId === merged.id ? survivor.id : relation.fromClaimId;
    const to = relation.toClaimId === merged.id ? survivor.id : relation.toClaimId;
    if (from === to || survivorKeys.has(key(from, to, relation.type))) {
      await tx.claimRelation.delete({ where: { id: relation.id } });
    } else {
      await tx.claimRelation.update({ where: { id: relation.id }, data: { fromClaimId: from, toClaimId: to } });
      survivorKeys.add(key(from, to, relation.type));
      relationsMoved += 1;
    }
  }

  const after = await tx.claim.update({ where: { id: survivor.id, revision: survivor.revision }, data: nextRevision });
  const mergedAfter = await tx.claim.update({
    where: { id: merged.id, revision: merged.revision },
    data: { mergedIntoId: survivor.id, archivedAt: new Date(), ...nextRevision },
  });
  w.audit.record({
    entityType: 'Claim',
    entityId: survivor.id,
    operation: 'MERGE',
    changes: {
      appearancesMoved: { before: 0, after: appearances.count },
      relationsMoved: { before: 0, after: relationsMoved },
    },
    claimId: survivor.id,
    refs: [`Claim:${merged.id}`],
  });
  w.audit.record({
    entityType: 'Claim',
    entityId: merged.id,
    operation: 'MERGE',
    changes: changesOf(merged, mergedAfter, FIELDS),
    claimId: merged.id,
    refs: [`Claim:${survivor.id}`],
  });
  return after;
}

async function activeClaim({ tx }: Write, id: number, path: string[]) {
  const claim = await tx.claim.findUnique({ where: { id }, select: { id: true, archivedAt: true, revision: true } });
  if (!claim) throw notFound('The claim', path);
  if (claim.archivedAt) throw new ConflictError('The claim is archived.', [], claim.revision);
  return claim;
}

export async function addClaimActor(w: Write, input: { claimId: number; actorId: number; role: ClaimActorRole }) {
  await activeClaim(w, input.claimId, ['input', 'claimId']);
  if (!(await w.tx.actor.findUnique({ where: { id: input.actorId }, select: { id: true } })))
    throw notFound('The actor', ['input', 'actorId']);
  const existing = await w.tx.claimActor.findUnique({ where: { claimId_actorId_role: input } });
  if (existing) throw new ConflictError('The actor already has this role in the claim.');
  const link = await w.tx.claimActor.create({ data: input });
  w.audit.record({
    entityType: 'Claim',
    entityId: input.claimId,
    operation: 'UPDATE',
    changes: { actors: { before: null, after: { added: input } } },
    claimId: input.claimId,
    actorId: input.actorId,
  });
  return link;
}

export async function removeClaimActor(w: Write, input: { claimId: number; actorId: number; role: ClaimActorRole }) {
  await activeClaim(w, input.claimId, ['input', 'claimId']);
  const existing = await w.tx.claimActor.findUnique({ where: { claimId_actorId_role: input } });
  if (!existing) throw notFound('That role of the actor in the claim', ['input']);
  await w.tx.claimActor.delete({ where: { id: existing.id } });
  w.audit.record({
    entityType: 'Claim',
    entityId: input.claimId,
    operation: 'UPDATE',
    changes: { actors: { before: { removed: input }, after: null } },
    claimId: input.claimId,
    actorId: input.actorId,
  });
  return existing;
}

export interface RelateClaimsInput {
  fromClaimId: number;
  toClaimId: number;
  type: RelationType;
  note?: string | null | undefined;
}

export async function relateClaims(w: Write, input: RelateClaimsInput) {
  if (input.fromClaimId === input.toClaimId)
    throw validationError(['input', 'toClaimId'], 'A claim cannot be related to itself.');
  await activeClaim(w, input.fromClaimId, ['input', 'fromClaimId']);
  await activeClaim(w, input.toClaimId, ['input', 'toClaimId']);
  const existing = await w.tx.claimRelation.findUnique({
    where: {
      fromClaimId_toClaimId_type: { fromClaimId: input.fromClaimId, toClaimId: input.toClaimId, type: input.type },
    },
  });
  if (existing) throw new ConflictError('These claims are already related this way.');
  const relation = await w.tx.claimRelation.create({ data: { ...input, note: input.note ?? null } });
  const changes = {
    relation: { before: null, after: { type: relation.type, to: `Claim:${relation.toClaimId}`, note: relation.note } },
  };
  w.audit.record({
    entityType: 'ClaimRelation',
    entityId: relation.id,
    operation: 'CREATE',
    changes,
    claimId: input.fromClaimId,
    refs: [`Claim:${input.toClaimId}`],
  });
  return relation;
}

export async function unrelateClaims(w: Write, relationId: number) {
  const relation = await w.tx.claimRelation.findUnique({ where: { id: relationId } });
  if (!relation) throw notFound('The relation', ['input', 'id']);
  await w.tx.claimRelation.delete({ where: { id: relationId } });
  const changes = {
    relation: { before: { type: relation.type, to: `Claim:${relation.toClaimId}`, note: relation.note }, after: null },
  };
  w.audit.record({
    entityType: 'ClaimRelation',
    entityId: relation.id,
    operation: 'DELETE',
    changes,
    claimId: relation.fromClaimId,
    refs: [`Claim:${relation.toClaimId}`],
  });
  return relation;
}

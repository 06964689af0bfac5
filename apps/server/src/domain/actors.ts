import type { ActorKind } from '../__generated__/prisma/enums.js';
import { changesOf, type Write } from './audit.js';
import { ConflictError, notFound, validationError } from './errors.js';
import { lockRows } from './locks.js';
import { nextRevision, staleRevision, updateAtRevision } from './revision.js';

export interface ActorFields {
  name: string;
  kind: ActorKind;
  aliases?: readonly string[] | undefined;
  country?: string | null | undefined;
  wikidataId?: string | null | undefined;
  description?: string | null | undefined;
  parentId?: number | null | undefined;
}

const FIELDS = [
  'name',
  'kind',
  'aliases',
  'country',
  'wikidataId',
  'description',
  'parentId',
  'archivedAt',
  'mergedIntoId',
] as const;
const WIKIDATA_ID = /^Q[1-9]\d*$/;

/** Aliases keep the spellings texts use; the name itself, blanks and repeats are dropped. */
export function cleanAliases(name: string, aliases: Iterable<string>) {
  return [...new Set([...aliases].map((alias) => alias.trim()))].filter((alias) => alias && alias !== name);
}

async function checkFields({ tx }: Write, fields: Partial<ActorFields>, selfId?: number) {
  if (fields.name !== undefined && !fields.name.trim()) throw validationError(['input', 'name'], 'The name is empty.');
  if (fields.wikidataId != null && !WIKIDATA_ID.test(fields.wikidataId)) {
    throw validationError(['input', 'wikidataId'], 'A Wikidata id looks like Q148.');
  }
  if (fields.parentId != null) {
    if (fields.parentId === selfId) throw validationError(['input', 'parentId'], 'An actor cannot be its own parent.');
    if (!(await tx.actor.findUnique({ where: { id: fields.parentId }, select: { id: true } }))) {
      throw notFound('The parent actor', ['input', 'parentId']);
    }
  }
}

export async function createActor(w: Write, input: ActorFields) {
  await checkFields(w, input);
  const name = input.name.trim();
  const actor = await w.tx.actor.create({
    data: {
      name,
      kind: input.kind,
      aliases: cleanAliases(name, input.aliases ?? []),
      country: input.country ?? null,
      wikidataId: input.wikidataId ?? null,
      description: input.description ?? null,
      parentId: input.parentId ?? null,
    },
  });
  w.audit.record({
    entityType: 'Actor',
    entityId: actor.id,
    operation: 'CREATE',
    changes: changesOf(null, actor, FIELDS),
    actorId: actor.id,
  });
  return actor;
}

export async function updateActor(w: Write, id: number, revision: number, fields: Partial<ActorFields>) {
  await checkFields(w, fields, id);
  const { before, after } = await updateAtRevision(
    'The actor',
    revision,
    () => w.tx.actor.findUnique({ where: { id } }),
    async () => {
      const current = await w.tx.actor.findUniqueOrThrow({ where: { id } });
      const name = fields.name?.trim() ?? current.name;
      return w.tx.actor.update({
        where: { id, revision },
        data: {
          ...(fields.name !== undefined ? { name } : {}),
          ...(fields.kind !== undefined ? { kind: fields.kind } : {}),
          ...(fields.aliases !== undefined || fields.name !== undefined
            ? { aliases: cleanAliases(name, fields.aliases ?? current.aliases) }
            : {}),
          ...(fields.country !== undefined ? { country: fields.country } : {}),
          ...(fields.wikidataId !== undefined ? { wikidataId: fields.wikidataId } : {}),
          ...(fields.description !== undefined ? { description: fields.description } : {}),
          ...(fields.parentId !== undefined ? { parentId: fields.parentId } : {}),
          ...nextRevision,
        },
      });
    },
  );
  w.audit.record({
    entityType: 'Actor',
    entityId: id,
    operation: 'UPDATE',
    changes: changesOf(before, after, FIELDS),
    actorId: id,
  });
  return after;
}

export async function archiveActor(w: Write, id: number, revision: number) {
  const { before, after } = await updateAtRevision(
    'The actor',
    revision,
    () => w.tx.actor.findUnique({ where: { id } }),
    () => w.tx.actor.update({ where: { id, revision }, data: { archivedAt: new Date(), ...nextRevision } }),
  );
  w.audit.record({
    entityType: 'Actor',
    entityId: id,
    operation: 'ARCHIVE',
    changes: changesOf(before, after, FIELDS),
    actorId: id,
  });
  return after;
}

export interface MergeInput {
  survivorId: number;
  survivorRevision: number;
  mergedId: number;
  mergedRevision: number;
}

/**
 * Merges one actor into another: the survivor keeps its name and gains the merged actor's name and
 * aliases as aliases; every claim role, attribution hop, claim location and child moves to it; the
 * merged actor is archived and points to the survivor.
 */
export async function mergeActors(w: Write, input: MergeInput) {
  const { tx } = w;
  if (input.survivorId === input.mergedId)
    throw validationError(['input', 'mergedId'], 'An actor cannot be merged into itself.');
  await lockRows(tx, 'Actor', [input.survivorId, input.mergedId]);
  const [survivor, merged] = await Promise.all([
    tx.actor.findUnique({ where: { id: input.survivorId } }),
    tx.actor.findUnique({ where: { id: input.mergedId } }),
  ]);
  if (!survivor) throw notFound('The surviving actor', ['input', 'survivorId']);
  if (!merged) throw notFound('The merged actor', ['input', 'mergedId']);
  for (const [actor, expected, label] of [
    [survivor, input.survivorRevision, 'The surviving actor'],
    [merged, input.mergedRevision, 'The merged actor'],
  ] as const) {
    if (actor.archivedAt) throw new ConflictError(`${label} is archived.`, [], actor.revision);
    if (actor.revision !== expected) throw staleRevision(label, expected, actor.revision);
  }

  // Claim roles the survivor already has would become duplicates: drop those first.
  const roles = await tx.claimActor.findMany({ where: { actorId: { in: [survivor.id, merged.id] } } });
  const kept = new Set(roles.filter((r) => r.actorId === survivor.id).map((r) => `${r.claimId}:${r.role}`));
  const duplicates = roles
    .filter((r) => r.actorId === merged.id && kept.has(`${r.claimId}:${r.role}`))
    .map((r) => r.id);
  await tx.claimActor.deleteMany({ where: { id: { in: duplicates } } });
  const moved = await tx.claimActor.updateMany({ where: { actorId: merged.id }, data: { actorId: survivor.id } });
  await tx.attributionHop.updateMany({ where: { actorId: merged.id }, data: { actorId: survivor.id } });
  await tx.claim.updateMany({ where: { locationId: merged.id }, data: { locationId: survivor.id } });
  await tx.actor.updateMany({
    where: { parentId: merged.id, id: { not: survivor.id } },
    data: { parentId: survivor.id },
  });

  const after = await tx.actor.update({
    where: { id: survivor.id, revision: survivor.revision },
    data: {
      aliases: cleanAliases(survivor.name, [...survivor.aliases, merged.name, ...merged.aliases]),
      ...nextRevision,
    },
  });
  const mergedAfter = await tx.actor.update({
    where: { id: merged.id, revision: merged.revision },
    data: { mergedIntoId: survivor.id, archivedAt: new Date(), ...nextRevision },
  });
  const refs = [`Actor:${merged.id}`];
  w.audit.record({
    entityType: 'Actor',
    entityId: survivor.id,
    operation: 'MERGE',
    changes: { ...changesOf(survivor, after, FIELDS), claimRolesMoved: { before: 0, after: moved.count } },
    actorId: survivor.id,
    refs,
  });
  w.audit.record({
    entityType: 'Actor',
    entityId: merged.id,
    operation: 'MERGE',
    changes: changesOf(merged, mergedAfter, FIELDS),
    actorId: merged.id,
    refs: [`Actor:${survivor.id}`],
  });
  return after;
}

import type { ActorKind } from '../__generated__/prisma/enums.js';
import { notFound, validationError } from './errors.js';
import type { Tx } from './tx.js';

export interface CreateActorInput {
  name: string;
  kind: ActorKind;
  aliases?: readonly string[] | undefined;
  country?: string | null | undefined;
  wikidataId?: string | null | undefined;
  description?: string | null | undefined;
  parentId?: number | null | undefined;
}

const WIKIDATA_ID = /^Q[1-9]\d*$/;

export async function createActor(tx: Tx, input: CreateActorInput) {
  const name = input.name.trim();
  if (!name) throw validationError(['input', 'name'], 'The name is empty.');
  if (input.wikidataId != null && !WIKIDATA_ID.test(input.wikidataId)) {
    throw validationError(['input', 'wikidataId'], 'A Wikidata id looks like Q148.');
  }
  if (input.parentId != null && !(await tx.actor.findUnique({ where: { id: input.parentId } }))) {
    throw notFound('The parent actor', ['input', 'parentId']);
  }
  // Aliases keep the spellings texts use; the name itself and repeats are not kept twice.
  const aliases = [...new Set((input.aliases ?? []).map((alias) => alias.trim()))].filter(
    (alias) => alias && alias !== name,
  );
  return tx.actor.create({
    data: {
      name,
      kind: input.kind,
      aliases,
      country: input.country ?? null,
      wikidataId: input.wikidataId ?? null,
      description: input.description ?? null,
      parentId: input.parentId ?? null,
    },
  });
}

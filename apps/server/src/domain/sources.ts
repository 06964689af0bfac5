import type { ReliabilityRating, SourceKind } from '../__generated__/prisma/enums.js';
import { changesOf, type Write } from './audit.js';
import { notFound, validationError } from './errors.js';
import { nextRevision, updateAtRevision } from './revision.js';

export interface SourceFields {
  name: string;
  kind: SourceKind;
  url?: string | null | undefined;
  domain?: string | null | undefined;
  country?: string | null | undefined;
  languages?: readonly string[] | undefined;
  stateAffiliated?: boolean | undefined;
  description?: string | null | undefined;
  parentId?: number | null | undefined;
}

const FIELDS = [
  'name',
  'kind',
  'url',
  'domain',
  'country',
  'languages',
  'stateAffiliated',
  'description',
  'parentId',
  'archivedAt',
] as const;

async function checkFields({ tx }: Write, fields: Partial<SourceFields>, selfId?: number) {
  if (fields.name !== undefined && !fields.name.trim()) throw validationError(['input', 'name'], 'The name is empty.');
  if (fields.url != null && !URL.canParse(fields.url)) throw validationError(['input', 'url'], 'Not a URL.');
  if (fields.parentId != null) {
    if (fields.parentId === selfId) throw validationError(['input', 'parentId'], 'A source cannot be its own parent.');
    if (!(await tx.source.findUnique({ where: { id: fields.parentId }, select: { id: true } }))) {
      throw notFound('The parent source', ['input', 'parentId']);
    }
  }
}

function data(fields: Partial<SourceFields>) {
  return {
    ...(fields.name !== undefined ? { name: fields.name.trim() } : {}),
    ...(fields.kind !== undefined ? { kind: fields.kind } : {}),
    ...(fields.url !== undefined ? { url: fields.url } : {}),
    ...(fields.domain !== undefined ? { domain: fields.domain } : {}),
    ...(fields.country !== undefined ? { country: fields.country } : {}),
    ...(fields.languages !== undefined ? { languages: [...fields.languages] } : {}),
    ...(fields.stateAffiliated !== undefined ? { stateAffiliated: fields.stateAffiliated } : {}),
    ...(fields.description !== undefined ? { description: fields.description } : {}),
    ...(fields.parentId !== undefined ? { parentId: fields.parentId } : {}),
  };
}

export async function createSource(w: Write, input: SourceFields) {
  await checkFields(w, input);
  const source = await w.tx.source.create({ data: { ...data(input), name: input.name.trim(), kind: input.kind } });
  w.audit.record({
    entityType: 'Source',
    entityId: source.id,
    operation: 'CREATE',
    changes: changesOf(null, source, FIELDS),
    sourceId: source.id,
  });
  return source;
}

export async function updateSource(w: Write, id: number, revision: number, fields: Partial<SourceFields>) {
  await checkFields(w, fields, id);
  const { before, after } = await updateAtRevision(
    'The source',
    revision,
    () => w.tx.source.findUnique({ where: { id } }),
    () => w.tx.source.update({ where: { id, revision }, data: { ...data(fields), ...nextRevision } }),
  );
  w.audit.record({
    entityType: 'Source',
    entityId: id,
    operation: 'UPDATE',
    changes: changesOf(before, after, FIELDS),
    sourceId: id,
  });
  return after;
}

export async function archiveSource(w: Write, id: number, revision: number) {
  const { before, after } = await updateAtRevision(
    'The source',
    revision,
    () => w.tx.source.findUnique({ where: { id } }),
    () => w.tx.source.update({ where: { id, revision }, data: { archivedAt: new Date(), ...nextRevision } }),
  );
  w.audit.record({
    entityType: 'Source',
    entityId: id,
    operation: 'ARCHIVE',
    changes: changesOf(before, after, FIELDS),
    sourceId: id,
  });
  return after;
}

export interface RateSourceInput {
  sourceId: number;
  rating: ReliabilityRating;
  rationale: string;
  assessedBy: string;
  assessedAt?: Date | undefined;
}

/** Adds a dated entry to a source's reliability history; the latest entry is its current rating. */
export async function rateSource(w: Write, input: RateSourceInput) {
  if (!input.rationale.trim()) throw validationError(['input', 'rationale'], 'A reliability rating needs a rationale.');
  if (input.assessedAt && input.assessedAt.getTime() > Date.now() + 60_000) {
    throw validationError(['input', 'assessedAt'], 'A rating cannot be dated in the future.');
  }
  if (!(await w.tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true } }))) {
    throw notFound('The source', ['input', 'sourceId']);
  }
  const previous = await w.tx.sourceReliabilityRating.findFirst({
    where: { sourceId: input.sourceId },
    orderBy: [{ assessedAt: 'desc' }, { id: 'desc' }],
  });
  const rating = await w.tx.sourceReliabilityRating.create({
    data: {
      sourceId: input.sourceId,
      rating: input.rating,
      rationale: input.rationale.trim(),
      assessedBy: input.assessedBy,
      assessedAt: input.assessedAt ?? new Date(),
    },
  });
  w.audit.record({
    entityType: 'Source',
    entityId: input.sourceId,
    operation: 'UPDATE',
    changes: { reliability: { before: previous ? summary(previous) : null, after: summary(rating) } },
    sourceId: input.sourceId,
  });
  return rating;
}

function summary(rating: { rating: ReliabilityRating; rationale: string; assessedAt: Date }) {
  return { rating: rating.rating, rationale: rating.rationale, assessedAt: rating.assessedAt.toISOString() };
}

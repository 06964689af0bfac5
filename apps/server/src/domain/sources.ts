import type { ReliabilityRating, SourceKind } from '../__generated__/prisma/enums.js';
import { notFound, validationError } from './errors.js';
import type { Tx } from './tx.js';

export interface CreateSourceInput {
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

export async function createSource(tx: Tx, input: CreateSourceInput) {
  if (!input.name.trim()) throw validationError(['input', 'name'], 'The name is empty.');
  if (input.parentId != null && !(await tx.source.findUnique({ where: { id: input.parentId } }))) {
    throw notFound('The parent source', ['input', 'parentId']);
  }
  return tx.source.create({
    data: {
      name: input.name.trim(),
      kind: input.kind,
      url: input.url ?? null,
      domain: input.domain ?? null,
      country: input.country ?? null,
      languages: [...(input.languages ?? [])],
      stateAffiliated: input.stateAffiliated ?? false,
      description: input.description ?? null,
      parentId: input.parentId ?? null,
    },
  });
}

export interface RateSourceInput {
  sourceId: number;
  rating: ReliabilityRating;
  rationale: string;
  assessedBy: string;
  assessedAt?: Date | undefined;
}

/** Adds a dated entry to a source's reliability history; the latest entry is its current rating. */
export async function rateSource(tx: Tx, input: RateSourceInput) {
  if (!input.rationale.trim()) {
    throw validationError(['input', 'rationale'], 'A reliability rating needs a rationale.');
  }
  if (!(await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true } }))) {
    throw notFound('The source', ['input', 'sourceId']);
  }
  return tx.sourceReliabilityRating.create({
    data: {
      sourceId: input.sourceId,
      rating: input.rating,
      rationale: input.rationale.trim(),
      assessedBy: input.assessedBy,
      assessedAt: input.assessedAt ?? new Date(),
    },
  });
}

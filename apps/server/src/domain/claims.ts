import type { ClaimActorRole, ClaimType, RelationType } from '../__generated__/prisma/enums.js';
import { DomainError, notFound, validationError } from './errors.js';
import type { Tx } from './tx.js';

export interface QuantityInput {
  value?: number | null | undefined;
  lower?: number | null | undefined;
  upper?: number | null | undefined;
  unit?: string | null | undefined;
  approximate?: boolean | undefined;
  /** The text names a quantity without a number ("an unknown number of"). */
  unknown?: boolean | undefined;
}

export interface CreateClaimInput {
  text: string;
  type: ClaimType;
  timeText?: string | null | undefined;
  timeStart?: Date | null | undefined;
  timeEnd?: Date | null | undefined;
  locationId?: number | null | undefined;
  quantity?: QuantityInput | null | undefined;
  actors?: readonly { actorId: number; role: ClaimActorRole }[] | undefined;
}

function quantityData(quantity: QuantityInput | null | undefined) {
  if (!quantity) return {};
  const { value, lower, upper } = quantity;
  if (lower != null && upper != null && lower > upper) {
    throw validationError(['input', 'quantity', 'lower'], 'The lower bound is above the upper bound.');
  }
  if (quantity.unknown && (value != null || lower != null || upper != null)) {
    throw validationError(['input', 'quantity', 'unknown'], 'An unknown quantity has no value or bounds.');
  }
  return {
    quantityValue: value ?? null,
    quantityLower: lower ?? null,
    quantityUpper: upper ?? null,
    quantityUnit: quantity.unit ?? null,
    quantityApproximate: quantity.approximate ?? false,
    quantityUnknown: quantity.unknown ?? false,
  };
}

export async function createClaim(tx: Tx, input: CreateClaimInput) {
  const text = input.text.trim();
  if (!text) throw validationError(['input', 'text'], 'The claim text is empty.');
  if (input.timeStart && input.timeEnd && input.timeStart > input.timeEnd) {
    throw validationError(['input', 'timeEnd'], 'The time interval ends before it starts.');
  }
  const actors = input.actors ?? [];
  const actorIds = [
    ...new Set([...actors.map((a) => a.actorId), ...(input.locationId != null ? [input.locationId] : [])]),
  ];
  if (actorIds.length && (await tx.actor.count({ where: { id: { in: actorIds } } })) !== actorIds.length) {
    throw notFound('An actor', ['input', 'actors']);
  }
  return tx.claim.create({
    data: {
      text,
      type: input.type,
      timeText: input.timeText ?? null,
      timeStart: input.timeStart ?? null,
      timeEnd: input.timeEnd ?? null,
      locationId: input.locationId ?? null,
      ...quantityData(input.quantity),
      actors: { create: actors.map(({ actorId, role }) => ({ actorId, role })) },
    },
  });
}

export interface RelateClaimsInput {
  fromClaimId: number;
  toClaimId: number;
  type: RelationType;
  note?: string | null | undefined;
}

export async function relateClaims(tx: Tx, input: RelateClaimsInput) {
  if (input.fromClaimId === input.toClaimId) {
    throw validationError(['input', 'toClaimId'], 'A claim cannot be related to itself.');
  }
  const found = await tx.claim.count({ where: { id: { in: [input.fromClaimId, input.toClaimId] } } });
  if (found !== 2) throw notFound('A claim', ['input']);
  const existing = await tx.claimRelation.findUnique({
    where: {
      fromClaimId_toClaimId_type: {
        fromClaimId: input.fromClaimId,
        toClaimId: input.toClaimId,
        type: input.type,
      },
    },
  });
  if (existing) throw new DomainError('CONFLICT', 'These claims are already related this way.');
  return tx.claimRelation.create({ data: { ...input, note: input.note ?? null } });
}

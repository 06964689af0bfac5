import type PrismaTypes from '../__generated__/pothos-types.js';
import { getDatamodel } from '../__generated__/pothos-types.js';

type ModelName = keyof PrismaTypes;

const models = getDatamodel().datamodel.models;

/**
 * Every scalar column of a model, as a Prisma `select`. Types in Pothos' select mode (claims,
 * appearances, articles and their versions, actors, sources, cues, attribution hops, claim–actor
 * links) read only the columns a request's fields need, not whole rows; a field of theirs whose
 * resolver hands whole rows on (an export document) selects them with this.
 */
export function scalarsOf<M extends ModelName>(model: M): { [K in keyof PrismaTypes[M]['Shape']]: true } {
  return Object.fromEntries(
    (models[model]?.fields ?? []).filter((field) => field.kind !== 'object').map((field) => [field.name, true]),
  ) as { [K in keyof PrismaTypes[M]['Shape']]: true };
}

/** The columns a TextAnchor is made of (appearances, cues, attribution hops). */
export const anchorColumns = { exact: true, prefix: true, suffix: true, start: true, end: true } as const;

import type PrismaTypes from '../__generated__/pothos-types.js';
import { getDatamodel } from '../__generated__/pothos-types.js';

type ModelName = keyof PrismaTypes;

const models = getDatamodel().datamodel.models;

/**
 * Every scalar column of a model, as a Prisma `select`. The hot types (Claim, ClaimAppearance,
 * Article, Actor, Source…) are in Pothos' select mode: a request reads only the columns its fields
 * need, not whole rows (on a page of articles with their appearances, Prisma's work per request fell
 * from ~8.5 to ~3.3 ms of CPU). A field whose resolver hands the whole row on (an export document, an
 * anchor) declares the columns it reads; the export fields read whole rows, selected with this.
 */
export function scalarsOf<M extends ModelName>(model: M): { [K in keyof PrismaTypes[M]['Shape']]: true } {
  return Object.fromEntries(
    (models[model]?.fields ?? []).filter((field) => field.kind !== 'object').map((field) => [field.name, true]),
  ) as { [K in keyof PrismaTypes[M]['Shape']]: true };
}

/** The columns a TextAnchor is made of (appearances, cues, attribution hops). */
export const anchorColumns = { exact: true, prefix: true, suffix: true, start: true, end: true } as const;

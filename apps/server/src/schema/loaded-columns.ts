import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type PrismaTypes from '../__generated__/pothos-types.js';
import { scalarsOf } from './selections.js';

/**
 * A field of a select-mode Prisma type that reads only columns of its own row answers from the row
 * whenever the row carries those columns, whoever loaded it.
 *
 * Pothos' Prisma plugin lets such a field read the row only when the row came from the query it
 * planned for this request; any other row (the one a mutation wrote and hands back) it reloads by
 * id after the commit, so the payload could show another writer's later revision as this write's,
 * and a write's answer cost a statement per type. Include mode avoids that by loading every column
 * of every row, which is most of what a read moves (about 190 KB of JSON for a page of 20 articles
 * whose answer is 33 KB). With these two plugins a type can be in select mode, so reads load only
 * the columns their fields need, and a mutation's row answers with the columns it was written with.
 * A row without one of the columns still goes through Pothos' reload.
 *
 * Pothos wraps resolvers from its last plugin inwards, so `LoadedColumnsInner` (listed right after
 * the Prisma plugin) sees the field's own resolver and keeps it, and `LoadedColumnsOuter` (listed
 * right before it) sees the Prisma plugin's wrapper and chooses between the two per row. Pothos
 * has no hook for this; the two plugins are the smallest change that keeps its planning.
 */
const resolvers = new WeakMap<object, GraphQLFieldResolver<unknown, unknown>>();

/** The columns a field reads of its row, when it reads nothing else (no relation, no computed select). */
function ownColumns(select: unknown, model: string | undefined) {
  if (!model || !select || typeof select !== 'object') return undefined;
  const columns = scalarsOf(model as keyof PrismaTypes) as Record<string, true>;
  const keys = Object.keys(select);
  const plain =
    keys.length > 0 &&
    keys.every((key) => (select as Record<string, unknown>)[key] === true && Object.hasOwn(columns, key));
  return plain ? keys : undefined;
}

export class LoadedColumnsInner<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (fieldConfig.kind === 'PrismaObject')
      resolvers.set(fieldConfig, resolver as GraphQLFieldResolver<unknown, unknown>);
    return resolver;
  }
}

export class LoadedColumnsOuter<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const own = resolvers.get(fieldConfig);
    if (fieldConfig.kind !== 'PrismaObject' || !own) return resolver;
    const parentConfig = this.buildCache.getTypeConfig(fieldConfig.parentType);
    const columns = ownColumns(
      fieldConfig.extensions?.pothosPrismaSelect,
      parentConfig.extensions?.pothosPrismaModel as string | undefined,
    );
    if (!columns) return resolver;
    return (parent, args, context, info) =>
      typeof parent === 'object' && parent !== null && columns.every((column) => column in parent)
        ? own(parent, args, context, info)
        : resolver(parent, args, context, info);
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      loadedColumnsInner: LoadedColumnsInner<Types>;
      loadedColumnsOuter: LoadedColumnsOuter<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('loadedColumnsInner', LoadedColumnsInner);
SchemaBuilder.registerPlugin('loadedColumnsOuter', LoadedColumnsOuter);

import {
  type GraphQLField,
  type GraphQLOutputType,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../schema/paging.js';

/** How many items a list without a page size is assumed to hold: they are short here (an appearance's cues and attribution hops, an actor's aliases, a version's blocks). */
export const LIST_MULTIPLIER = 5;

/**
 * The cost of one field, for @pothos/plugin-complexity (set as the builder's `fieldComplexity`).
 * It prices what a request makes the database fetch, after Shopify's and GitHub's models:
 * - a scalar or enum field costs 0: it comes with its object's row;
 * - an object field costs 1, a connection or list field 2;
 * - a connection's selections count once per requested item: `first` (or `last`), 20 when omitted;
 *   its `edges` list then multiplies by 1, since `first` already did;
 * - `nodes(ids:)` counts once per ID; other lists count `LIST_MULTIPLIER` (5) times.
 * So `articles(first: 100) { edges { node { versions(first: 100) { … } } } }` costs 100 × 100 × …
 * and is refused before it runs, while the same shape with `first: 5` is cheap.
 */
export function fieldCost<Context>(
  args: Record<string, unknown>,
  _context: Context,
  field: GraphQLField<unknown, Context>,
): { field: number; multiplier: number } {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return { field: 0, multiplier: 1 };
  const page = pageSize(args, field);
  if (page !== undefined) return { field: 2, multiplier: page };
  if (Array.isArray(args.ids)) return { field: 2, multiplier: args.ids.length };
  if (isList(field.type)) {
    const connectionEdges = field.name === 'edges' && type.name.endsWith('Edge');
    return { field: 2, multiplier: connectionEdges ? 1 : LIST_MULTIPLIER };
  }
  return { field: 1, multiplier: 1 };
}

function pageSize<Context>(args: Record<string, unknown>, field: GraphQLField<unknown, Context>): number | undefined {
  if (!field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) return undefined;
  const requested = args.first ?? args.last;
  return typeof requested === 'number' ? Math.max(requested, 0) : DEFAULT_PAGE_SIZE;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

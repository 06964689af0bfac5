import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { createGraphQLError } from 'graphql-yoga';
import type PrismaTypes from '../__generated__/pothos-types.js';
import { getDatamodel } from '../__generated__/pothos-types.js';
import './loaded-columns.js';
import type { Generations } from '../cache/generation.js';
import { db } from '../db/database.js';
import { ROLE_RANK, type Viewer } from '../domain/api-keys.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import { fieldCost } from '../plugins/cost-model.js';
import { decodeGlobalId, encodeGlobalId } from './global-id.js';
import { loadNodes } from './nodes.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging.js';

/** Per-request state; the Prisma client is imported from db/database.ts, not carried here. */
export interface Context {
  requestId: string;
  /** Who the request acts as: the API key's owner and role, or null for an anonymous client. */
  viewer: Viewer | null;
  /** Whether clients without a key may read. */
  anonymousReads: boolean;
  /** The data's generations when the request started (generation.ts); undefined when unknown. */
  generations: Generations | undefined;
}

export interface SchemaTypes {
  PrismaTypes: PrismaTypes;
  Context: Context;
  // Fields are non-null unless declared otherwise: SDK users get types without needless `| null`.
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
  Connection: {
    totalCount?: number | (() => number | Promise<number>);
  };
  AuthScopes: {
    reader: boolean;
    editor: boolean;
    admin: boolean;
  };
}

const rank = (context: Context) => (context.viewer ? ROLE_RANK[context.viewer.role] : 0);

export const builder = new SchemaBuilder<SchemaTypes>({
  // Errors wraps scope-auth, so a refused mutation is a ForbiddenError member of its result union.
  plugins: [
    ErrorsPlugin,
    ScopeAuthPlugin,
    // Around the Prisma plugin: a select-mode field answers from any row that carries its columns.
    'loadedColumnsOuter',
    PrismaPlugin,
    'loadedColumnsInner',
    RelayPlugin,
    ComplexityPlugin,
  ],
  scopeAuth: {
    // A subscription is refused when it starts, not event by event after it was accepted.
    authorizeOnSubscribe: true,
    authScopes: (context) => ({
      reader: context.anonymousReads || rank(context) >= ROLE_RANK.READER,
      editor: rank(context) >= ROLE_RANK.EDITOR,
      admin: rank(context) >= ROLE_RANK.ADMIN,
    }),
    // One rule for every field: no key (or an invalid one, refused in yoga.ts) is UNAUTHENTICATED with HTTP
    // 401, as the REST routes answer; a key whose role is not enough is a ForbiddenError member of a
    // mutation's result, and FORBIDDEN on any other field.
    unauthorizedError: (_parent, context, info) => {
      if (!context.viewer) {
        return createGraphQLError('This needs an API key: send it as `Authorization: Bearer <key>`.', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
        });
      }
      const message = `The API key of ${context.viewer.owner} (${context.viewer.role.toLowerCase()}) may not do this.`;
      if (info.parentType.name === 'Mutation') {
        const needed = info.fieldName.endsWith('ApiKey') ? 'an admin' : 'an editor';
        return new ForbiddenError(`${message} It needs ${needed} key.`);
      }
      // A refused subscription is the whole answer: its HTTP status says so, and no stream stays open.
      const http = info.parentType.name === 'Subscription' ? { http: { status: 403 } } : {};
      return createGraphQLError(message, { extensions: { code: 'FORBIDDEN', ...http } });
    },
  },
  errors: {
    defaultTypes: [ValidationError, NotFoundError, ConflictError, ForbiddenError],
  },
  defaultFieldNullability: false,
  // Prices every field (plugins/cost-model.ts); plugins/cost.ts refuses operations over the budget
  // before they execute, so the plugin's own per-resolver check stays off.
  complexity: { fieldComplexity: fieldCost, disabled: true },
  prisma: {
    client: () => db(),
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    // In tests, a selection that was not folded into its parent's query fails loudly.
    onUnusedQuery: process.env.NODE_ENV === 'test' ? 'error' : null,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    // Larger requests are refused before execution (plugins/page-size.ts); this is a backstop.
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  relay: {
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    cursorType: 'String',
    nodeTypeOptions: { description: 'An object with a stable, opaque global ID.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection.' },
    idFieldOptions: { description: 'The opaque global ID; pass it to `node` to fetch this object again.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when it does not exist.',
      args: { id: { description: 'A global ID, as any object’s `id` field gives it.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global IDs, in order; null for each that does not exist.',
      args: { ids: { description: 'Global IDs, as objects’ `id` fields give them.' } },
      resolve: (_root, args, context, info, resolveNodes) =>
        loadNodes(args.ids, context, info, () => resolveNodes(args.ids)),
    },
    cursorFieldOptions: { description: 'An opaque cursor for this edge; pass it as `after` for the next page.' },
    nodeFieldOptions: { description: 'The item at the end of this edge.' },
    edgesFieldOptions: { description: 'The edges of this page.' },
    pageInfoFieldOptions: { description: 'Whether there are more pages, and the cursors to reach them.' },
    hasNextPageFieldOptions: { description: 'True when a page follows this one.' },
    hasPreviousPageFieldOptions: { description: 'True when a page precedes this one.' },
    startCursorFieldOptions: { description: 'The cursor of the first edge of this page.' },
    endCursorFieldOptions: { description: 'The cursor of the last edge of this page.' },
    firstArgOptions: { description: `The page size: ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}.` },
    afterArgOptions: { description: 'Returns the items after this cursor.' },
    lastArgOptions: { description: `The page size from the end, at most ${MAX_PAGE_SIZE}.` },
    beforeArgOptions: { description: 'Returns the items before this cursor.' },
  },
});

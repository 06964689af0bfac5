import { randomUUID } from 'node:crypto';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { defaultQuery } from './graphiql-default-query.js';
import { useErrorCodes } from './plugins/error-codes.js';
import { usePageSizeLimit } from './plugins/page-size.js';
import type { Context } from './schema/builder.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  /** Serve GraphiQL at the GraphQL endpoint (browsers' GET requests). */
  graphiql?: boolean;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** The GraphQL app, without a listener: tests call `app.fetch` in process. */
export function createApp(options: AppOptions = {}): App {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.graphiql === false ? false : { title: 'claimgraph', defaultQuery },
    // Unexpected errors reach clients as "Unexpected error." with code INTERNAL_SERVER_ERROR.
    maskedErrors: true,
    context: ({ request }) => ({ requestId: request.headers.get('x-request-id') ?? randomUUID() }),
    plugins: [usePageSizeLimit(), useErrorCodes()],
  });
}

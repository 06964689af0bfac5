import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { defaultQuery } from './graphiql-default-query.js';
import { createHardening } from './hardening.js';
import { requestIdOf } from './http/logging.js';
import { maskError } from './plugins/database-errors.js';
import { useErrorCodes } from './plugins/error-codes.js';
import { usePageSizeLimit } from './plugins/page-size.js';
import type { HardeningOptions } from './profile.js';
import type { Context } from './schema/builder.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  /** Serve GraphiQL at the GraphQL endpoint (browsers' GET requests). */
  graphiql?: boolean;
  /** Limits, exposure, rate limits and time budgets (profile.ts); the development profile when omitted. */
  hardening?: HardeningOptions;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** The GraphQL app, without a listener: tests call `app.fetch` in process. */
export function createApp(options: AppOptions = {}): App {
  const hardening = createHardening(options.hardening);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: (options.graphiql ?? hardening.options.graphiql) ? { title: 'claimgraph', defaultQuery } : false,
    // Unexpected errors reach clients as "Unexpected error." with code INTERNAL_SERVER_ERROR; an
    // unreachable database as DATABASE_UNAVAILABLE (503).
    maskedErrors: { maskError },
    logging: hardening.logging,
    maxRequestBodySize: hardening.options.limits.maxBodyBytes,
    // No file uploads: a multipart body is refused (415) like any other form.
    multipart: false,
    extraParamNames: ['documentId'],
    context: ({ request }) => ({ requestId: requestIdOf(request) }),
    plugins: [...hardening.beforeExecution, usePageSizeLimit(), ...hardening.execution, useErrorCodes()],
  });
}

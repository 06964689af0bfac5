import { createGraphQLError, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { type Generations, readGenerations } from './cache/generation.js';
import { authenticateCached } from './cache/key-cache.js';
import { createHardening, type Hardening } from './config/hardening.js';
import type { HardeningOptions } from './config/profile.js';
import type { Viewer } from './domain/api-keys.js';
import { renderSelfContainedGraphiQL } from './http/graphiql.js';
import { defaultQuery } from './http/graphiql-default-query.js';
import { useGraphiqlOffPage } from './http/graphiql-off.js';
import { requestIdOf } from './http/logging.js';
import { useSecurityHeaders } from './http/security-headers.js';
import { useBodySizeLimit } from './plugins/body-size.js';
import { maskError } from './plugins/database-errors.js';
import { useErrorCodes } from './plugins/error-codes.js';
import { useExplorer } from './plugins/explorer.js';
import { useInterchangeRoutes } from './plugins/interchange-routes.js';
import { usePageSizeLimit } from './plugins/page-size.js';
import type { RequestContext } from './plugins/rate-limit.js';
import { type ResponseCacheOptions, useResponseCache } from './plugins/response-cache.js';
import type { Context } from './schema/builder.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  /** Serve GraphiQL at the GraphQL endpoint (browsers' GET requests). */
  graphiql?: boolean;
  /** Limits, exposure, rate limits and time budgets (profile.ts); the development profile when omitted. */
  hardening?: HardeningOptions;
  /** Let clients without an API key read; writes always need one. Default true. */
  anonymousReads?: boolean;
  /** Remember query results until the next write (plugins/response-cache.ts), within these bounds. Default on. */
  responseCache?: boolean | ResponseCacheOptions;
  /**
   * Metrics and traces (observability/metrics.ts, observability/tracing.ts), first in line so they see
   * every request, including those answered early. None when omitted.
   */
  observability?: Plugin[];
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** The GraphQL app, without a listener: tests call `app.fetch` in process. */
export function createApp(options: AppOptions = {}): App {
  const hardening = createHardening(options.hardening);
  const graphiql = options.graphiql ?? hardening.options.graphiql;
  const identityOf = identities(hardening.checkKey);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: graphiql ? { title: 'claimgraph', defaultQuery } : false,
    renderGraphiQL: renderSelfContainedGraphiQL,
    // Unexpected errors reach clients as "Unexpected error." with code INTERNAL_SERVER_ERROR; an
    // unreachable database as DATABASE_UNAVAILABLE (503).
    maskedErrors: { maskError },
    logging: hardening.logging,
    // The limit is useBodySizeLimit's, below: Yoga's streams every body (plugins/body-size.ts).
    maxRequestBodySize: false,
    // No file uploads: a multipart body is refused (415) like any other form.
    multipart: false,
    extraParamNames: ['documentId'],
    // Browsers on the listed origins may call the API; none sends credentials (keys are bearer
    // headers, not cookies), so no origin is ever echoed with Access-Control-Allow-Credentials.
    cors: corsOf(hardening.options.corsOrigins),
    context: async ({ request, req }) => {
      const { generations, viewer } = await identityOf(request, req as RequestContext['req']);
      return {
        requestId: requestIdOf(request),
        viewer: refuseInvalidKey(viewer),
        anonymousReads: options.anonymousReads ?? true,
        generations,
      };
    },
    plugins: [
      useSecurityHeaders({ production: hardening.options.profile === 'production', graphqlEndpoint: '/graphql' }),
      ...(options.observability ?? []),
      // GET / and its assets: the explorer, a web page built on the SDK (apps/explorer).
      useExplorer({ graphiql }),
      ...(graphiql ? [] : [useGraphiqlOffPage('/graphql')]),
      // GET /export/… downloads (ClaimReview, Web Annotation, PROV, STIX, CSV, NDJSON) in the same app.
      useInterchangeRoutes({
        anonymousReads: options.anonymousReads ?? true,
        viewerOf: async (request, req) => refuseInvalidKey((await identityOf(request, req)).viewer),
      }),
      ...hardening.beforeExecution,
      usePageSizeLimit(),
      ...hardening.execution,
      // Last before the error codes: a hit is answered after every check and limit has run.
      ...(options.responseCache === false
        ? []
        : [
            useResponseCache(typeof options.responseCache === 'object' ? options.responseCache : {}, {
              identify: identityOf,
              anonymousReads: options.anonymousReads ?? true,
              ...(hardening.admit ? { admit: hardening.admit } : {}),
            }),
          ]),
      useErrorCodes(),
      useBodySizeLimit(hardening.options.limits.maxBodyBytes),
    ],
  });
}

/** Yoga's CORS option from the allow-list: `*` any origin, an empty list same-origin only. */
function corsOf(origins: readonly string[]) {
  if (origins.length === 0) return false;
  return {
    origin: origins.includes('*') ? '*' : [...origins],
    credentials: false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'accept', 'x-graphql-yoga-csrf', 'x-request-id'],
  };
}

export interface RequestIdentity {
  /** The data generations when the request started: caches key their entries by them (generation.ts). */
  generations: Generations | undefined;
  /** The viewer of the request's API key: null without one, undefined when the key is not valid. */
  viewer: Viewer | null | undefined;
}

/**
 * What a request's caches and checks depend on, read once per request by whichever asks first: the
 * response cache's early answer (plugins/response-cache.ts), the export routes, then the context.
 * `checkKey` (the rate limit on invalid keys) guards the key's lookup when rate limits are on.
 */
function identities(checkKey: Hardening['checkKey']) {
  const known = new WeakMap<Request, Promise<RequestIdentity>>();
  return (request: Request, req?: RequestContext['req']): Promise<RequestIdentity> => {
    let identity = known.get(request);
    if (!identity) {
      identity = readGenerations().then(async (generations) => {
        const lookup = () => keyViewerOf(request, generations);
        const presented = request.headers.has('authorization');
        const viewer =
          checkKey && presented ? await checkKey({ request, ...(req ? { req } : {}) }, lookup) : await lookup();
        return { generations, viewer };
      });
      known.set(request, identity);
    }
    return identity;
  };
}

/** A request whose API key is not valid is refused; one without a key reads as anonymous. */
function refuseInvalidKey(viewer: Viewer | null | undefined): Viewer | null {
  if (viewer === undefined) {
    throw createGraphQLError('The API key is not valid, or it was revoked.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
    });
  }
  return viewer;
}

/** The viewer of the request's API key (`Authorization: Bearer <key>`): null without one, undefined when it is not valid. */
async function keyViewerOf(request: Request, generations: Generations | undefined) {
  const header = request.headers.get('authorization');
  if (!header) return null;
  // Exactly `Bearer <key>`: another scheme, or anything after the key, is refused rather than
  // read as anonymous or cut short.
  const secret = /^\s*bearer +(\S+)\s*$/i.exec(header)?.[1];
  const viewer = secret ? await authenticateCached(secret, generations) : null;
  return viewer ?? undefined;
}

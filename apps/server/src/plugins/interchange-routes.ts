import { coerceInputValue, GraphQLError, type GraphQLInputType } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { db } from '../db/database.js';
import type { Viewer } from '../domain/api-keys.js';
import { claimReviewDocument, claimReviewOf, SCHEMA_ORG_CONTEXT } from '../domain/interchange/claimreview.js';
import { type ArticleFormat, articleDocumentOf } from '../domain/interchange/documents.js';
import { graphRecords } from '../domain/interchange/graph.js';
import { loadArticle, loadClaims } from '../domain/interchange/load.js';
import { provenanceOf } from '../domain/interchange/prov.js';
import { STIX_MEDIA_TYPE } from '../domain/interchange/stix.js';
import {
  CSV_MEDIA_TYPE,
  claimPages,
  claimsCsv,
  claimsNdjson,
  NDJSON_MEDIA_TYPE,
} from '../domain/interchange/tabular.js';
import { ANNOTATION_MEDIA_TYPE } from '../domain/interchange/web-annotation.js';
import { claimWhere } from '../schema/claim.js';
import { decodeIdOf } from '../schema/global-id.js';
import { schema } from '../schema/index.js';
import type { RequestContext as ClientContext } from './rate-limit.js';

/**
 * Downloads of the interchange formats over plain HTTP GET, for tools that fetch a URL (a
 * spreadsheet, a STIX feed, a curl in a cron job):
 *
 * | path                          | parameters                    | what                                   |
 * | ----------------------------- | ----------------------------- | -------------------------------------- |
 * | /export/claims.csv            | filter (a ClaimFilter as JSON), bom=true | claims as CSV, streamed       |
 * | /export/claims.ndjson         | filter, article               | claims as NDJSON, streamed             |
 * | /export/claimreview.jsonld    | article, claim or filter      | schema.org ClaimReview JSON-LD         |
 * | /export/annotations.jsonld    | article                       | W3C Web Annotation collection          |
 * | /export/prov.jsonld           | article or claim              | W3C PROV-O JSON-LD                     |
 * | /export/stix.json             | article                       | STIX 2.1 bundle                        |
 * | /export/graph.ndjson          |                               | the whole graph, lossless, streamed    |
 *
 * IDs are the API's global IDs. Reads follow the API's rule: an API key when anonymous reads are
 * off, and an invalid or malformed key is refused either way (and counted against its address, as
 * at the GraphQL endpoint). Failures answer with a JSON body shaped like a
 * GraphQL error, with the same codes.
 */
export interface InterchangeRouteOptions {
  anonymousReads: boolean;
  /**
   * The request's viewer by the API's own rule (null without a key); throws the API's coded error
   * for an invalid or malformed key, or when the address has presented too many (RATE_LIMITED).
   */
  viewerOf(request: Request, req?: ClientContext['req']): Promise<Viewer | null>;
}

export const EXPORT_PREFIX = '/export/';

class RouteError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

function download(body: BodyInit, contentType: string, filename: string) {
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}

/** A stream of text chunks from an async generator, pulled as the client reads. */
function stream(chunks: AsyncGenerator<string>) {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

function idParam(url: URL, name: string, type: string) {
  const value = url.searchParams.get(name);
  if (value == null) return undefined;
  try {
    return decodeIdOf(value, type);
  } catch (error) {
    if (error instanceof GraphQLError) throw new RouteError(400, 'INVALID_ID', `${name}: ${error.message}`);
    throw error;
  }
}

/** The `filter` parameter, checked against the API's ClaimFilter input type; `article` narrows it. */
async function claimFilterWhere(url: URL) {
  const raw = url.searchParams.get('filter');
  let filter: Record<string, unknown> = {};
  if (raw != null) {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new RouteError(400, 'BAD_USER_INPUT', 'filter is not JSON.');
    }
    const type = schema.getType('ClaimFilter') as GraphQLInputType;
    filter = coerceInputValue(value, type, (path, _invalid, error) => {
      throw new RouteError(400, 'BAD_USER_INPUT', `filter${path.map((p) => `.${p}`).join('')}: ${error.message}`);
    }) as Record<string, unknown>;
  }
  const article = url.searchParams.get('article');
  if (article != null) filter = { ...filter, article };
  try {
    return await claimWhere(filter as Parameters<typeof claimWhere>[0]);
  } catch (error) {
    if (error instanceof GraphQLError)
      throw new RouteError(400, String(error.extensions.code ?? 'BAD_USER_INPUT'), error.message);
    throw error;
  }
}

async function articleExport(url: URL, format: ArticleFormat, name: string, contentType: string) {
  const articleId = idParam(url, 'article', 'Article');
  if (articleId === undefined) throw new RouteError(400, 'BAD_USER_INPUT', 'Name the article: ?article=<ID>.');
  const article = await loadArticle(db(), articleId);
  if (!article) throw new RouteError(404, 'NOT_FOUND', 'There is no such article.');
  const id = url.searchParams.get('article');
  return download(JSON.stringify(articleDocumentOf(article, format), null, 2), contentType, `claimgraph-${id}-${name}`);
}

async function oneClaim(url: URL) {
  const claimId = idParam(url, 'claim', 'Claim');
  if (claimId === undefined) return undefined;
  const [claim] = await loadClaims(db(), { id: claimId });
  if (!claim) throw new RouteError(404, 'NOT_FOUND', 'There is no such claim.');
  return claim;
}

const JSON_LD = 'application/ld+json';

async function route(url: URL): Promise<Response> {
  const stamp = new Date().toISOString().slice(0, 10);
  switch (url.pathname.slice(EXPORT_PREFIX.length)) {
    case 'claims.csv':
      return download(
        stream(claimsCsv(db(), await claimFilterWhere(url), { bom: url.searchParams.get('bom') === 'true' })),
        CSV_MEDIA_TYPE,
        `claimgraph-claims-${stamp}.csv`,
      );
    case 'claims.ndjson':
      return download(
        stream(claimsNdjson(db(), await claimFilterWhere(url))),
        NDJSON_MEDIA_TYPE,
        `claimgraph-claims-${stamp}.ndjson`,
      );
    case 'graph.ndjson': {
      const lines = async function* () {
        for await (const record of graphRecords(db())) yield `${JSON.stringify(record)}\n`;
      };
      return download(stream(lines()), NDJSON_MEDIA_TYPE, `claimgraph-graph-${stamp}.ndjson`);
    }
    case 'claimreview.jsonld': {
      const claim = await oneClaim(url);
      if (claim) {
        const review = claimReviewOf(claim);
        if (!review)
          throw new RouteError(
            404,
            'NO_VERDICT',
            'The claim has no verdict to publish yet (UNVERIFIED or IN_PROGRESS).',
          );
        return download(
          JSON.stringify(review, null, 2),
          JSON_LD,
          `claimgraph-${url.searchParams.get('claim')}-claimreview.jsonld`,
        );
      }
      if (url.searchParams.has('article') && !url.searchParams.has('filter')) {
        return articleExport(url, 'CLAIM_REVIEW', 'claimreview.jsonld', JSON_LD);
      }
      const claims = [];
      for await (const page of claimPages(db(), await claimFilterWhere(url))) claims.push(...page);
      const document = claims.length ? claimReviewDocument(claims) : { '@context': SCHEMA_ORG_CONTEXT, '@graph': [] };
      return download(JSON.stringify(document, null, 2), JSON_LD, `claimgraph-claimreview-${stamp}.jsonld`);
    }
    case 'annotations.jsonld':
      return articleExport(url, 'WEB_ANNOTATION', 'annotations.jsonld', ANNOTATION_MEDIA_TYPE);
    case 'prov.jsonld': {
      const claim = await oneClaim(url);
      if (claim) {
        const document = provenanceOf(claim.appearances.map((appearance) => ({ ...appearance, claim })));
        return download(
          JSON.stringify(document, null, 2),
          JSON_LD,
          `claimgraph-${url.searchParams.get('claim')}-prov.jsonld`,
        );
      }
      return articleExport(url, 'PROV', 'prov.jsonld', JSON_LD);
    }
    case 'stix.json':
      return articleExport(url, 'STIX', 'stix.json', STIX_MEDIA_TYPE);
    default:
      throw new RouteError(404, 'NOT_FOUND', `No export at ${url.pathname}.`);
  }
}

async function readAllowed(request: Request, req: ClientContext['req'], options: InterchangeRouteOptions) {
  const viewer = await options.viewerOf(request, req).catch((error: unknown) => {
    if (!(error instanceof GraphQLError)) throw error;
    const http = error.extensions.http as { status?: number; headers?: Record<string, string> } | undefined;
    throw new RouteError(http?.status ?? 400, String(error.extensions.code), error.message, http?.headers);
  });
  if (!viewer && !options.anonymousReads)
    throw new RouteError(401, 'UNAUTHENTICATED', 'This needs an API key: send it as `Authorization: Bearer <key>`.');
}

/** Serves /export/… beside the GraphQL endpoint, in the same app. */
export function useInterchangeRoutes(options: InterchangeRouteOptions): Plugin {
  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (!url.pathname.startsWith(EXPORT_PREFIX)) return;
      try {
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          throw new RouteError(405, 'METHOD_NOT_ALLOWED', 'Exports are read with GET.');
        }
        await readAllowed(request, (serverContext as { req?: ClientContext['req'] } | undefined)?.req, options);
        endResponse(await route(url));
      } catch (error) {
        if (!(error instanceof RouteError)) throw error;
        const headers: Record<string, string> = {
          ...(error.status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
          ...error.headers,
        };
        if (error.status === 405) headers.allow = 'GET, HEAD';
        endResponse(
          json(error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] }, headers),
        );
      }
    },
  };
}

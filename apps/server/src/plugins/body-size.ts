import { createGraphQLError, type Plugin } from 'graphql-yoga';

const CONTENT_LENGTH = /^\d+$/;

const tooLarge = () =>
  createGraphQLError('Request body too large', {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });

/**
 * The request body's size limit, without a stream per request. Yoga's own (`maxRequestBodySize`)
 * pipes every body through a TransformStream into a new Request: a profile of requests answered by
 * the response cache put ~12% of the process's CPU there (the pipe, and the DOMException its
 * AbortController makes when it finishes). A body with a Content-Length cannot be longer than it
 * says (Node's HTTP parser reads exactly that many bytes, and refuses a request that also says
 * chunked), so only a body without one is counted as it streams.
 *
 * Registered after every request parser (Yoga's are registered before the app's plugins), so that
 * it wraps the one chosen for the request.
 */
export function useBodySizeLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length != null) {
        if (!CONTENT_LENGTH.test(length)) {
          throw createGraphQLError('Content-Length header is invalid.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
        if (Number(length) > limit) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((streamed) => requestParser(counted(streamed, limit, fetchAPI)));
    },
  };
}

/** The request with a body that fails once more than `limit` bytes have arrived. */
function counted(
  request: Request,
  limit: number,
  fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream },
) {
  const body = request.body;
  if (!body) return request;
  // A native stream needs the native TransformStream; the ponyfill's cannot pipe from it.
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let received = 0;
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: body.pipeThrough(
      new Transform<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          received += chunk.byteLength;
          if (received > limit) controller.error(tooLarge());
          else controller.enqueue(chunk);
        },
      }),
    ),
    duplex: 'half',
  } as RequestInit);
}

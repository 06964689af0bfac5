import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { lifecycle } from './health.js';

/**
 * The HTTP listener around the app. While the process drains, a request that arrives on a kept-alive
 * connection is refused with 503 and `Connection: close`, and the responses in flight close their
 * connections when they end, so nothing new starts and nothing started is cut.
 */
export function drainingListener(app: RequestListener): { listener: RequestListener; inFlight: () => number } {
  const open = new Set<ServerResponse>();
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    if (lifecycle.draining) {
      res.writeHead(503, { connection: 'close', 'retry-after': '1', 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          errors: [{ message: 'The server is shutting down.', extensions: { code: 'SHUTTING_DOWN' } }],
        }),
      );
      return;
    }
    open.add(res);
    res.once('close', () => open.delete(res));
    app(req, res);
  };
  drainHooks.add(() => {
    for (const res of open) if (!res.headersSent) res.shouldKeepAlive = false;
  });
  return { listener, inFlight: () => open.size };
}

const drainHooks = new Set<() => void>();

/**
 * Stops taking connections, lets the requests in flight finish (up to `graceMs`), and resolves
 * true when all did, false when the grace ran out and the rest were cut.
 */
export async function drain(server: Server, graceMs: number): Promise<boolean> {
  lifecycle.draining = true;
  for (const hook of drainHooks) hook();
  const closed = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), graceMs);
  });
  // Connections that turn idle after their last response are closed as they do.
  const sweeper = setInterval(() => server.closeIdleConnections(), 100);
  const finished = await Promise.race([closed, graceOver]);
  clearInterval(sweeper);
  clearTimeout(timer);
  if (!finished) server.closeAllConnections();
  return finished;
}

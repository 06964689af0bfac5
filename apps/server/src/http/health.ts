import { type Plugin, useReadinessCheck } from 'graphql-yoga';
import { db } from '../db/database.js';

/** Set while the process drains on SIGTERM: readiness fails so load balancers stop sending work. */
export const lifecycle = { draining: false };

/**
 * Liveness is Yoga's own `GET /health` (200 while the process answers). Readiness is `GET /ready`:
 * 200 when the database answers `SELECT 1` within `timeoutMs`, 503 when it does not or while the
 * process drains. Both answer before any GraphQL handling, and neither counts against rate limits.
 */
export function useReadiness(timeoutMs: number): Plugin {
  const readiness = useReadinessCheck({
    endpoint: READY,
    async check({ fetchAPI }) {
      const answer = (status: number, body: Record<string, string>) =>
        fetchAPI.Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
      if (lifecycle.draining) return answer(503, { status: 'draining', database: 'unknown' });
      const database = await databaseAnswers(timeoutMs);
      return database
        ? answer(200, { status: 'ready', database: 'up' })
        : answer(503, { status: 'unavailable', database: 'down' });
    },
  }) as Plugin;
  // Yoga's check matches every request against a URLPattern, which Node 20 and 22 run through a
  // polyfill (1.3% of a claim read's CPU); the path alone decides, so only `/ready` reaches it.
  return {
    ...readiness,
    onRequest(payload) {
      if (payload.url.pathname === READY) return readiness.onRequest?.(payload);
    },
  };
}

const READY = '/ready';

async function databaseAnswers(timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = db().$queryRaw`SELECT 1`.then(() => true as const).catch(() => false as const);
  try {
    return await Promise.race([query, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

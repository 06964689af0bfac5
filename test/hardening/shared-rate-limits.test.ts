import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, test } from 'vitest';
import { type App, createApp } from '../../apps/server/src/yoga.js';
import { productionHardening } from '../support/profile.js';

// Rate limits with REDIS_URL set: replicas spend from the same buckets. Redis at 127.0.0.1:6379
// (.ci/run starts it); each run uses addresses of its own, so runs do not share buckets.

const REDIS_URL = process.env.CLAIMGRAPH_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const apps: App[] = [];
afterAll(async () => {
  for (const app of apps) await app.dispose();
});

function replica(redisUrl: string, addressPoints: number): App {
  const options = productionHardening();
  options.rateLimit = { ...options.rateLimit, enabled: true, addressPoints, trustProxy: true, redisUrl };
  const app = createApp({ hardening: options });
  apps.push(app);
  return app;
}

async function ask(app: App, address: string) {
  const response = await app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return response.status;
}

describe('rate limits across replicas', () => {
  test('two replicas on one Redis share an address’s budget', async () => {
    const address = `2001:db8::${randomBytes(2).toString('hex')}`;
    const [a, b] = [replica(REDIS_URL, 5), replica(REDIS_URL, 5)];
    // Until a replica's Redis connection is up it counts in memory (the fallback below): let both connect.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const statuses = [];
    for (const app of [a, b, a, b, a]) statuses.push(await ask(app, address));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(await ask(b, address)).toBe(429);
    expect(await ask(a, address)).toBe(429);
  });

  test('with Redis unreachable, each replica falls back to its own memory and keeps serving', async () => {
    const address = `2001:db8::${randomBytes(2).toString('hex')}`;
    const app = replica('redis://127.0.0.1:1', 3);
    expect([await ask(app, address), await ask(app, address), await ask(app, address)]).toEqual([200, 200, 200]);
    expect(await ask(app, address)).toBe(429);
  });
});

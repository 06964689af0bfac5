import { createApp } from '../../apps/server/src/yoga.js';
import { describe, expect, test } from '../support/fixtures.js';
import { productionHardening } from '../support/profile.js';

// What a browser and a scanner see on every response in production: nosniff, a CORS allow-list
// that never echoes an arbitrary origin with credentials, a content security policy on pages, and
// an Authorization header that is exactly `Bearer <key>` or refused.

const production = () =>
  createApp({
    graphiql: true,
    hardening: { ...productionHardening(), corsOrigins: ['https://desk.example.org'] },
  });

const post = (app: ReturnType<typeof createApp>, headers: Record<string, string>) =>
  app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

describe('HTTP hygiene in production', () => {
  // The first test also builds the file's database: a busy machine needs more than the default.
  test('every response is nosniff: answers, refusals, health', { timeout: 120_000 }, async ({ api }) => {
    const app = production();
    expect((await post(app, {})).headers.get('x-content-type-options')).toBe('nosniff');
    const refused = await app.fetch('http://claimgraph.test/graphql', { method: 'POST', body: '{' });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await app.fetch('http://claimgraph.test/health')).headers.get('x-content-type-options')).toBe('nosniff');
    expect((await api.app.fetch('http://claimgraph.test/health')).headers.get('x-content-type-options')).toBe(
      'nosniff',
    );
  });

  test('CORS: a listed origin is allowed without credentials; any other origin is not echoed', async () => {
    const app = production();
    const preflight = (origin: string) =>
      app.fetch('http://claimgraph.test/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const listed = await preflight('https://desk.example.org');
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://desk.example.org');
    expect(listed.headers.get('access-control-allow-credentials')).not.toBe('true');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect(other.headers.get('access-control-allow-credentials')).not.toBe('true');
    const answer = await post(app, { origin: 'https://evil.example' });
    expect(answer.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect(answer.headers.get('access-control-allow-credentials')).not.toBe('true');
  });

  test('HTML pages carry a content security policy that forbids framing, and no referrer', {
    timeout: 60_000,
  }, async () => {
    const page = await production().fetch('http://claimgraph.test/graphql', { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  test('Authorization is exactly `Bearer <key>`: trailing junk or another scheme is refused', async ({ api }) => {
    const app = production();
    expect((await post(app, { authorization: `Bearer ${api.keys.reader}` })).status).toBe(200);
    expect((await post(app, { authorization: `bearer   ${api.keys.reader}` })).status).toBe(200);
    for (const authorization of [`Bearer ${api.keys.reader} junk`, `Basic ${api.keys.reader}`, 'Bearer', 'x']) {
      const answer = await post(app, { authorization });
      expect(answer.status, authorization).toBe(401);
      expect(JSON.stringify(await answer.json())).toContain('UNAUTHENTICATED');
    }
  });

  test('the export routes read Authorization by the same rule', async ({ api }) => {
    const app = production();
    const download = (authorization: string) =>
      app.fetch('http://claimgraph.test/export/claims.ndjson', { headers: { authorization } });
    expect((await download(`Bearer ${api.keys.reader}`)).status).toBe(200);
    for (const authorization of [`Bearer ${api.keys.reader} junk`, `Basic ${api.keys.reader}`, 'Bearer']) {
      const answer = await download(authorization);
      expect(answer.status, authorization).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      expect(await answer.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  });

  test('media types are case-insensitive: `APPLICATION/JSON; charset=UTF-8` is JSON', async ({ api }) => {
    const app = production();
    for (const type of ['APPLICATION/JSON; charset=UTF-8', 'Application/Json', 'application/json;CHARSET="utf-8"']) {
      const answer = await post(app, { 'content-type': type, authorization: `Bearer ${api.keys.reader}` });
      expect(answer.status, type).toBe(200);
      expect(await answer.json(), type).toMatchObject({ data: { __typename: 'Query' } });
    }
    const accepted = await post(app, { accept: 'Application/GraphQL-Response+JSON' });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    // And the forms refused for being forms are refused in any case, too.
    for (const type of ['TEXT/PLAIN', 'Application/X-WWW-Form-Urlencoded']) {
      expect((await post(app, { 'content-type': type })).status, type).toBe(415);
    }
  });
});

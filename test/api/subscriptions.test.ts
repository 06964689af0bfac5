import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createKeyWithCommand, emptyProcessDatabase, type ProcessDatabase } from '../support/process-database.js';
import { type ServerProcess, startServer } from '../support/server-process.js';

let database: ProcessDatabase;
let server: ServerProcess;
let editor: string;

beforeAll(async () => {
  database = await emptyProcessDatabase();
  // The keys command runs before the server: PGlite allows one process at a time.
  editor = (await createKeyWithCommand(database.env, 'desk@example.org', 'editor')).secret;
  server = await startServer(database.env);
});

afterAll(async () => {
  expect(await server?.stop()).toBe(0);
  await database?.remove();
});

async function graphql<T>(query: string, variables: Record<string, unknown> = {}, key?: string) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Subscribes with a real GraphQL-over-SSE client and resolves with the first `count` events. */
function listen<T>(query: string, variables: Record<string, unknown>, count = 1) {
  const client = createClient({ url: server.url, retryAttempts: 0 });
  const events: T[] = [];
  let ready: () => void = () => {};
  const connected = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const received = new Promise<T[]>((resolve, reject) => {
    const unsubscribe = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) reject(new Error(JSON.stringify(result.errors)));
          events.push(result.data as T);
          if (events.length === count) {
            unsubscribe();
            client.dispose();
            resolve(events);
          }
        },
        error: reject,
        complete: () => undefined,
      },
      // Writes made before the stream is open would not be heard.
      { connected: () => ready() },
    );
  });
  return { connected, received };
}

async function ids() {
  const data = await graphql<{
    claims: { edges: { node: { id: string; revision: number; text: string } }[] };
    actors: { edges: { node: { id: string } }[] };
    articles: { edges: { node: { id: string; currentVersion: { id: string } } }[] };
  }>(`{ claims(filter: { statedCertainty: [RUMOUR] }) { edges { node { id revision text } } }
        actors(filter: { name: "Bashar al-Assad" }) { edges { node { id } } }
        articles { edges { node { id currentVersion { id } } } } }`);
  return {
    rumour: data.claims.edges[0]?.node as { id: string; revision: number },
    assad: data.actors.edges[0]?.node.id as string,
    article: data.articles.edges[0]?.node as { id: string; currentVersion: { id: string } },
  };
}

/** The stream is open; the server subscribes to the event bus as it starts the stream, a moment later. */
const opened = async (sub: { connected: Promise<void> }) => {
  await sub.connected;
  await new Promise((resolve) => setTimeout(resolve, 100));
};

describe('live updates over Server-Sent Events', () => {
  test('a write by one client reaches another client’s subscription', async () => {
    const { rumour } = await ids();
    const sub = listen<{
      claimChanged: {
        event: { operation: string; author: string; message: string };
        claim: { text: string; revision: number };
      };
    }>(
      'subscription ($claim: ID!) { claimChanged(filter: { claim: $claim }) { event { operation author message } claim { text revision } } }',
      { claim: rumour.id },
    );
    await opened(sub);
    await graphql(
      'mutation ($input: UpdateClaimInput!) { updateClaim(input: $input) { __typename } }',
      {
        input: {
          id: rumour.id,
          revision: rumour.revision,
          text: 'Rumour: China will send two units.',
          message: 'Tighter wording',
        },
      },
      editor,
    );
    const [event] = await sub.received;
    expect(event?.claimChanged).toEqual({
      event: { operation: 'UPDATE', author: 'desk@example.org', message: 'Tighter wording' },
      claim: { text: 'Rumour: China will send two units.', revision: rumour.revision + 1 },
    });
  });

  test('filters: an assessment subscription for one actor hears only claims that actor is in', async () => {
    const { assad } = await ids();
    const claims = await graphql<{
      all: { edges: { node: { id: string } }[] };
      his: { edges: { node: { id: string } }[] };
    }>(
      `query ($actor: ID!) { all: claims(filter: { types: [ABSENCE] }) { edges { node { id } } }
         his: claims(filter: { actor: { id: $actor, role: CLAIMANT } }) { edges { node { id } } } }`,
      { actor: assad },
    );
    const other = claims.all.edges[0]?.node.id;
    const his = claims.his.edges[0]?.node.id;
    const sub = listen<{ assessmentAdded: { assessment: { verificationStatus: string; claim: { id: string } } } }>(
      'subscription ($actor: ID!) { assessmentAdded(filter: { actor: $actor }) { assessment { verificationStatus claim { id } } } }',
      { actor: assad },
    );
    await opened(sub);
    const assess = (claimId: string | undefined, verificationStatus: string) =>
      graphql(
        'mutation ($input: AddAssessmentInput!) { addAssessment(input: $input) { __typename } }',
        { input: { claimId, verificationStatus } },
        editor,
      );
    await assess(other, 'IN_PROGRESS');
    await assess(his, 'IN_PROGRESS');
    const [event] = await sub.received;
    expect(event?.assessmentAdded.assessment.claim.id).toBe(his);
  });

  test('a new appearance in an article reaches a subscription to that article', async () => {
    const { rumour, article } = await ids();
    const sub = listen<{ appearanceAdded: { appearance: { quote: string; statedCertainty: string } } }>(
      'subscription ($article: ID!) { appearanceAdded(filter: { article: $article }) { appearance { quote statedCertainty } } }',
      { article: article.id },
    );
    await opened(sub);
    await graphql(
      'mutation ($input: AddAppearanceInput!) { addAppearance(input: $input) { __typename } }',
      {
        input: {
          claimId: rumour.id,
          versionId: article.currentVersion.id,
          quote: { exact: 'Rumours have been circulating' },
          statedCertainty: 'RUMOUR',
        },
      },
      editor,
    );
    const [event] = await sub.received;
    expect(event?.appearanceAdded.appearance).toEqual({
      quote: 'Rumours have been circulating',
      statedCertainty: 'RUMOUR',
    });
  });
});

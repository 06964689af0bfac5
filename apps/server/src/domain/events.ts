import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { closeGenerations, configureGenerations } from '../cache/generation.js';

/** What subscribers hear of a committed write; they load what they need by these ids. */
export interface ChangeNotice {
  eventId: number;
  entityType: string;
  entityId: number;
  operation: string;
  claimId: number | null;
  /** Ids of the actors, sources and articles the claim touches, for subscription filters. */
  actorIds: number[];
  sourceIds: number[];
  articleIds: number[];
}

// One topic per deployment, so replicas of different deployments can share a Redis server.
type Topics = Record<string, [ChangeNotice]>;
let topic = 'claimgraph:change';

export function changeTopic() {
  return topic;
}

let redis: { publish: Redis; subscribe: Redis } | undefined;

/**
 * The process's pub/sub. In memory by default; with a Redis URL, events cross server processes
 * (graphql-yoga's Redis event target), so a subscriber on one replica hears writes made on another.
 */
export let pubsub = createPubSub<Topics>();

export function configureEvents(redisUrl: string | undefined, namespace = 'claimgraph') {
  topic = `${namespace}:change`;
  // The caches' generations live where the events go: in memory, or in the same Redis.
  configureGenerations(redisUrl, namespace);
  if (!redisUrl) {
    pubsub = createPubSub<Topics>();
    return;
  }
  const publish = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribe = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  redis = { publish, subscribe };
  pubsub = createPubSub<Topics>({
    eventTarget: createRedisEventTarget({ publishClient: publish, subscribeClient: subscribe }),
  });
}

let endAll: () => void = () => {};
const ended = new Promise<{ done: true; value: undefined }>((resolve) => {
  endAll = () => resolve({ done: true, value: undefined });
});

/**
 * The change notices, as a subscription hears them, until `endSubscriptions`: a stream stays open
 * as long as its client listens, so a server that is stopping ends them itself (and each client
 * gets the stream's `complete` event) rather than waiting for them to the end of its budget.
 */
export async function* changeNotices(): AsyncGenerator<ChangeNotice> {
  const notices = pubsub.subscribe(changeTopic())[Symbol.asyncIterator]();
  try {
    while (true) {
      const next = await Promise.race([notices.next(), ended]);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await notices.return?.();
  }
}

/** Ends every open subscription (shutdown). */
export function endSubscriptions() {
  endAll();
}

export async function closeEvents() {
  await closeGenerations();
  const clients = redis;
  redis = undefined;
  if (clients) await Promise.all([clients.publish.quit(), clients.subscribe.quit()]);
}

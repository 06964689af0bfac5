import { Redis } from 'ioredis';

/**
 * Generations: numbers that change with every committed write, so that caches can key their entries
 * by them and nothing read before a write is ever served after it. `data` changes with every write,
 * `keys` with every write to API keys (a revoked key must be refused at once).
 *
 * `runWrite` bumps them right after the commit and before the mutation answers; each request reads
 * them once, when it starts. In one process they are counters in memory. With Redis (several
 * replicas) they are Redis counters: the writer's INCR completes before its mutation answers, and
 * every replica reads them (one MGET) at the start of each request, so a read that starts after a
 * write's answer sees the new generation on whichever replica it lands. Change notices (events.ts)
 * arrive a moment later and cannot give that guarantee: a request can overtake them.
 *
 * When Redis cannot be reached the generation is unknown (`undefined`): caches are bypassed, never
 * trusted blindly.
 */
export interface Generations {
  data: number;
  keys: number;
}

interface Store {
  read(): Promise<Generations | undefined>;
  bump(keys: boolean): Promise<void>;
  close(): Promise<void>;
}

function memoryStore(): Store {
  const generations: Generations = { data: 0, keys: 0 };
  return {
    read: async () => ({ ...generations }),
    async bump(keys) {
      generations.data += 1;
      if (keys) generations.keys += 1;
    },
    async close() {},
  };
}

function redisStore(url: string, namespace: string): Store {
  const redis = new Redis(url, {
    // Fail fast while Redis is away (caches are then bypassed); never queue commands.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    lazyConnect: false,
  });
  // A lost connection is reported as an 'error' event; unheard, it would end the process.
  redis.on('error', () => {});
  const dataKey = `${namespace}:generation:data`;
  const keysKey = `${namespace}:generation:keys`;
  return {
    async read() {
      try {
        const [data, keys] = await redis.mget(dataKey, keysKey);
        return { data: Number(data ?? 0), keys: Number(keys ?? 0) };
      } catch {
        return undefined;
      }
    },
    async bump(keys) {
      // A write right after start may come before the connection: wait for it, briefly.
      if (redis.status !== 'ready') await ready(redis, 2_000);
      const pipeline = redis.multi().incr(dataKey);
      if (keys) pipeline.incr(keysKey);
      await pipeline.exec();
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

function ready(redis: Redis, ms: number) {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    redis.once('ready', done);
  });
}

let store: Store = memoryStore();

/** In memory by default; with a Redis URL, shared by every process on that Redis and namespace. */
export function configureGenerations(redisUrl: string | undefined, namespace: string) {
  const previous = store;
  store = redisUrl ? redisStore(redisUrl, namespace) : memoryStore();
  void previous.close();
}

export async function closeGenerations() {
  const previous = store;
  store = memoryStore();
  await previous.close();
}

/** The current generations, or undefined when they cannot be known (Redis unreachable). */
export function readGenerations(): Promise<Generations | undefined> {
  return store.read();
}

/** Called after a write commits, before it answers. */
export function bumpGenerations(options: { keys: boolean }): Promise<void> {
  return store.bump(options.keys);
}

import type { PrismaClient } from '../__generated__/prisma/client.js';

/**
 * Root lists' `totalCount`, remembered per filter. Counting a filtered list reads every matching
 * index entry, so on a large table each page of a deep pagination would pay for the whole list
 * again; the count is remembered instead, and the page alone is read. A count is dropped when this
 * process sends any write statement (INSERT, UPDATE, DELETE) and after `ttlMs` in any case, which
 * bounds how long a write made through another server process can go unseen.
 */
export interface CountCacheOptions {
  ttlMs?: number;
  /** Entries kept at most; the oldest goes first. */
  maxEntries?: number;
}

const WRITE = /^\s*(INSERT|UPDATE|DELETE|MERGE|TRUNCATE)\b/i;

export class CountCache {
  private readonly entries = new Map<string, { value: Promise<number>; at: number; generation: number }>();
  private generation = 0;
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(options: CountCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10_000;
    this.maxEntries = options.maxEntries ?? 1_000;
  }

  /** Forgets every count: called for each write statement the client sends. */
  invalidate() {
    this.generation += 1;
    this.entries.clear();
  }

  /** Watches a Prisma client's statements (its `query` log events) for writes. */
  watch(prisma: PrismaClient) {
    (prisma as unknown as { $on(event: 'query', cb: (e: { query: string }) => void): void }).$on('query', (event) => {
      if (WRITE.test(event.query)) this.invalidate();
    });
  }

  count(model: string, where: unknown, count: () => Promise<number>): Promise<number> {
    const key = `${model}:${JSON.stringify(where)}`;
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.generation === this.generation && now - hit.at < this.ttlMs) return hit.value;
    const generation = this.generation;
    const value = count();
    this.entries.set(key, { value, at: now, generation });
    // A failed count is not remembered.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }
}

const caches = new WeakMap<PrismaClient, CountCache>();

/** The count cache of a Prisma client, watching that client's writes. */
export function countCacheOf(prisma: PrismaClient) {
  let cache = caches.get(prisma);
  if (!cache) {
    cache = new CountCache();
    cache.watch(prisma);
    caches.set(prisma, cache);
  }
  return cache;
}

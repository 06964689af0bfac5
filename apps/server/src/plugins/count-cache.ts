/**
 * Root lists' `totalCount`, remembered per filter. Counting a filtered list reads every matching
 * index entry, so on a large table each page of a deep pagination would pay for the whole list
 * again; the count is remembered instead, and the page alone is read.
 *
 * A count is remembered under the data generation its request started with (generation.ts), which
 * every committed write changes, on every replica sharing the Redis: a count taken before a write is
 * never given after it. Without a known generation (Redis unreachable) nothing is remembered. `ttlMs`
 * only bounds what a misconfigured deployment (replicas without a shared Redis) could serve.
 */
export interface CountCacheOptions {
  ttlMs?: number;
  /** Entries kept at most; the oldest goes first. */
  maxEntries?: number;
}

export class CountCache {
  private readonly entries = new Map<string, { value: Promise<number>; at: number }>();
  private generation: number | undefined;
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(options: CountCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10_000;
    this.maxEntries = options.maxEntries ?? 1_000;
  }

  count(generation: number | undefined, key: string, count: () => Promise<number>): Promise<number> {
    if (generation === undefined) return count();
    if (generation !== this.generation) {
      // A read that started before the newest write may still ask with the older generation: it
      // counts afresh and is not remembered, so the newer entries stay.
      if (this.generation !== undefined && generation < this.generation) return count();
      this.generation = generation;
      this.entries.clear();
    }
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = count();
    this.entries.set(key, { value, at: now });
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

/** The process's count cache for root lists. */
export const rootCounts = new CountCache();

import { metrics } from '../observability/metrics.js';

/**
 * Root lists' `totalCount`, remembered per filter. Counting a filtered list reads every matching
 * index entry, so on a large table each page of a deep pagination would pay for the whole list
 * again; the count is remembered instead, and the page alone is read.
 *
 * A count is remembered under the data generation its request started with (generation.ts), which
 * every committed write changes, on every replica sharing the Redis: a count taken before a write is
 * never given after it. Without a known generation (Redis unreachable) nothing is remembered. `ttlMs`
 * only bounds what a misconfigured deployment (replicas without a shared Redis) could serve: a count
 * older than that is still given, and taken again in the background, so no request waits for a
 * recount that a write did not call for; one older than `maxStaleMs` (an idle server) is taken again
 * before it is given.
 */
export interface CountCacheOptions {
  ttlMs?: number;
  maxStaleMs?: number;
  /** Entries kept at most; the oldest goes first. */
  maxEntries?: number;
  /** The clock, for tests. */
  now?: () => number;
}

interface Entry {
  value: Promise<number>;
  at: number;
  refreshing?: boolean;
}

export class CountCache {
  private readonly entries = new Map<string, Entry>();
  private generation: number | undefined;
  private readonly ttlMs: number;
  private readonly maxStaleMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: CountCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10_000;
    this.maxStaleMs = options.maxStaleMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 1_000;
    this.now = options.now ?? Date.now;
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
    const hit = this.entries.get(key);
    const age = hit ? this.now() - hit.at : Number.POSITIVE_INFINITY;
    if (hit && age < this.ttlMs) {
      metrics()?.cache.inc({ cache: 'count', result: 'hit' });
      return hit.value;
    }
    if (hit && age < this.maxStaleMs) {
      metrics()?.cache.inc({ cache: 'count', result: 'stale' });
      if (!hit.refreshing) this.refresh(key, hit, count);
      return hit.value;
    }
    metrics()?.cache.inc({ cache: 'count', result: 'miss' });
    return this.remember(key, count());
  }

  private refresh(key: string, stale: Entry, count: () => Promise<number>) {
    stale.refreshing = true;
    const value = count();
    // Settled first, so that requests keep getting the stale count until the new one is known.
    value.then(
      () => {
        if (this.entries.get(key) === stale) this.remember(key, value);
      },
      () => {
        stale.refreshing = false;
      },
    );
  }

  private remember(key: string, value: Promise<number>) {
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.now() });
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

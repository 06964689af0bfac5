import { describe, expect, test } from 'vitest';
import { CountCache } from '../../apps/server/src/plugins/count-cache.js';

/** A count function that says how often it ran, answering `values` in turn. */
function counter(...values: number[]) {
  const calls = { n: 0 };
  const count = () => Promise.resolve(values[Math.min(calls.n++, values.length - 1)] as number);
  return { count, calls };
}

function clock() {
  const time = { now: 0 };
  return { time, now: () => time.now };
}

describe('root list counts', () => {
  test('are remembered per filter within a data generation, and taken again after a write', async () => {
    const { now } = clock();
    const cache = new CountCache({ now });
    const { count, calls } = counter(5, 6);
    expect(await cache.count(1, 'a', count)).toBe(5);
    expect(await cache.count(1, 'a', count)).toBe(5);
    expect(calls.n).toBe(1);
    expect(await cache.count(2, 'a', count)).toBe(6);
    expect(calls.n).toBe(2);
    // A read that started before the write counts for itself and does not displace the newer count.
    expect(await cache.count(1, 'a', counter(99).count)).toBe(99);
    expect(await cache.count(2, 'a', count)).toBe(6);
  });

  test('past the TTL the remembered count is given while it is taken again, once', async () => {
    const { time, now } = clock();
    const cache = new CountCache({ now, ttlMs: 10_000, maxStaleMs: 60_000 });
    let release: (n: number) => void = () => {};
    const slow = { n: 0 };
    const recount = () => {
      slow.n += 1;
      return new Promise<number>((resolve) => {
        release = resolve;
      });
    };
    expect(await cache.count(1, 'a', counter(5).count)).toBe(5);
    time.now = 15_000;
    expect(await cache.count(1, 'a', recount)).toBe(5);
    expect(await cache.count(1, 'a', recount)).toBe(5);
    expect(slow.n).toBe(1);
    release(7);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.count(1, 'a', recount)).toBe(7);
    expect(slow.n).toBe(1);
  });

  test('a count older than the staleness bound is taken before it is given; a failed count is not kept', async () => {
    const { time, now } = clock();
    const cache = new CountCache({ now, ttlMs: 10_000, maxStaleMs: 60_000 });
    expect(await cache.count(1, 'a', counter(5).count)).toBe(5);
    time.now = 61_000;
    expect(await cache.count(1, 'a', counter(8).count)).toBe(8);
    await expect(cache.count(1, 'b', () => Promise.reject(new Error('database down')))).rejects.toThrow();
    expect(await cache.count(1, 'b', counter(3).count)).toBe(3);
    // A background recount that fails leaves the stale count in place and is tried again.
    time.now = 75_000;
    expect(await cache.count(1, 'b', () => Promise.reject(new Error('database down')))).toBe(3);
    await new Promise((resolve) => setImmediate(resolve));
    const { count, calls } = counter(4);
    expect(await cache.count(1, 'b', count)).toBe(3);
    expect(calls.n).toBe(1);
  });

  test('without a known generation nothing is remembered', async () => {
    const cache = new CountCache();
    const { count, calls } = counter(1, 2);
    expect(await cache.count(undefined, 'a', count)).toBe(1);
    expect(await cache.count(undefined, 'a', count)).toBe(2);
    expect(calls.n).toBe(2);
  });
});

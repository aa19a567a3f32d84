import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('expires entries after the time to live', () => {
    let now = 0;
    const cache = new TtlCache<string>(1000, 10, () => now);
    cache.set('a', 'x');
    now = 999;
    expect(cache.get('a')).toBe('x');
    now = 1000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('drops the oldest entries beyond the bound', () => {
    const cache = new TtlCache<number>(1000, 2, () => 0);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });

  it('does nothing when disabled', async () => {
    const cache = new TtlCache<number>(0, 10);
    cache.set('a', 1);
    expect(cache.get('a')).toBeUndefined();
    let calls = 0;
    await cache.getOrSet('b', async () => ++calls);
    await cache.getOrSet('b', async () => ++calls);
    expect(calls).toBe(2);
  });

  it('runs one computation for the requests that miss the same key at once', async () => {
    const cache = new TtlCache<number>(1000, 10, () => 0);
    let calls = 0;
    let finish: (n: number) => void = () => {};
    const compute = () => {
      calls += 1;
      return new Promise<number>((resolve) => {
        finish = resolve;
      });
    };
    const waiting = [cache.getOrSet('a', compute), cache.getOrSet('a', compute), cache.getOrSet('a', compute)];
    finish(7);
    expect(await Promise.all(waiting)).toEqual([7, 7, 7]);
    expect(calls).toBe(1);
    expect(await cache.getOrSet('a', compute)).toBe(7);
    expect(calls).toBe(1);
  });

  it('shares a failure with the requests that waited for it, and stores nothing', async () => {
    const cache = new TtlCache<number>(1000, 10, () => 0);
    const failing = () => Promise.reject(new Error('database down'));
    const results = await Promise.allSettled([cache.getOrSet('a', failing), cache.getOrSet('a', failing)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(cache.get('a')).toBeUndefined();
    expect(await cache.getOrSet('a', async () => 3)).toBe(3);
  });
});

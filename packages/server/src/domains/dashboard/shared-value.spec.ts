import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { SharedValue } from './shared-value';

describe('SharedValue', () => {
  let computed: number;
  let release: (() => void)[];
  const compute = () => {
    computed += 1;
    const n = computed;
    return new Promise<number>((resolve) => release.push(() => resolve(n)));
  };

  beforeEach(() => {
    jest.useFakeTimers({ now: 0 });
    computed = 0;
    release = [];
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  const settle = async () => {
    release.shift()?.();
    await Promise.resolve();
    await Promise.resolve();
  };

  it('computes once for readers who ask at the same time', async () => {
    const shared = new SharedValue(compute, 1000);
    const both = Promise.all([shared.get(), shared.get()]);
    await settle();
    await expect(both).resolves.toEqual([1, 1]);
    expect(computed).toBe(1);
  });

  it('keeps the value while fresh, and makes readers wait for a new one after', async () => {
    const shared = new SharedValue(compute, 1000);
    const first = shared.get();
    await settle();
    await first;
    jest.setSystemTime(999);
    await expect(shared.get()).resolves.toBe(1);
    jest.setSystemTime(1000);
    const second = shared.get();
    await settle();
    await expect(second).resolves.toBe(2);
  });

  it('serves the kept value at once while stale, computing the next one beside the reader', async () => {
    const shared = new SharedValue(compute, 1000, 10_000);
    const first = shared.get();
    await settle();
    await first;
    jest.setSystemTime(5000);
    await expect(shared.get()).resolves.toBe(1);
    expect(computed).toBe(2);
    await settle();
    await expect(shared.get()).resolves.toBe(2);
  });

  it('keeps the value when a recomputation fails, and a reader with nothing kept sees the failure', async () => {
    let fail = true;
    const shared = new SharedValue(
      () => (fail ? Promise.reject(new Error('database down')) : Promise.resolve(7)),
      1000,
      10_000,
    );
    await expect(shared.get()).rejects.toThrow('database down');
    fail = false;
    await expect(shared.get()).resolves.toBe(7);
    fail = true;
    jest.setSystemTime(2000);
    await expect(shared.get()).resolves.toBe(7);
  });
});

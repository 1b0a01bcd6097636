import { itemAt } from '../../shared/items';
/** Mulberry32: a small seeded PRNG, so that every run of the benchmark sees the same pools. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item, drawn by weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return itemAt(items, items.length - 1)[0];
  }

  /** `count` distinct items, drawn by weight, in drawing order. */
  distinct<T>(items: readonly (readonly [T, number])[], count: number): T[] {
    const left = [...items];
    const picked: T[] = [];
    while (picked.length < count && left.length > 0) {
      const item = this.weighted(left);
      picked.push(item);
      left.splice(
        left.findIndex(([candidate]) => candidate === item),
        1,
      );
    }
    return picked;
  }

  /** `count` distinct integers in [0, n), ascending. */
  sample(n: number, count: number): number[] {
    const picked = new Set<number>();
    while (picked.size < Math.min(count, n)) picked.add(Math.floor(this.next() * n));
    return [...picked].sort((a, b) => a - b);
  }
}

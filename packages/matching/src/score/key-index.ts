/** Keys of one kind numbered in order of first appearance: the bit positions of a pool's bitsets. */
export class KeyIndex {
  readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();

  add(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  addAll(keys: Iterable<string>): void {
    for (const key of keys) this.add(key);
  }

  get(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  /** 32-bit words per bitset (at least one, so empty sets need no special case). */
  get words(): number {
    return Math.max(1, Math.ceil(this.keys.length / 32));
  }
}

/** One bitset of `words` words per row, rows packed into one array. */
export function packBitsets(
  rows: readonly (readonly string[])[],
  index: KeyIndex,
  words: number,
): Uint32Array {
  const bits = new Uint32Array(rows.length * words);
  rows.forEach((keys, row) => {
    for (const key of keys) {
      const id = index.get(key);
      if (id >= 0) bits[row * words + (id >>> 5)]! |= 1 << (id & 31);
    }
  });
  return bits;
}

export function hasBit(bits: Uint32Array, offset: number, id: number): boolean {
  return ((bits[offset + (id >>> 5)]! >>> (id & 31)) & 1) === 1;
}

/** Whether rows a (of `bitsA`) and b (of `bitsB`), both `words` wide, share a bit. */
export function intersects(
  bitsA: Uint32Array,
  a: number,
  bitsB: Uint32Array,
  b: number,
  words: number,
): boolean {
  const offsetA = a * words;
  const offsetB = b * words;
  for (let w = 0; w < words; w++) {
    if ((bitsA[offsetA + w]! & bitsB[offsetB + w]!) !== 0) return true;
  }
  return false;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** A city or region as compared: trimmed and lower-cased, null when blank. */
export function placeKey(place: string | null | undefined): string | null {
  const key = place?.trim().toLocaleLowerCase('de');
  return key ? key : null;
}

/**
 * Typed arrays for a solve, by name. `kept` buffers live on between solves and grow when a graph
 * needs more: the engine's thread solves one run after another, and a fresh array costs its
 * allocation, its zero fill and the page faults of first touching it (measured: about a third of
 * writing it once). `fresh` buffers allocate every array anew, for callers that keep what they
 * get (a network a test pivots through, the review solver's arc order).
 *
 * A kept array is handed out again on the next request of its name: a caller uses one only until
 * its solve returns and gets each name once per solve. Contents are not cleared unless a fill
 * value is given.
 */
export class Buffers {
  private readonly int32 = new Map<string, Int32Array>();
  private readonly float64 = new Map<string, Float64Array>();
  private readonly int8 = new Map<string, Int8Array>();
  private readonly uint8 = new Map<string, Uint8Array>();

  private constructor(private readonly keep: boolean) {}

  /** Buffers kept between solves (one set per thread: solves must not overlap). */
  static kept(): Buffers {
    return new Buffers(true);
  }

  /** Buffers that allocate every array anew. */
  static fresh(): Buffers {
    return new Buffers(false);
  }

  int32Array(name: string, length: number, fill?: number): Int32Array {
    return this.take(this.int32, name, length, fill, (size) => new Int32Array(size));
  }

  float64Array(name: string, length: number, fill?: number): Float64Array {
    return this.take(this.float64, name, length, fill, (size) => new Float64Array(size));
  }

  int8Array(name: string, length: number, fill?: number): Int8Array {
    return this.take(this.int8, name, length, fill, (size) => new Int8Array(size));
  }

  uint8Array(name: string, length: number, fill?: number): Uint8Array {
    return this.take(this.uint8, name, length, fill, (size) => new Uint8Array(size));
  }

  private take<T extends Int32Array | Float64Array | Int8Array | Uint8Array>(
    pool: Map<string, T>,
    name: string,
    length: number,
    fill: number | undefined,
    allocate: (size: number) => T,
  ): T {
    if (!this.keep) {
      const array = allocate(length);
      if (fill !== undefined && fill !== 0) array.fill(fill);
      return array;
    }
    let array = pool.get(name);
    if (array === undefined || array.length < length) {
      // Grown by half again, so a run of slowly growing graphs reallocates rarely.
      array = allocate(Math.max(length, Math.ceil((array?.length ?? 0) * 1.5)));
      pool.set(name, array);
    }
    const view = array.subarray(0, length) as T;
    if (fill !== undefined) view.fill(fill);
    return view;
  }
}

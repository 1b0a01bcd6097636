import { Buffers } from './buffers.js';

export const DIR_UP = 1;
export const DIR_DOWN = -1;

/**
 * The network simplex basis as a rooted spanning tree over nodes 0..n (n is the artificial
 * root): each node's parent, the arc to it (`pred`, pointing up or down), the preorder `thread`
 * with its reverse, subtree sizes and each subtree's last node in preorder. These let a pivot
 * touch only the path between the cycle's ends and the subtree it moves.
 */
export class SpanningTree {
  readonly parent: Int32Array;
  readonly pred: Int32Array;
  readonly predDir: Int8Array;
  readonly thread: Int32Array;
  readonly revThread: Int32Array;
  readonly succNum: Int32Array;
  readonly lastSucc: Int32Array;
  private readonly dirtyRevs: Int32Array;

  /** The star: node u hangs from the root by arc `firstArc + u`, pointing up. */
  constructor(nodes: number, firstArc: number, buffers: Buffers = Buffers.fresh()) {
    const root = nodes;
    this.parent = buffers.int32Array('tree.parent', nodes + 1);
    this.pred = buffers.int32Array('tree.pred', nodes + 1);
    this.predDir = buffers.int8Array('tree.pred-dir', nodes + 1);
    this.thread = buffers.int32Array('tree.thread', nodes + 1);
    this.revThread = buffers.int32Array('tree.rev-thread', nodes + 1);
    this.succNum = buffers.int32Array('tree.succ-num', nodes + 1);
    this.lastSucc = buffers.int32Array('tree.last-succ', nodes + 1);
    this.dirtyRevs = buffers.int32Array('tree.dirty-revs', nodes + 1);
    this.parent[root] = -1;
    this.pred[root] = -1;
    this.predDir[root] = 0;
    this.thread[root] = 0;
    this.revThread[0] = root;
    this.succNum[root] = nodes + 1;
    this.lastSucc[root] = root - 1;
    for (let u = 0; u < nodes; u++) {
      this.parent[u] = root;
      this.pred[u] = firstArc + u;
      this.predDir[u] = DIR_UP;
      this.thread[u] = u + 1;
      this.revThread[u + 1] = u;
      this.succNum[u] = 1;
      this.lastSucc[u] = u;
    }
  }

  /**
   * Hangs node u below `parentOf[u]` by arc `arcOf[u]`, pointing up, for every u with
   * parentOf[u] ≥ 0 (the others stay on the root), and rebuilds the preorder thread, subtree
   * sizes and last successors. False, with the tree unusable, when the parents form a cycle.
   */
  hang(parentOf: Int32Array, arcOf: Int32Array, buffers: Buffers = Buffers.fresh()): boolean {
    const { parent, pred, predDir, thread, revThread, succNum, lastSucc } = this;
    const root = parent.length - 1;
    // Children of each node as one array (counting sort by parent), in node order.
    const start = buffers.int32Array('tree.child-start', root + 2, 0);
    for (let u = 0; u < root; u++) {
      if (parentOf[u]! >= 0) {
        parent[u] = parentOf[u]!;
        pred[u] = arcOf[u]!;
        predDir[u] = DIR_UP;
      }
      start[parent[u]! + 1]!++;
    }
    for (let v = 0; v <= root; v++) start[v + 1]! += start[v]!;
    const fill = buffers.int32Array('tree.child-fill', root + 1);
    fill.set(start.subarray(0, root + 1));
    const children = buffers.int32Array('tree.children', root);
    for (let u = 0; u < root; u++) children[fill[parent[u]!]!++] = u;
    // Preorder from the root with an explicit stack; children pushed last first.
    const order = this.dirtyRevs;
    const stack = buffers.int32Array('tree.stack', root + 1);
    let top = 0;
    let count = 0;
    stack[top++] = root;
    while (top > 0) {
      const u = stack[--top]!;
      order[count++] = u;
      for (let c = start[u + 1]! - 1; c >= start[u]!; c--) stack[top++] = children[c]!;
    }
    if (count !== root + 1) return false;
    for (let q = 0; q < count; q++) {
      const u = order[q]!;
      const next = order[q + 1 === count ? 0 : q + 1]!;
      thread[u] = next;
      revThread[next] = u;
    }
    for (let q = count - 1; q >= 0; q--) {
      const u = order[q]!;
      succNum[u] = 1;
      lastSucc[u] = u;
      if (start[u + 1]! > start[u]!) {
        for (let c = start[u]!; c < start[u + 1]!; c++) succNum[u] += succNum[children[c]!]!;
        lastSucc[u] = lastSucc[children[start[u + 1]! - 1]!]!;
      }
    }
    return true;
  }

  /**
   * Replaces the leaving arc (the pred of `uOut`) by the entering arc between `uIn` and `vIn`:
   * the subtree of `uOut` is re-hung below `vIn`, reversing the parent chain ("stem") from `uIn`
   * up to `uOut`; thread, sizes and last successors are patched along the way.
   */
  rehang(
    inArc: number,
    uInIsSource: boolean,
    join: number,
    uIn: number,
    vIn: number,
    uOut: number,
  ) {
    const { parent, pred, predDir, thread, revThread, succNum, lastSucc, dirtyRevs } = this;
    const oldRevThread = revThread[uOut]!;
    const oldSuccNum = succNum[uOut]!;
    const oldLastSucc = lastSucc[uOut]!;
    const vOut = parent[uOut]!;

    if (uIn === uOut) {
      parent[uIn] = vIn;
      pred[uIn] = inArc;
      predDir[uIn] = uInIsSource ? DIR_UP : DIR_DOWN;
      if (thread[vIn] !== uOut) {
        let after = thread[oldLastSucc]!;
        thread[oldRevThread] = after;
        revThread[after] = oldRevThread;
        after = thread[vIn]!;
        thread[vIn] = uOut;
        revThread[uOut] = vIn;
        thread[oldLastSucc] = after;
        revThread[after] = oldLastSucc;
      }
    } else {
      // When the old predecessor in the thread is vIn itself, join and vOut coincide.
      const threadContinue = oldRevThread === vIn ? thread[oldLastSucc]! : thread[vIn]!;
      let stem = uIn;
      let parStem = vIn;
      let last = lastSucc[uIn]!;
      let after = thread[last]!;
      let dirty = 0;
      thread[vIn] = uIn;
      dirtyRevs[dirty++] = vIn;
      while (stem !== uOut) {
        const nextStem = parent[stem]!;
        thread[last] = nextStem;
        dirtyRevs[dirty++] = last;
        const before = revThread[stem]!;
        thread[before] = after;
        revThread[after] = before;
        parent[stem] = parStem;
        parStem = stem;
        stem = nextStem;
        last = lastSucc[stem] === lastSucc[parStem] ? revThread[parStem]! : lastSucc[stem]!;
        after = thread[last]!;
      }
      parent[uOut] = parStem;
      thread[last] = threadContinue;
      revThread[threadContinue] = last;
      lastSucc[uOut] = last;
      if (oldRevThread !== vIn) {
        thread[oldRevThread] = after;
        revThread[after] = oldRevThread;
      }
      for (let i = 0; i < dirty; i++) {
        const u = dirtyRevs[i]!;
        revThread[thread[u]!] = u;
      }
      let sizes = 0;
      const tail = lastSucc[uOut]!;
      for (let u = uOut, p = parent[u]!; u !== uIn; u = p, p = parent[u]!) {
        pred[u] = pred[p]!;
        predDir[u] = -predDir[p]!;
        sizes += succNum[u]! - succNum[p]!;
        succNum[u] = sizes;
        lastSucc[p] = tail;
      }
      pred[uIn] = inArc;
      predDir[uIn] = uInIsSource ? DIR_UP : DIR_DOWN;
      succNum[uIn] = oldSuccNum;
    }

    const upLimitOut = lastSucc[join] === vIn ? join : -1;
    const lastSuccOut = lastSucc[uOut]!;
    for (let u = vIn; u !== -1 && lastSucc[u] === vIn; u = parent[u]!) lastSucc[u] = lastSuccOut;
    if (join !== oldRevThread && vIn !== oldRevThread) {
      for (let u = vOut; u !== upLimitOut && lastSucc[u] === oldLastSucc; u = parent[u]!) {
        lastSucc[u] = oldRevThread;
      }
    } else if (lastSuccOut !== oldLastSucc) {
      for (let u = vOut; u !== upLimitOut && lastSucc[u] === oldLastSucc; u = parent[u]!) {
        lastSucc[u] = lastSuccOut;
      }
    }
    for (let u = vIn; u !== join; u = parent[u]!) succNum[u]! += oldSuccNum;
    for (let u = vOut; u !== join; u = parent[u]!) succNum[u]! -= oldSuccNum;
  }
}

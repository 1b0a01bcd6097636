import { Buffers } from './buffers.js';
import { DIR_DOWN, DIR_UP, SpanningTree } from './spanning-tree.js';

/**
 * A directed network with integer capacities (lower bounds 0) and integer costs. Arrays longer
 * than arcCount + nodeCount are used by the solver in place: it writes its artificial arcs (one
 * per node, cost 0) after arcCount.
 */
export interface FlowNetwork {
  nodeCount: number;
  arcCount: number;
  source: Int32Array;
  target: Int32Array;
  capacity: Int32Array;
  /** Integral values (held as doubles so that potentials cannot overflow). */
  cost: Float64Array;
  /**
   * Optional first basis: per node u, an arc u → v (capacity > 0) to hang u below v by, or -1
   * to hang u on the artificial root. Hung by arcs that point up and carry no flow, the tree is
   * strongly feasible; a good choice (see flow-model.ts) starts the potentials near the optimum.
   */
  hang?: Int32Array;
}

export interface Circulation {
  /** Flow per arc of the network. */
  flow: Int32Array;
  cost: number;
  pivots: number;
}

export const STATE_UPPER = -1;
export const STATE_TREE = 0;
export const STATE_LOWER = 1;
const INFINITE = 0x3fffffff;

/**
 * A pivot that would break the method's termination argument: a bug in the solver, never the
 * input's fault. See NetworkSimplex.step.
 */
export class NetworkSimplexError extends Error {
  constructor(message: string) {
    super(`network simplex (internal error): ${message}`);
    this.name = 'NetworkSimplexError';
  }
}

/**
 * Arcs priced per pivot. LEMON's default is √arcs, but on these bipartite graphs (pair arcs in
 * arc-order.ts's order) the first improving arc, scanning on from the last one, wins: measured
 * on the benchmark's graphs, CPU ms / pivots — 1,000 × 300: 103 / 47k with a block of 1,
 * 120 / 112k with 4, 558 / 93k with √arcs; 10,000 × 2,000: 145 / 177k, 238 / 423k, 1,410 / 78k.
 * Pricing, not the tree update, is what a pivot costs here.
 */
export const DEFAULT_BLOCK_SIZE = 1;

/**
 * Primal network simplex for a minimum-cost circulation (every node's supply is 0), after the
 * design of LEMON's NetworkSimplex: a strongly feasible spanning tree kept as parent/thread lists
 * with subtree sizes, an artificial root joined to every node, and block search for the entering
 * arc. Each pivot sends as much flow as the cycle allows, so the number of pivots does not grow
 * with the amount of flow as it does for one-unit augmentations.
 */
export function minCostCirculation(
  network: FlowNetwork,
  blockSize = DEFAULT_BLOCK_SIZE,
): Circulation {
  const solver = new NetworkSimplex(network, blockSize);
  solver.run();
  const flow = solver.flow.slice(0, network.arcCount);
  let cost = 0;
  for (let e = 0; e < network.arcCount; e++) cost += flow[e]! * network.cost[e]!;
  return { flow, cost, pivots: solver.pivots };
}

/**
 * The solver's state, exported (not from the package) so that tests can pivot step by step and
 * check the tree after each pivot (`testing/simplex-invariants.ts`). Arcs `arcs..arcs+n-1` are
 * the artificial ones, node n the artificial root.
 *
 * Why it terminates. The tree stays strongly feasible: every node can send a positive amount of
 * flow up to the root (true for the initial star: each node's artificial arc points up, flow 0,
 * unbounded capacity). `findLeavingArc` keeps it so by Cunningham's rule: walking the pivot cycle
 * in the direction the flow changes, starting at the join (apex), it takes the LAST blocking arc.
 * Then a degenerate pivot (no flow moves) always removes an arc between the join and the
 * entering arc's first node, so the subtree that moves hangs on the cycle's first side and its
 * potentials rise by the entering arc's |reduced cost| > 0. Every pivot thus either lowers the
 * cost (it moves flow) or keeps it and raises the sum of potentials; as both are functions of the
 * basis, no basis repeats and the method ends. `step` checks this at each pivot in O(1) and throws
 * NetworkSimplexError instead of cycling if it ever failed.
 */
export class NetworkSimplex {
  readonly flow: Int32Array;
  pivots = 0;

  readonly arcs: number;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly capacity: Int32Array;
  readonly cost: Float64Array;
  readonly state: Int8Array;
  readonly pi: Float64Array;
  readonly tree: SpanningTree;

  protected readonly blockSize: number;
  protected nextArc = 0;
  protected inArc = 0;
  protected join = 0;
  protected uIn = 0;
  protected vIn = 0;
  protected uOut = 0;
  protected delta = 0;
  /** The side of the cycle the leaving arc is on: 0 the entering arc itself, 1 first, 2 second. */
  protected leavingSide: 0 | 1 | 2 = 0;

  /** `buffers`: kept ones let a warm thread's solves reuse the arrays (see Buffers). */
  constructor(
    network: FlowNetwork,
    blockSize = DEFAULT_BLOCK_SIZE,
    buffers: Buffers = Buffers.fresh(),
  ) {
    const n = network.nodeCount;
    const m = network.arcCount;
    const all = m + n;
    this.arcs = m;
    // Arrays with room for the artificial arcs are used in place (flow-model.ts makes them so).
    const inPlace =
      network.source.length >= all &&
      network.target.length >= all &&
      network.capacity.length >= all &&
      network.cost.length >= all;
    if (inPlace) {
      this.source = network.source;
      this.target = network.target;
      this.capacity = network.capacity;
      this.cost = network.cost;
    } else {
      this.source = buffers.int32Array('simplex.source', all);
      this.target = buffers.int32Array('simplex.target', all);
      this.capacity = buffers.int32Array('simplex.capacity', all);
      this.cost = buffers.float64Array('simplex.cost', all);
      this.source.set(network.source.subarray(0, m));
      this.target.set(network.target.subarray(0, m));
      this.capacity.set(network.capacity.subarray(0, m));
      this.cost.set(network.cost.subarray(0, m));
    }
    this.flow = buffers.int32Array('simplex.flow', all, 0);
    this.state = buffers.int8Array('simplex.state', all);
    this.state.fill(STATE_LOWER, 0, m);
    this.pi = buffers.float64Array('simplex.pi', n + 1, 0);

    // The initial tree: an artificial arc u → root of unbounded capacity and cost 0 for each
    // node. With all supplies 0 no flow can leave the root, so these arcs carry none in any
    // circulation and the optimum is the optimum of the real network.
    this.tree = new SpanningTree(n, m, buffers);
    for (let u = 0, e = m; u < n; u++, e++) {
      this.source[e] = u;
      this.target[e] = n;
      this.capacity[e] = INFINITE;
      this.cost[e] = 0;
      this.state[e] = STATE_TREE;
    }
    this.blockSize = Math.max(1, Math.floor(blockSize));
    if (network.hang) this.hangFirstTree(network.hang, buffers);
  }

  /** Replaces the star by the network's first tree and sets the potentials to match it. */
  private hangFirstTree(hang: Int32Array, buffers: Buffers): void {
    const nodes = this.pi.length - 1;
    const parentOf = buffers.int32Array('simplex.first-parent', nodes, -1);
    for (let u = 0; u < nodes; u++) {
      const e = hang[u]!;
      if (e < 0) continue;
      if (!(e < this.arcs && this.source[e] === u && this.capacity[e]! > 0)) {
        throw new NetworkSimplexError(
          `node ${u} cannot hang by arc ${e}: it must leave u and have room`,
        );
      }
      parentOf[u] = this.target[e]!;
    }
    const { tree, state, pi, cost } = this;
    if (!tree.hang(parentOf, hang, buffers))
      throw new NetworkSimplexError('the first tree has a cycle');
    for (let u = 0; u < nodes; u++) {
      if (parentOf[u]! < 0) continue;
      state[hang[u]!] = STATE_TREE;
      state[this.arcs + u] = STATE_LOWER;
    }
    // Tree arcs have reduced cost 0: walking the thread from the root, pi(u) = pi(parent) − cost.
    const { thread, parent, pred } = tree;
    for (let u = thread[nodes]!; u !== nodes; u = thread[u]!)
      pi[u] = pi[parent[u]!]! - cost[pred[u]!]!;
  }

  run(): void {
    while (this.step());
  }

  /** One pivot; false when no arc can enter, i.e. the flow is optimal. */
  step(): boolean {
    if (this.arcs === 0 || !this.findEnteringArc()) return false;
    this.pivots++;
    this.findJoinNode();
    const change = this.findLeavingArc();
    if (change && this.delta === 0 && this.leavingSide !== 1) {
      // A degenerate pivot that would lower the potentials: the tree was not strongly feasible,
      // and pivots like it can repeat a basis forever. Stop with an error instead of hanging.
      throw new NetworkSimplexError(
        `degenerate pivot ${this.pivots} removes an arc behind the entering arc ${this.inArc}: ` +
          'the spanning tree is not strongly feasible',
      );
    }
    this.changeFlow(change);
    if (change) {
      const { inArc, uIn } = this;
      this.tree.rehang(inArc, this.source[inArc] === uIn, this.join, uIn, this.vIn, this.uOut);
      this.updatePotential();
    }
    return true;
  }

  /** Block search: the most negative reduced cost within the next block that has one. */
  protected findEnteringArc(): boolean {
    const { state, cost, pi, source, target, arcs, blockSize } = this;
    let min = 0;
    let count = blockSize;
    let e = this.nextArc;
    for (let seen = 0; seen < arcs; seen++) {
      const c = state[e]! * (cost[e]! + pi[source[e]!]! - pi[target[e]!]!);
      if (c < min) {
        min = c;
        this.inArc = e;
      }
      if (++e === arcs) e = 0;
      if (--count === 0) {
        if (min < 0) break;
        count = blockSize;
      }
    }
    this.nextArc = e;
    return min < 0;
  }

  protected findJoinNode(): void {
    const { succNum, parent } = this.tree;
    let u = this.source[this.inArc]!;
    let v = this.target[this.inArc]!;
    while (u !== v) {
      if (succNum[u]! < succNum[v]!) u = parent[u]!;
      else v = parent[v]!;
    }
    this.join = u;
  }

  /**
   * The leaving arc by Cunningham's rule. The cycle is oriented the way its flow changes: along
   * the entering arc when it is at its lower bound, against it when at its upper bound, so
   * `first` is the node the change enters the arc from. Walked from the join, the cycle runs
   * down to `first`, over the entering arc to `second` and up back to the join; the LAST arc with
   * the least residual capacity on that walk leaves. Hence ties go: on the first side to the arc
   * nearest `first` (`<`, scanning up from `first`), then to the entering arc (it was met after
   * those), then on the second side to the arc nearest the join (`<=`, scanning up from
   * `second`). False when the entering arc itself blocks, i.e. it only flips between its bounds.
   */
  protected findLeavingArc(): boolean {
    const { parent, pred, predDir } = this.tree;
    const { flow, capacity, join } = this;
    const inArc = this.inArc;
    let first: number;
    let second: number;
    if (this.state[inArc] === STATE_LOWER) {
      first = this.source[inArc]!;
      second = this.target[inArc]!;
    } else {
      first = this.target[inArc]!;
      second = this.source[inArc]!;
    }
    let delta = capacity[inArc]!;
    let result: 0 | 1 | 2 = 0;
    for (let u = first; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      const d = predDir[u] === DIR_DOWN ? capacity[e]! - flow[e]! : flow[e]!;
      if (d < delta) {
        delta = d;
        this.uOut = u;
        result = 1;
      }
    }
    for (let u = second; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      const d = predDir[u] === DIR_UP ? capacity[e]! - flow[e]! : flow[e]!;
      if (d <= delta) {
        delta = d;
        this.uOut = u;
        result = 2;
      }
    }
    if (result === 1) {
      this.uIn = first;
      this.vIn = second;
    } else {
      this.uIn = second;
      this.vIn = first;
    }
    this.delta = delta;
    this.leavingSide = result;
    return result !== 0;
  }

  protected changeFlow(change: boolean): void {
    const { pred, predDir, parent } = this.tree;
    const { flow, state, join } = this;
    const inArc = this.inArc;
    if (this.delta > 0) {
      const value = state[inArc]! * this.delta;
      flow[inArc]! += value;
      for (let u = this.source[inArc]!; u !== join; u = parent[u]!) {
        flow[pred[u]!]! -= predDir[u]! * value;
      }
      for (let u = this.target[inArc]!; u !== join; u = parent[u]!) {
        flow[pred[u]!]! += predDir[u]! * value;
      }
    }
    if (change) {
      state[inArc] = STATE_TREE;
      const out = pred[this.uOut]!;
      state[out] = flow[out] === 0 ? STATE_LOWER : STATE_UPPER;
    } else {
      state[inArc] = -state[inArc]!;
    }
  }

  /** Shifts the potentials of the moved subtree so the entering arc's reduced cost is 0. */
  protected updatePotential(): void {
    const { thread, lastSucc, predDir } = this.tree;
    const { pi, uIn } = this;
    const sigma = pi[this.vIn]! - pi[uIn]! - predDir[uIn]! * this.cost[this.inArc]!;
    const end = thread[lastSucc[uIn]!];
    for (let u = uIn; u !== end; u = thread[u]!) pi[u]! += sigma;
  }
}

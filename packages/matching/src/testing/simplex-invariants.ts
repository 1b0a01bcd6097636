import {
  type NetworkSimplex,
  STATE_LOWER,
  STATE_TREE,
  STATE_UPPER,
} from '../assign/network-simplex.js';
import { DIR_DOWN, DIR_UP } from '../assign/spanning-tree.js';

/**
 * Everything that must hold between two pivots, checked from scratch (tests only): the tree's
 * arrays describe one spanning tree (parents, tree arcs, preorder thread and its reverse, subtree
 * sizes, last successors), the flow is a feasible circulation with every non-tree arc at the
 * bound its state says, tree arcs have reduced cost 0, and the tree is STRONGLY feasible — every
 * node can push a positive amount of flow up to the root, i.e. an arc pointing up has room and
 * an arc pointing down carries flow. Returns the violations (empty when all hold).
 */
export function simplexViolations(simplex: NetworkSimplex): string[] {
  const { tree, flow, capacity, state, source, target, cost, pi, arcs } = simplex;
  const { parent, pred, predDir, thread, revThread, succNum, lastSucc } = tree;
  const root = parent.length - 1;
  const nodes = root + 1;
  const all = arcs + root;
  const problems: string[] = [];
  const fail = (message: string) => {
    if (problems.length < 20) problems.push(message);
  };

  if (parent[root] !== -1) fail('the root has a parent');
  if (pi[root] !== 0) fail(`the root's potential is ${pi[root]}, not 0`);
  // Parents form a tree rooted at `root` (no cycles), joined by their pred arcs.
  const depth = new Int32Array(nodes).fill(-1);
  depth[root] = 0;
  const depthOf = (u: number): number => {
    const path: number[] = [];
    let v = u;
    while (depth[v] === -1 && path.length <= nodes) {
      path.push(v);
      v = parent[v]!;
      if (v < 0 || v >= nodes) return -1;
    }
    if (depth[v] === -1) return -1;
    for (let i = path.length - 1, d = depth[v]! + 1; i >= 0; i--, d++) depth[path[i]!] = d;
    return depth[u]!;
  };
  let treeArcs = 0;
  for (let e = 0; e < all; e++) if (state[e] === STATE_TREE) treeArcs++;
  if (treeArcs !== root) fail(`${treeArcs} tree arcs for ${root} non-root nodes`);
  for (let u = 0; u < root; u++) {
    if (depthOf(u) < 0) {
      fail(`node ${u} does not reach the root through its parents`);
      continue;
    }
    const e = pred[u]!;
    const p = parent[u];
    if (state[e] !== STATE_TREE) fail(`pred arc ${e} of node ${u} is not a tree arc`);
    const up = source[e] === u && target[e] === p;
    const down = source[e] === p && target[e] === u;
    if (!(up && predDir[u] === DIR_UP) && !(down && predDir[u] === DIR_DOWN)) {
      fail(`pred arc ${e} of node ${u} does not join it to its parent ${p} as predDir says`);
    }
    // Strong feasibility: a positive amount can go from u to its parent.
    const room = predDir[u] === DIR_UP ? capacity[e]! - flow[e]! : flow[e]!;
    if (!(room > 0)) fail(`node ${u} cannot push flow to the root: tree arc ${e} is blocked`);
    const reduced = cost[e]! + pi[source[e]!]! - pi[target[e]!]!;
    if (reduced !== 0) fail(`tree arc ${e} has reduced cost ${reduced}`);
  }
  if (problems.length > 0) return problems;

  // Subtree sizes from the parents; the thread is a preorder: each subtree is a contiguous run
  // starting at its root, of succNum nodes, ending at lastSucc.
  const size = new Int32Array(nodes).fill(1);
  const byDepth = Array.from({ length: root }, (_, u) => u).sort((a, b) => depth[b]! - depth[a]!);
  for (const u of byDepth) size[parent[u]!]! += size[u]!;
  const position = new Int32Array(nodes).fill(-1);
  for (let u = root, i = 0; i < nodes; i++, u = thread[u]!) {
    if (position[u] !== -1) {
      fail(`the thread visits node ${u} twice`);
      return problems;
    }
    position[u] = i;
    if (revThread[thread[u]!] !== u) fail(`revThread[thread[${u}]] is not ${u}`);
  }
  for (let u = 0; u < nodes; u++) {
    if (position[u] === -1) fail(`the thread misses node ${u}`);
    if (succNum[u] !== size[u]) fail(`succNum[${u}] = ${succNum[u]}, subtree has ${size[u]}`);
    let last = u;
    for (let i = 1; i < size[u]!; i++) last = thread[last]!;
    if (lastSucc[u] !== last) fail(`lastSucc[${u}] = ${lastSucc[u]}, preorder says ${last}`);
    if (u !== root) {
      const p = parent[u]!;
      const inside = position[u]! > position[p]! && position[u]! < position[p]! + size[p]!;
      if (!inside) fail(`node ${u} is outside its parent's run of the thread`);
    }
  }

  // A feasible circulation; non-tree arcs at the bound their state names.
  const balance = new Float64Array(nodes);
  for (let e = 0; e < all; e++) {
    if (flow[e]! < 0 || flow[e]! > capacity[e]!)
      fail(`arc ${e} carries ${flow[e]} of ${capacity[e]}`);
    if (state[e] === STATE_LOWER && flow[e] !== 0) fail(`arc ${e} is at lower but carries flow`);
    if (state[e] === STATE_UPPER && flow[e] !== capacity[e]) fail(`arc ${e} is at upper, not full`);
    balance[source[e]!]! -= flow[e]!;
    balance[target[e]!]! += flow[e]!;
  }
  balance.forEach((b, u) => {
    if (b !== 0) fail(`node ${u} is out of balance by ${b}`);
  });
  return problems;
}

/** True when no arc can enter: every non-tree arc's reduced cost has the sign of its bound. */
export function isOptimal(simplex: NetworkSimplex): boolean {
  const { state, cost, pi, source, target, arcs } = simplex;
  for (let e = 0; e < arcs; e++) {
    if (state[e]! * (cost[e]! + pi[source[e]!]! - pi[target[e]!]!) < 0) return false;
  }
  return true;
}

/**
 * Pivots until optimal, checking every invariant after each pivot; fails the test (throws) at the
 * first violation or after `maxPivots` — the test's guard against a solver that would cycle.
 */
export function pivotChecked(simplex: NetworkSimplex, maxPivots: number): number {
  const initial = simplexViolations(simplex);
  if (initial.length > 0) throw new Error(`initial tree: ${initial.join('; ')}`);
  let pivots = 0;
  while (simplex.step()) {
    pivots++;
    const problems = simplexViolations(simplex);
    if (problems.length > 0) throw new Error(`after pivot ${pivots}: ${problems.join('; ')}`);
    if (pivots >= maxPivots) throw new Error(`no optimum after ${maxPivots} pivots: cycling?`);
  }
  if (!isOptimal(simplex)) throw new Error('step() stopped before the optimum');
  return pivots;
}

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import highsModule from 'highs';
import { pivotChecked } from '../testing/simplex-invariants.js';
import { type FlowNetwork, minCostCirculation, NetworkSimplex } from './network-simplex.js';

type Loader = (typeof highsModule)['default'];
const highsLoader = ((highsModule as unknown as { default?: Loader }).default ??
  highsModule) as unknown as Loader;

/** General networks (cycles, parallel and antiparallel arcs, negative costs), not only matchings. */
const networkOf = (
  nodes: number,
  arcs: { from: number; to: number; capacity: number; cost: number }[],
): FlowNetwork => {
  // Self-loops are no arcs of a flow network.
  const real = arcs.filter((arc) => arc.from !== arc.to);
  return {
    nodeCount: nodes,
    arcCount: real.length,
    source: Int32Array.from(real, (a) => a.from),
    target: Int32Array.from(real, (a) => a.to),
    capacity: Int32Array.from(real, (a) => a.capacity),
    cost: Float64Array.from(real, (a) => a.cost),
  };
};

/** Many equal costs and capacities: most pivots are degenerate. */
const degenerateNetworks = fc.integer({ min: 1, max: 10 }).chain((nodes) =>
  fc
    .array(
      fc.record({
        from: fc.integer({ min: 0, max: nodes - 1 }),
        to: fc.integer({ min: 0, max: nodes - 1 }),
        capacity: fc.constantFrom(0, 1, 1, 2),
        cost: fc.constantFrom(-1, -1, 0, 1),
      }),
      { maxLength: 40 },
    )
    .map((arcs) => networkOf(nodes, arcs)),
);

const networks = fc
  .integer({ min: 1, max: 8 })
  .chain((nodes) =>
    fc.record({
      nodes: fc.constant(nodes),
      arcs: fc.array(
        fc.record({
          from: fc.integer({ min: 0, max: nodes - 1 }),
          to: fc.integer({ min: 0, max: nodes - 1 }),
          capacity: fc.integer({ min: 0, max: 4 }),
          cost: fc.integer({ min: -10, max: 10 }),
        }),
        { maxLength: 24 },
      ),
      blockSize: fc.constantFrom(1, 2, 3, 50),
    }),
  )
  .map(({ nodes, arcs, blockSize }) => ({ network: networkOf(nodes, arcs), blockSize }));

function lp(network: FlowNetwork): string {
  const x = (e: number) => `x${e}`;
  const objective = Array.from(
    { length: network.arcCount },
    (_, e) => `${network.cost[e]} ${x(e)}`,
  );
  const rows: string[] = [];
  for (let v = 0; v < network.nodeCount; v++) {
    const terms: string[] = [];
    for (let e = 0; e < network.arcCount; e++) {
      if (network.source[e] === v) terms.push(`+ ${x(e)}`);
      if (network.target[e] === v) terms.push(`- ${x(e)}`);
    }
    if (terms.length > 0) rows.push(` n${v}: ${terms.join(' ')} = 0`);
  }
  const bounds = Array.from(
    { length: network.arcCount },
    (_, e) => ` 0 <= ${x(e)} <= ${network.capacity[e]}`,
  );
  return [
    'Minimize',
    ` obj: ${objective.join(' + ').replace(/\+ -/g, '- ')}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...bounds,
    'End',
  ].join('\n');
}

describe('minCostCirculation', () => {
  it('is a feasible circulation with the LP optimum on general networks, for any block size', async () => {
    const highs = await highsLoader();
    fc.assert(
      fc.property(networks, ({ network, blockSize }) => {
        const { flow, cost } = minCostCirculation(network, blockSize);
        const balance = new Int32Array(network.nodeCount);
        for (let e = 0; e < network.arcCount; e++) {
          expect(flow[e]).toBeGreaterThanOrEqual(0);
          expect(flow[e]).toBeLessThanOrEqual(network.capacity[e]!);
          balance[network.source[e]!]! -= flow[e]!;
          balance[network.target[e]!]! += flow[e]!;
        }
        expect([...balance].every((b) => b === 0)).toBe(true);
        if (network.arcCount === 0) return expect(cost).toBe(0);
        const reference = highs.solve(lp(network), { output_flag: false });
        expect(reference.Status).toBe('Optimal');
        expect(cost).toBeCloseTo(reference.ObjectiveValue, 6);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a strongly feasible tree at every pivot on degenerate networks and ends optimal', () => {
    fc.assert(
      fc.property(degenerateNetworks, fc.constantFrom(1, 3, 50), (network, blockSize) => {
        // pivotChecked checks the tree, flow and potentials after each pivot and optimality at
        // the end; its cap is the test's guard against cycling.
        const pivots = pivotChecked(new NetworkSimplex(network, blockSize), 50_000);
        expect(minCostCirculation(network, blockSize).pivots).toBe(pivots);
      }),
      { numRuns: 500 },
    );
  });

  it('sends nothing when no cycle has negative cost', () => {
    const network: FlowNetwork = {
      nodeCount: 3,
      arcCount: 3,
      source: Int32Array.of(0, 1, 2),
      target: Int32Array.of(1, 2, 0),
      capacity: Int32Array.of(5, 5, 5),
      cost: Float64Array.of(1, -2, 1),
    };
    const none = minCostCirculation(network);
    expect(none.cost).toBe(0);
    expect([...none.flow]).toEqual([0, 0, 0]);
    network.cost[1] = -3;
    const { flow, cost } = minCostCirculation(network);
    expect([...flow]).toEqual([5, 5, 5]);
    expect(cost).toBe(-5);
  });
});

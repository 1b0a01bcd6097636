/**
 * LEMON's NetworkSimplex as the benchmark's near-limit reference: lemon/assignment.cpp, built
 * with g++ against Debian's liblemon-dev (header-only), solves the same candidate graph as the
 * engine and reports its optimum and the CPU time of its solve.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CandidateGraph } from '@kohorte/matching';
import { repoRoot } from '../../shared/repo-root';

export const LEMON_HEADER = '/usr/include/lemon/network_simplex.h';

export interface LemonMeasurement {
  /** The optimum in milli-points (a minimum cost: minus the total score). */
  costMilli: number;
  /** Median CPU ms of LEMON's solve, pair arcs in the graph's order and by partner. */
  inputOrderCpuMs: number;
  partnerOrderCpuMs: number;
}

/**
 * Builds the driver once per source version (into the temporary folder) and returns its path, or
 * a sentence saying why there is none.
 */
export function buildLemonDriver(
  root: string = repoRoot(__dirname),
): { path: string } | { skipped: string } {
  if (!existsSync(LEMON_HEADER)) {
    return { skipped: `${LEMON_HEADER} not found (apt-get install liblemon-dev g++)` };
  }
  const source = join(root, 'tools/src/bench/matching/lemon/assignment.cpp');
  const hash = createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 12);
  const path = join(tmpdir(), `kohorte-lemon-assignment-${hash}`);
  if (!existsSync(path)) {
    try {
      execFileSync('g++', ['-O2', '-std=c++17', '-o', path, source], { stdio: 'pipe' });
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
      return { skipped: `g++ could not build ${source}: ${stderr.trim().split('\n')[0]}` };
    }
  }
  return { path };
}

/** The graph in the driver's input format (see assignment.cpp). */
function encode(graph: CandidateGraph, k: number, repeats: number): Buffer {
  const pairs = graph.pairScore.length;
  const ints = new Int32Array(5 + graph.partnerCount + 3 * pairs);
  ints.set([graph.startupCount, graph.partnerCount, pairs, k, repeats]);
  ints.set(graph.capacity, 5);
  let at = 5 + graph.partnerCount;
  ints.set(graph.pairStartup, at);
  ints.set(graph.pairPartner, (at += pairs));
  at += pairs;
  graph.pairScore.forEach((score, p) => (ints[at + p] = Math.round(score * 1000)));
  return Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength);
}

/** Solves `graph` with k per startup (no pins, no minimum, no fairness penalty) in LEMON. */
export function solveWithLemon(
  driver: string,
  graph: CandidateGraph,
  k: number,
  repeats: number,
): LemonMeasurement {
  const result = spawnSync(driver, [], {
    input: encode(graph, k, repeats),
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) {
    throw new Error(`LEMON driver failed (${result.status}): ${result.stderr.toString().trim()}`);
  }
  const reply = JSON.parse(result.stdout.toString()) as {
    cost: number;
    inputOrderCpuMs: number;
    partnerOrderCpuMs: number;
  };
  return {
    costMilli: reply.cost,
    inputOrderCpuMs: reply.inputOrderCpuMs,
    partnerOrderCpuMs: reply.partnerOrderCpuMs,
  };
}

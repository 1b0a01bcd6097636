/** Timing of the benchmark's steps: median wall and CPU time after a warm-up. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Warm-up: at least this many untimed runs, and at least this long. */
const WARM_RUNS = 3;
const WARM_MS = 300;
const MAX_WARM_RUNS = 500;

/**
 * Median wall time and CPU time of `repeats` runs after untimed warm-up runs (at least 3, and at
 * least 300 ms of them: V8 optimises a function only after it has run a while, and the engine
 * runs warm in production, in a thread kept between runs). The machine may be shared: CPU time
 * (user + system of this process) is what the step itself cost.
 */
export function timed<T>(repeats: number, run: () => T): { ms: number; cpuMs: number; value: T } {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const warming = performance.now();
  let value = run();
  for (
    let warm = 1;
    warm < MAX_WARM_RUNS && (warm < WARM_RUNS || performance.now() - warming < WARM_MS);
    warm++
  ) {
    value = run();
  }
  for (let r = 0; r < repeats; r++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    value = run();
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpuTimes), value };
}

/** Timing of the benchmark's steps: median wall and CPU time after a warm-up. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median wall time and CPU time of `repeats` runs after one untimed warm-up run. The machine may
 * be shared: CPU time (user + system of this process) is what the step itself cost.
 */
export function timed<T>(repeats: number, run: () => T): { ms: number; cpuMs: number; value: T } {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let value = run();
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

import { summarizeProfile } from './cpu-profile';

const TOP = 12;

export interface ProfiledRun {
  /** The .cpuprofile of the measured run. */
  path: string;
  /** Requests answered in it. */
  requests: number;
}

const perRequest = (ms: number, requests: number) =>
  `${((ms * 1000) / Math.max(requests, 1)).toFixed(0).padStart(6)} µs`;

/**
 * For one endpoint: where the API's time went, per request, next to the bare server's, by package
 * and for the API's hottest functions. Wall-clock samples: on a machine whose cores are all busy,
 * time spent waiting for a core is counted where the process was (mostly in writev).
 */
export function printProfileComparison(label: string, api: ProfiledRun, bare: ProfiledRun): void {
  const apiSummary = summarizeProfile(api.path);
  const bareSummary = summarizeProfile(bare.path);
  const bareByPackage = new Map(bareSummary.packages.map((entry) => [entry.name, entry.ms]));
  console.log(
    `Profile, ${label}: busy time per request, API ${perRequest(apiSummary.busyMs, api.requests)}, bare ${perRequest(bareSummary.busyMs, bare.requests)}`,
  );
  console.log(`  ${'package'.padEnd(28)}       API      bare`);
  for (const { name, ms } of apiSummary.packages.slice(0, TOP)) {
    const bareMs = bareByPackage.get(name) ?? 0;
    console.log(
      `  ${name.padEnd(28)} ${perRequest(ms, api.requests)} ${perRequest(bareMs, bare.requests)}`,
    );
  }
  console.log('  hottest API functions:');
  for (const { name, ms } of apiSummary.functions.slice(0, TOP)) {
    console.log(`  ${perRequest(ms, api.requests)}  ${name}`);
  }
  console.log(`  (${api.path}, ${bare.path})`);
  console.log('');
}

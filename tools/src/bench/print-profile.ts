import { summarizeProfile } from './cpu-profile';

const TOP = 10;

const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`;

/** Prints, for each profile, where the API's CPU time went (by package, then by function). */
export function printProfiles(profiles: readonly { label: string; path: string }[]): void {
  for (const { label, path } of profiles) {
    const { busyMs, totalMs, packages, functions } = summarizeProfile(path, TOP);
    console.log(
      `API CPU profile, ${label} (${path}): busy ${(busyMs / 1000).toFixed(1)} s of the ` +
        `${(totalMs / 1000).toFixed(1)} s measured. Self time by package:`,
    );
    for (const { name, share } of packages) console.log(`  ${percent(share)}  ${name}`);
    console.log('  hottest functions:');
    for (const { name, share } of functions) console.log(`  ${percent(share)}  ${name}`);
    console.log('');
  }
}

import { readFileSync } from 'node:fs';
import { firstN } from '../shared/items';

/** The parts of a V8 .cpuprofile (written by `node --cpu-prof`) that the summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  /** Microseconds since the previous sample. */
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  /** Self time, ms. */
  ms: number;
  /** Share of the busy time (idle excluded), 0–1. */
  share: number;
}

const IDLE = '(idle)';

/** Which package a script belongs to: the npm package, the workspace, or Node itself. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node (built-in)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = firstN(url.slice(modules + '/node_modules/'.length).split('/'), 2);
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const workspace = /\/(apps|packages|tools)\/([^/]+)\//.exec(url);
  return workspace ? `@kohorte/${workspace[2]}` : url;
}

export interface ProfileSummary {
  /** Milliseconds the process was busy (not idle), and the profile's length. */
  busyMs: number;
  totalMs: number;
  packages: ProfileShare[];
  functions: ProfileShare[];
}

/** Self time per package and per function, largest first. */
export function summarizeProfile(path: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  let total = 0;
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id);
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    if (!frame || frame.functionName === IDLE) return;
    busy += delta;
    const pkg = packageOf(frame.url, frame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + delta);
    const file = frame.url.split('/').slice(-2).join('/');
    const fn = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1} [${pkg}]`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + delta);
  });
  const ranked = (totals: Map<string, number>) =>
    [...totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([name, time]) => ({ name, ms: time / 1000, share: busy > 0 ? time / busy : 0 }));
  return {
    busyMs: busy / 1000,
    totalMs: total / 1000,
    packages: ranked(byPackage),
    functions: ranked(byFunction),
  };
}

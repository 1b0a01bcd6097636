#!/usr/bin/env node
// `npm test`: every workspace's tests through Turborepo, then one line with the totals over all
// workspaces. Each Jest run writes test-results.json (cached by Turborepo with the task, so a
// cached run still counts its tests).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function workspacesWithTests() {
  const dirs = [];
  for (const pattern of rootManifest.workspaces) {
    const base = join(root, pattern.replace(/\/\*$/, ''));
    const candidates = pattern.endsWith('/*')
      ? readdir(base).map((name) => join(base, name))
      : [base];
    for (const dir of candidates) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test) {
        dirs.push(dir);
      }
    }
  }
  return dirs;
}

function readdir(dir) {
  return existsSync(dir) ? readdirSync(dir) : [];
}

const workspaces = workspacesWithTests();
for (const dir of workspaces) rmSync(join(dir, 'test-results.json'), { force: true });

// --continue: one failing workspace must not cancel the others, or their tests go uncounted.
// --concurrency=2: two test suites at a time on two cores; more starves the timing-sensitive ones.
const turbo = spawnSync(
  'npx',
  ['turbo', 'run', 'test', '--continue', '--concurrency=2', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

let passed = 0;
let failed = 0;
for (const dir of workspaces) {
  const file = join(dir, 'test-results.json');
  if (!existsSync(file)) {
    console.error(`No test results from ${relative(root, dir)}: its test run did not finish.`);
    failed += 1;
    continue;
  }
  const results = JSON.parse(readFileSync(file, 'utf8'));
  passed += results.numPassedTests;
  // A suite that fails to load has no failed tests of its own, and a skipped test proves nothing:
  // both count as failures so they cannot hide.
  failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
  failed += results.numPendingTests + results.numTodoTests;
}

const status = turbo.status ?? 1;
if (status !== 0 && failed === 0) failed = 1;
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);

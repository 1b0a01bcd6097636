import { nodePreset } from '../../jest.preset.mjs';

export default {
  ...nodePreset,
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.e2e.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // One browser at a time: the machine has two cores and the app under test needs one.
  maxWorkers: 1,
  // A browser walk on a loaded two-core machine (CI runs the API suites beside it) can take
  // minutes; every wait inside a walk is on a condition, so this bound only catches a hang.
  testTimeout: 240_000,
};

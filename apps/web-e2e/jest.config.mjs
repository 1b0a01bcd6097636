import { nodePreset } from '../../jest.preset.mjs';

export default {
  ...nodePreset,
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.e2e.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // One browser at a time: the machine has two cores and the app under test needs one.
  maxWorkers: 1,
  testTimeout: 60000,
};

import { nodePreset } from '../../jest.preset.mjs';

export default {
  ...nodePreset,
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // A ceiling for real work, not a wait: with every workspace's tests side by side on two cores,
  // starting the whole app in a beforeAll has taken over 30 s, and a hook that times out leaves
  // the app starting after Jest tore its environment down (which kills the whole run).
  testTimeout: 120_000,
};

import { nodePreset } from '../../jest.preset.mjs';

export default {
  ...nodePreset,
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  moduleNameMapper: {
    '^@kohorte/server$': '<rootDir>/../../packages/server/src/index.ts',
    '^@kohorte/server/testing$': '<rootDir>/../../packages/server/src/testing/index.ts',
    ...nodePreset.moduleNameMapper,
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
};

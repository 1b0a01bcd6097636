import { nodePreset } from '../jest.preset.mjs';

// tools/ sits one level below the repository root; the preset's paths assume two levels.
export default {
  ...nodePreset,
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: {
    '^@kohorte/contracts$': '<rootDir>/../packages/contracts/src/index.ts',
    '^@kohorte/server$': '<rootDir>/../packages/server/src/index.ts',
    '^@kohorte/server/testing$': '<rootDir>/../packages/server/src/testing/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testTimeout: 60000,
};

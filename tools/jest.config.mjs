import { nodePreset } from '../jest.preset.mjs';

export default {
  ...nodePreset,
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 60000,
  moduleNameMapper: {
    // The API from source too, so that it and the test share one copy of @kohorte/server.
    '^@kohorte/api$': '<rootDir>/../apps/api/src/index.ts',
    ...nodePreset.moduleNameMapper,
  },
};

import { nodePreset } from '../../jest.preset.mjs';

export default {
  ...nodePreset,
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testTimeout: 60000,
};

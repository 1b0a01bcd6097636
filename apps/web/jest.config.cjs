// Unit tests run in jsdom, zoneless, compiled by jest-preset-angular (CommonJS mode: fastest).
const { createCjsPreset } = require('jest-preset-angular/presets');

// Dates are tested west of UTC, where UTC-based mistakes shift a day (see startup-form-model.spec).
process.env.TZ = 'America/New_York';

const preset = createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' });

module.exports = {
  ...preset,
  setupFilesAfterEnv: ['<rootDir>/setup-jest.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
  // A component test renders Material in jsdom; its first render compiles templates, which on a
  // loaded machine (another test run beside it) took longer than Jest's default 5 s.
  testTimeout: 30000,
  // Angular ships .mjs; @jsverse/utils (a Transloco dependency) ships ESM as .js.
  transformIgnorePatterns: [
    'node_modules/(?!(.*\\.mjs$|@jsverse/|@angular/common/locales/.*\\.js$))',
  ],
  moduleNameMapper: {
    // Tested from source, like the other workspaces: no need to build the contracts first.
    '^@kohorte/contracts$': '<rootDir>/../../packages/contracts/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

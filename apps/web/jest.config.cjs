// Unit tests run in jsdom, zoneless, compiled by jest-preset-angular (CommonJS mode: fastest).
const { createCjsPreset } = require('jest-preset-angular/presets');

// Dates are tested west of UTC, where UTC-based mistakes shift a day (see startup-form-model.spec).
process.env.TZ = 'America/New_York';

const preset = createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' });

module.exports = {
  ...preset,
  setupFilesAfterEnv: ['<rootDir>/setup-jest.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
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

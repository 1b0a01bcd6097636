// Shared Jest settings for the Node workspaces. NestJS 12 is ESM-only, so Jest runs in native ESM
// mode (`node --experimental-vm-modules`) and swc compiles TypeScript with decorator metadata.
export const nodePreset = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
          },
          target: 'es2023',
        },
        module: { type: 'es6' },
      },
    ],
  },
  // Workspace packages are tested from source; `.js` suffixes in ESM imports point at `.ts` files.
  moduleNameMapper: {
    '^@kohorte/contracts$': '<rootDir>/../../packages/contracts/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

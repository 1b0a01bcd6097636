// Shared Jest settings for the Node workspaces. NestJS 12 is ESM-only, so Jest runs in native ESM
// mode (`node --experimental-vm-modules`) and swc compiles TypeScript with decorator metadata.
const root = import.meta.dirname;

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
  // Workspace packages are tested from source (absolute paths: workspaces sit at different depths);
  // `.js` suffixes in ESM imports point at `.ts` files.
  moduleNameMapper: {
    '^@kohorte/contracts$': `${root}/packages/contracts/src/index.ts`,
    '^@kohorte/embedded-postgres$': `${root}/packages/embedded-postgres/src/index.ts`,
    '^@kohorte/matching$': `${root}/packages/matching/src/index.ts`,
    '^@kohorte/server$': `${root}/packages/server/src/index.ts`,
    '^@kohorte/server/testing$': `${root}/packages/server/src/testing/index.ts`,
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

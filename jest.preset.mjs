// Shared Jest settings for the Node workspaces. NestJS 12 is ESM-only, so Jest runs in native ESM
// mode (`node --experimental-vm-modules`) and swc compiles TypeScript with decorator metadata.
import { readFileSync } from 'node:fs';

const root = import.meta.dirname;

/** `@kohorte/server/<subpath>` → its source file, read from the package's `exports` map. */
const serverExports = JSON.parse(
  readFileSync(`${root}/packages/server/package.json`, 'utf8'),
).exports;
const serverSources = Object.fromEntries(
  Object.entries(serverExports).map(([subpath, target]) => [
    `^${`@kohorte/server${subpath.slice(1)}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
    `${root}/packages/server/${target.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')}`,
  ]),
);

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
    ...serverSources,
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

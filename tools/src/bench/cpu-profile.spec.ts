import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageOf, summarizeProfile } from './cpu-profile';
import { firstOf } from '../shared/items';

describe('packageOf', () => {
  it('names the npm package, the workspace, or Node', () => {
    expect(
      packageOf('file:///work/main/node_modules/typeorm/query-builder/SelectQueryBuilder.js', 'f'),
    ).toBe('typeorm');
    expect(
      packageOf(
        'file:///work/main/node_modules/@nestjs/core/router/router-execution-context.js',
        'f',
      ),
    ).toBe('@nestjs/core');
    expect(packageOf('file:///repo/node_modules/a/node_modules/b/index.js', 'f')).toBe('b');
    expect(
      packageOf('file:///work/main/packages/server/dist/startups/startups.service.js', 'f'),
    ).toBe('@kohorte/server');
    expect(packageOf('node:internal/http', 'f')).toBe('node (built-in)');
    expect(packageOf('', '(garbage collector)')).toBe('(garbage collector)');
    expect(packageOf('', 'JSONStringify')).toBe('(native)');
  });
});

describe('summarizeProfile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kohorte-profile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shares self time per package, leaving idle time out', () => {
    const path = join(dir, 'api.cpuprofile');
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    writeFileSync(
      path,
      JSON.stringify({
        nodes: [
          { id: 1, callFrame: frame('(idle)', '') },
          { id: 2, callFrame: frame('find', 'file:///r/node_modules/typeorm/a.js') },
          { id: 3, callFrame: frame('parse', 'file:///r/node_modules/pg/b.js') },
        ],
        samples: [1, 2, 2, 3],
        timeDeltas: [500, 30, 30, 40],
      }),
    );
    const { busyMs, totalMs, packages, functions } = summarizeProfile(path);
    expect([busyMs, totalMs]).toEqual([0.1, 0.6]);
    expect(packages).toEqual([
      { name: 'typeorm', ms: 0.06, share: 0.6 },
      { name: 'pg', ms: 0.04, share: 0.4 },
    ]);
    expect(firstOf(functions).name).toBe('find typeorm/a.js:1 [typeorm]');
  });
});

import { afterEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLockFile } from './lock-file';

describe('acquireLockFile', () => {
  const dirs: string[] = [];
  const lockPath = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kohorte-lock-'));
    dirs.push(dir);
    return join(dir, 'nested', 'postgres.lock');
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('writes this process id and removes the file on release', () => {
    const path = lockPath();
    const release = acquireLockFile(path);
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a lock that a running process holds', () => {
    const path = lockPath();
    acquireLockFile(path);
    // The parent of this test process is alive for sure.
    writeFileSync(path, String(process.ppid));
    expect(() => acquireLockFile(path)).toThrow(`process ${process.ppid}`);
  });

  it('takes over a lock left by a process that has ended', () => {
    const path = lockPath();
    const ended = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    acquireLockFile(path);
    writeFileSync(path, ended);
    acquireLockFile(path);
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
  });
});

import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { freePort } from '@kohorte/embedded-postgres';
import { findOnPath, MISSING_REDIS_MESSAGE, pingRedis, planRedis } from './redis';

describe('planRedis', () => {
  const answers = (value: boolean) => jest.fn(() => Promise.resolve(value));

  it('takes REDIS_URL as it is, without probing', async () => {
    const defaultAnswers = answers(false);
    const plan = await planRedis({
      env: { REDIS_URL: 'rediss://user:secret@redis.example:6380' },
      defaultAnswers,
      findServerBinary: () => null,
    });
    expect(plan).toEqual({ kind: 'configured', url: 'rediss://user:secret@redis.example:6380' });
    expect(defaultAnswers).not.toHaveBeenCalled();
  });

  it('uses the local Redis when it answers', async () => {
    const findServerBinary = jest.fn(() => '/usr/bin/redis-server');
    const plan = await planRedis({ env: {}, defaultAnswers: answers(true), findServerBinary });
    expect(plan).toEqual({ kind: 'local', url: 'redis://127.0.0.1:6379' });
    expect(findServerBinary).not.toHaveBeenCalled();
  });

  it('starts a private redis-server when nothing answers and one is installed', async () => {
    const plan = await planRedis({
      env: { REDIS_URL: '' },
      defaultAnswers: answers(false),
      findServerBinary: () => '/usr/bin/redis-server',
    });
    expect(plan).toEqual({ kind: 'private', binary: '/usr/bin/redis-server' });
  });

  it('explains how to get Redis when there is none', async () => {
    const plan = await planRedis({
      env: {},
      defaultAnswers: answers(false),
      findServerBinary: () => null,
    });
    expect(plan).toEqual({ kind: 'missing', message: MISSING_REDIS_MESSAGE });
    expect(MISSING_REDIS_MESSAGE).toMatch(/apt-get install redis-server/);
    expect(MISSING_REDIS_MESSAGE).toMatch(/brew install redis/);
    expect(MISSING_REDIS_MESSAGE).toMatch(/REDIS_URL/);
    expect(MISSING_REDIS_MESSAGE).not.toMatch(/\n/);
  });
});

describe('findOnPath', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('finds the first executable of that name and skips plain files', () => {
    const plain = mkdtempSync(join(tmpdir(), 'kohorte-path-'));
    const executable = mkdtempSync(join(tmpdir(), 'kohorte-path-'));
    dirs.push(plain, executable);
    writeFileSync(join(plain, 'redis-server'), '');
    chmodSync(join(plain, 'redis-server'), 0o644);
    writeFileSync(join(executable, 'redis-server'), '#!/bin/sh\n');
    chmodSync(join(executable, 'redis-server'), 0o755);

    expect(findOnPath('redis-server', [plain, executable].join(delimiter))).toBe(
      join(executable, 'redis-server'),
    );
    expect(findOnPath('redis-server', plain)).toBeNull();
    expect(findOnPath('redis-server', '')).toBeNull();
  });
});

describe('pingRedis', () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  async function listen(onData: (socket: import('node:net').Socket) => void): Promise<number> {
    server = createServer((socket) => socket.on('data', () => onData(socket)));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  it('is true when the server answers PONG or asks for a password', async () => {
    const pong = await listen((socket) => socket.end('+PONG\r\n'));
    expect(await pingRedis('127.0.0.1', pong)).toBe(true);
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    const auth = await listen((socket) => socket.end('-NOAUTH Authentication required.\r\n'));
    expect(await pingRedis('127.0.0.1', auth)).toBe(true);
  });

  it('is false when something else listens there', async () => {
    const http = await listen((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
    expect(await pingRedis('127.0.0.1', http)).toBe(false);
  });

  it('is false when nothing listens', async () => {
    expect(await pingRedis('127.0.0.1', await freePort())).toBe(false);
  });

  it('is false when nothing answers in time', async () => {
    const silent = await listen(() => undefined);
    expect(await pingRedis('127.0.0.1', silent, 100)).toBe(false);
  });
});

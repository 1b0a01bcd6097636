import { describe, expect, it } from '@jest/globals';
import { loadConfig } from './kohorte-config';
import { listenHost, trustedProxies } from './network-settings';

describe('listenHost (HOST)', () => {
  it('listens on 127.0.0.1 unless told otherwise', () => {
    expect(listenHost(undefined)).toBe('127.0.0.1');
    expect(listenHost('')).toBe('127.0.0.1');
    expect(loadConfig({ DATABASE_URL: 'postgres://x@h/db' }).host).toBe('127.0.0.1');
  });

  it('takes addresses and host names', () => {
    for (const host of ['0.0.0.0', '::', '::1', '192.168.1.20', 'localhost', 'kohorte.internal']) {
      expect(listenHost(host)).toBe(host);
    }
  });

  it('refuses what cannot be listened on, naming the variable', () => {
    for (const host of ['http://0.0.0.0', '0.0.0.0:3000', 'a b', '-bad']) {
      expect(() => listenHost(host)).toThrow(/^HOST must be an IP address or host name/);
    }
  });
});

describe('trustedProxies (TRUST_PROXY)', () => {
  it('trusts nobody by default', () => {
    expect(trustedProxies(undefined)).toEqual([]);
    expect(trustedProxies(' ')).toEqual([]);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@h/db' }).trustProxy).toEqual([]);
  });

  it('takes addresses, CIDR subnets and proxy-addr’s range names, comma-separated', () => {
    expect(trustedProxies('10.42.0.0/16, 172.18.0.1,loopback, fd00::/8, ::1, uniquelocal')).toEqual(
      ['10.42.0.0/16', '172.18.0.1', 'loopback', 'fd00::/8', '::1', 'uniquelocal'],
    );
  });

  it('refuses hop counts and true: they would trust any caller', () => {
    for (const value of ['1', 'true', '*', 'loopback, 2']) {
      expect(() => trustedProxies(value)).toThrow(/must name the proxy by address or subnet/);
    }
  });

  it('refuses entries that are no address, subnet or range name', () => {
    for (const value of ['10.0.0.0/33', 'fd00::/129', '10.0.0', 'proxy.internal', '10.0.0.0/8/1']) {
      expect(() => trustedProxies(value)).toThrow(/no IP address, CIDR subnet or one of/);
    }
  });
});

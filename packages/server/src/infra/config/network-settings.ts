import { isIP } from 'node:net';

/** proxy-addr's names for address ranges; each one names where a proxy sits, not a count of hops. */
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'] as const;

const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * HOST: the address the HTTP server listens on. 127.0.0.1 unless set, so a development server
 * that prints demo passwords is not reachable from the network; containers set 0.0.0.0.
 */
export function listenHost(raw: string | undefined): string {
  const host = raw?.trim();
  if (!host) return '127.0.0.1';
  if (isIP(host) === 0 && !HOST_NAME.test(host)) {
    throw new Error(
      `HOST must be an IP address or host name to listen on (127.0.0.1, 0.0.0.0, ::), got "${raw}"`,
    );
  }
  return host;
}

function isAddressOrSubnet(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  // split() returns at least one part.
  const version = isIP(address ?? '');
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: the proxies whose X-Forwarded-For and X-Forwarded-Proto the API believes, as
 * the HTTP server's `trustProxy` list (proxy-addr's) — IP addresses, CIDR subnets (10.42.0.0/16) and the names
 * loopback, linklocal, uniquelocal, separated by commas. Empty: trust nobody, so the client
 * address is the socket's. A hop count or `true` is refused: it trusts whoever connects, so anyone
 * who reaches the API around the proxy could pick the address that sign-in rate limits count.
 */
export function trustedProxies(raw: string | undefined): string[] {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (/^(\d+|true|\*)$/i.test(entry)) {
      throw new Error(
        `TRUST_PROXY must name the proxy by address or subnet, not "${entry}": a hop count or ` +
          'true would trust any caller. Use e.g. 127.0.0.1, 10.42.0.0/16 or loopback.',
      );
    }
    if (!isAddressOrSubnet(entry) && !(RANGE_NAMES as readonly string[]).includes(entry)) {
      throw new Error(
        `TRUST_PROXY has "${entry}", which is no IP address, CIDR subnet or one of ` +
          `${RANGE_NAMES.join(', ')} (separate several with commas)`,
      );
    }
  }
  return entries;
}

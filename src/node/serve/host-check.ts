/**
 * DNS rebinding: a page on any web site can make its own name resolve to this laptop, and the
 * browser then sends that site's name as Host. Only names and addresses of this machine are
 * answered, so such a page can neither read the deck nor drive it.
 */
import { hostname, networkInterfaces } from 'node:os';
import { isIP } from 'node:net';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);

/** The host part of a Host header, lower-cased, brackets of an IPv6 address removed; undefined if malformed. */
export function hostOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^(?:\[([0-9a-f:.]+)\]|([^:[\]\s]+))(?::(\d{1,5}))?$/i.exec(header.trim());
  if (!match) return undefined;
  return (match[1] ?? match[2]!).toLowerCase().replace(/\.$/, '');
}

function machineNames(): Set<string> {
  const own = hostname().toLowerCase();
  const names = new Set([own, `${own}.local`]);
  for (const nic of Object.values(networkInterfaces()).flat()) {
    if (nic) names.add(nic.address.toLowerCase().replace(/%.*$/, ''));
  }
  return names;
}

/**
 * A check for the Host header of a server bound to `boundHost`. Loopback names always pass; the
 * address the server was asked to bind to passes; bound beyond loopback, this machine's own name and
 * every address of its network interfaces (read when asked, as a laptop changes networks) pass too.
 */
export function hostAllowed(boundHost: string): (header: string | undefined) => boolean {
  const bound = boundHost.toLowerCase().replace(/^\[|\]$/g, '');
  const loopbackOnly = LOOPBACK_NAMES.has(bound) || (isIP(bound) === 4 && bound.startsWith('127.'));
  return (header) => {
    const host = hostOf(header);
    if (host === undefined) return false;
    if (LOOPBACK_NAMES.has(host) || host.endsWith('.localhost') || (isIP(host) === 4 && host.startsWith('127.'))) return true;
    if (host === bound) return true;
    return !loopbackOnly && machineNames().has(host);
  };
}

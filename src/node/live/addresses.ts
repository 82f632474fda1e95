/**
 * The three addresses `npm run present` prints: the presenter's deck on this laptop, the remote
 * for the speaker's phone and the follow link for the room, both on the network address phones reach.
 * The keys go in the fragment (#live=...): a browser never sends it to a server, in a request, a log
 * or a Referer.
 */
import { LIVE, QUERY } from '../../core/contract.ts';
import type { LiveAddresses } from '../../core/live-protocol.ts';
import { ANY_ADDRESS, lanAddresses } from '../serve/network.ts';
import { urlHost } from '../static-server.ts';
import type { LiveKeys } from './keys.ts';

export interface PresentAddresses extends LiveAddresses {
  readonly presenter: string;
  /** False when the room cannot reach the relay (bound to loopback, or no network). */
  readonly onNetwork: boolean;
}

export function presentAddresses({ host, port, base, keys }: { host: string; port: number; base: string; keys: LiveKeys }): PresentAddresses {
  const everywhere = ANY_ADDRESS.has(host);
  const network = everywhere ? lanAddresses()[0] : host;
  const loopback = /^(127\.|::1$|localhost$)/.test(network ?? '127.0.0.1');
  const origin = (name: string) => `http://${urlHost(name)}:${port}${base}`;
  const room = origin(network ?? '127.0.0.1');
  return {
    presenter: `${origin(everywhere ? '127.0.0.1' : host)}#${LIVE.keyFragment}=${keys.presenter}`,
    remote: `${room}${LIVE.remotePage}#${LIVE.keyFragment}=${keys.remote}`,
    follow: `${room}?${QUERY.follow}`,
    onNetwork: network !== undefined && !loopback,
  };
}

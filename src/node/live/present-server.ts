/**
 * The server of `npm run present`: the hardened static server of the built deck with the live
 * relay on its upgrade event, in one process, and the three addresses it answers on.
 */
import type { AddressInfo } from 'node:net';
import { startStaticServer, type RunningServer } from '../static-server.ts';
import { normaliseBase } from '../serve/handler.ts';
import { presentAddresses, type PresentAddresses } from './addresses.ts';
import { makeKeys } from './keys.ts';
import { LIVE } from '../../core/contract.ts';
import { rehearsalUpload } from './rehearsal-upload.ts';
import { attachRelay, type Relay, type RelayOptions } from './relay.ts';

export interface PresentServerOptions {
  readonly root: string;
  readonly host: string;
  readonly port: number;
  readonly base?: string;
  /** Where the speaker view's rehearsal runs are saved, and the talk they must be of. */
  readonly rehearsals: { readonly dir: string; readonly talk: string };
  /** Relay limits, for tests and the benchmark. */
  readonly relay?: Pick<RelayOptions, 'maxConnections' | 'helloTimeout' | 'heartbeat'>;
}

export interface PresentServer {
  readonly server: RunningServer;
  readonly relay: Relay;
  readonly addresses: PresentAddresses;
  close(): Promise<void>;
}

export async function startPresentServer(options: PresentServerOptions): Promise<PresentServer> {
  const base = normaliseBase(options.base ?? '/');
  // The keys first: the rehearsal upload takes only the presenter's.
  const keys = makeKeys();
  const upload = rehearsalUpload({ token: keys.presenter, ...options.rehearsals });
  const server = await startStaticServer({ root: options.root, host: options.host, port: options.port, base, routes: { [LIVE.rehearsalPath]: upload } });
  const { port } = server.server.address() as AddressInfo;
  const addresses = presentAddresses({ host: options.host, port, base, keys });
  const relay = attachRelay({ server: server.server, base, host: options.host, keys, addresses, ...options.relay });
  return {
    server,
    relay,
    addresses,
    close: async () => {
      await relay.close();
      await server.close();
    },
  };
}

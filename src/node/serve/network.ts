/** The addresses of this machine other devices on the network (a phone, a second screen) can open. */
import { networkInterfaces } from 'node:os';

/** Listening on every address: a browser cannot open "0.0.0.0", so the laptop's own URL is 127.0.0.1. */
export const ANY_ADDRESS: ReadonlySet<string> = new Set(['0.0.0.0', '::']);

/** This machine's IPv4 addresses on its networks (not loopback), as the system lists them. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((nic) => nic && nic.family === 'IPv4' && !nic.internal)
    .map((nic) => nic!.address);
}

import { describe, expect, it } from 'vitest';
import { presentAddresses } from '../../../src/node/live/addresses.ts';
import { lanAddresses } from '../../../src/node/serve/network.ts';

const keys = { presenter: 'P'.repeat(22), remote: 'R'.repeat(22) };

describe('the addresses npm run present prints', () => {
  it('on the network: the presenter on this laptop, the remote and the room on its network address, never 0.0.0.0', () => {
    const lan = lanAddresses()[0];
    const addresses = presentAddresses({ host: '0.0.0.0', port: 4173, base: '/', keys });
    expect(addresses.presenter).toBe(`http://127.0.0.1:4173/#live=${keys.presenter}`);
    if (lan === undefined) return expect(addresses.onNetwork).toBe(false);
    expect(addresses.remote).toBe(`http://${lan}:4173/remote.html#live=${keys.remote}`);
    expect(addresses.follow).toBe(`http://${lan}:4173/?follow`);
    expect(addresses.onNetwork).toBe(true);
    expect(JSON.stringify(addresses)).not.toContain('0.0.0.0');
  });

  it('keeps the keys out of the follow address and puts them in the fragment, under a sub-path too', () => {
    const addresses = presentAddresses({ host: '127.0.0.1', port: 8080, base: '/talks/deepseek/', keys });
    expect(addresses.follow).toBe('http://127.0.0.1:8080/talks/deepseek/?follow');
    expect(new URL(addresses.remote).hash).toBe(`#live=${keys.remote}`);
    expect(new URL(addresses.remote).pathname).toBe('/talks/deepseek/remote.html');
    expect(addresses.onNetwork).toBe(false);
  });
});

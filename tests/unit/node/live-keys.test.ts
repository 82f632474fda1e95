import { describe, expect, it } from 'vitest';
import { keyMatches, makeKeys } from '../../../src/node/live/keys.ts';
import { rateLimit } from '../../../src/core/rate-limit.ts';
import { parseClientMessage } from '../../../src/core/live-protocol.ts';

describe("a run's keys", () => {
  it('are at least 128 random bits each, different per role and per run, and of the form hello accepts', () => {
    const [one, two] = [makeKeys(), makeKeys()];
    for (const key of [one.presenter, one.remote]) {
      expect(Buffer.from(key, 'base64url').length).toBeGreaterThanOrEqual(16);
      expect(parseClientMessage(JSON.stringify({ type: 'hello', role: 'remote', key })).ok).toBe(true);
    }
    expect(new Set([one.presenter, one.remote, two.presenter, two.remote]).size).toBe(4);
  });

  it('match only themselves: not a changed character, a prefix, a longer string or nothing', () => {
    const { remote } = makeKeys();
    const changed = `${remote.slice(0, -1)}${remote.endsWith('A') ? 'B' : 'A'}`;
    expect(keyMatches(remote, remote)).toBe(true);
    for (const other of [changed, remote.slice(0, -1), `${remote}x`, '', undefined]) expect(keyMatches(other, remote)).toBe(false);
  });
});

describe('the rate limit of a socket', () => {
  it('lets a burst through, then as many a second as it allows', () => {
    let now = 0;
    const allow = rateLimit({ burst: 3, perSecond: 2 }, () => now);
    expect([allow(), allow(), allow(), allow()]).toEqual([true, true, true, false]);
    now += 500;
    expect([allow(), allow()]).toEqual([true, false]);
  });
});

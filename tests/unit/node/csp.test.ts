import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes } from '../../../src/node/csp.ts';

const directives = (policy: string) => new Map(policy.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('src/node/csp', () => {
  it('allows scripts only from the deck itself and the speaker view, by hash', () => {
    const scripts = directives(contentSecurityPolicy()).get('script-src') ?? [];
    expect(scripts[0]).toBe("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(source))).toBe(true);
    expect(scripts.length).toBeGreaterThan(1);
  });

  it('names no other origin anywhere', () => {
    expect(contentSecurityPolicy()).not.toMatch(/https?:|\*/);
  });

  it('hashes inline scripts and ignores scripts loaded from files', () => {
    expect(inlineScriptHashes('<script>alert(1)</script><script type="module" src="./a.js"></script>')).toEqual([
      "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
    ]);
  });
});

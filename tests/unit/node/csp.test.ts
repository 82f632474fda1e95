import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes } from '../../../src/node/csp.ts';

const directives = (policy: string) => new Map(policy.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('src/node/csp', () => {
  it('allows scripts only from the deck itself (the speaker view is the same page), and inline ones only by hash', () => {
    expect(directives(contentSecurityPolicy()).get('script-src')).toEqual(["'self'"]);
    const withHash = directives(contentSecurityPolicy(["'sha256-abc='"])).get('script-src') ?? [];
    expect(withHash).toEqual(["'self'", "'sha256-abc='"]);
    expect(withHash).not.toContain("'unsafe-inline'");
    expect(withHash).not.toContain("'unsafe-eval'");
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

import { describe, expect, it } from 'vitest';
import { singleFilePolicy } from '../../../src/node/csp.ts';

const directives = (policy: string) => new Map(policy.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('the single file\'s Content-Security-Policy', () => {
  it("admits scripts only by hash: no 'self', which on file:// is every local file", () => {
    const policy = directives(singleFilePolicy(["'sha256-abc='"]));
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain("'sha256-abc='");
    expect(scripts.every((source) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(source))).toBe(true);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    // Only the speaker view's previews, frames of this same file, need 'self'.
    for (const [name, sources] of policy) if (name !== 'frame-src') expect(sources, name).not.toContain("'self'");
  });

});

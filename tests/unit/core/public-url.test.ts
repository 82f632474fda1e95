import { describe, expect, it } from 'vitest';
import { checkPublicUrl } from '../../../src/core/render/qr.ts';

describe('checkPublicUrl (package.json "homepage")', () => {
  it('accepts a plain https address', () => {
    for (const url of ['https://example.org/talk/', 'https://example.org', 'https://talks.example.org:8443/deepseek/']) expect(checkPublicUrl(url)).toBe(url);
  });

  it('refuses a user name or password, and says how the line should read', () => {
    expect(() => checkPublicUrl('https://user:secret@example.org/talk/')).toThrow('must not carry a user name or password: they would be published in the QR code and the page. Make the line read "homepage": "https://example.org/talk/".');
    expect(() => checkPublicUrl('https://user@example.org')).toThrow('Make the line read "homepage": "https://example.org/".');
  });

  it('refuses a query or a fragment, with the line to fix', () => {
    expect(() => checkPublicUrl('https://example.org/talk/?utm_source=qr')).toThrow('must not carry a query or a fragment ("?utm_source=qr"): make the line read "homepage": "https://example.org/talk/".');
    expect(() => checkPublicUrl('https://example.org/talk/#/closing')).toThrow('("#/closing")');
  });

  it('refuses what is not a full https address, as before', () => {
    for (const url of ['http://example.org/', 'example.org', 'https://localhost/', 'https:///a', 'https://exa mple.org/', 'https://.org/']) {
      expect(() => checkPublicUrl(url), url).toThrow('must be a full https:// address');
    }
  });
});

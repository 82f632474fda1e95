import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, mayRoleSend, parseClientMessage } from '../../../src/core/live-protocol.ts';

const KEY = 'k'.repeat(22);

describe('the live relay reads what a window sends', () => {
  it.each([
    [{ type: 'hello', role: 'follower' }],
    [{ type: 'hello', role: 'remote', key: KEY }],
    [{ type: 'state', h: 3, v: 0, f: -1 }],
    [{ type: 'command', action: 'next' }],
    [{ type: 'command', action: 'goto', h: 2, v: 1 }],
    [{ type: 'sync' }],
  ])('accepts %j as it is', (message) => {
    expect(parseClientMessage(JSON.stringify(message))).toEqual({ ok: true, message });
  });

  it.each([
    ['not JSON', '{type:'],
    ['an array', '[1]'],
    ['null', 'null'],
    ['an unknown type', '{"type":"reload"}'],
    ['a role of its own', '{"type":"hello","role":"admin"}'],
    ['a remote without its key', '{"type":"hello","role":"remote"}'],
    ['a key of the wrong form', `{"type":"hello","role":"presenter","key":"short"}`],
    ['a fractional slide', '{"type":"state","h":1.5,"v":0,"f":-1}'],
    ['a negative slide', '{"type":"state","h":-1,"v":0,"f":-1}'],
    ['a huge slide', '{"type":"state","h":1e9,"v":0,"f":-1}'],
    ['a string index', '{"type":"command","action":"goto","h":"1","v":0}'],
    ['an extra field', '{"type":"command","action":"next","h":1}'],
    ['a prototype key', '{"type":"sync","__proto__":{"x":1}}'],
    ['an unknown action', '{"type":"command","action":"blackout"}'],
    ['too long a message', JSON.stringify({ type: 'sync', pad: 'x'.repeat(MAX_MESSAGE_BYTES) })],
  ])('refuses %s, saying why', (_what, text) => {
    const parsed = parseClientMessage(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/\w{3,}/);
  });

  it('lets only the presenter tell where the talk is, and only the presenter and the remote move it', () => {
    const state = { type: 'state', h: 1, v: 0, f: -1 } as const;
    const next = { type: 'command', action: 'next' } as const;
    expect([mayRoleSend('presenter', state), mayRoleSend('remote', state), mayRoleSend('follower', state)]).toEqual([true, false, false]);
    expect([mayRoleSend('presenter', next), mayRoleSend('remote', next), mayRoleSend('follower', next)]).toEqual([true, true, false]);
    expect(mayRoleSend('follower', { type: 'sync' })).toBe(true);
  });
});

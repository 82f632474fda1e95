import { describe, expect, it } from 'vitest';
import { date, deriver, num, range } from '../../../src/core/derive.ts';
import type { Fact } from '../../../src/core/model/facts.ts';

const registry = {
  hours: { claim: 'hours', value: num(2_788_000, 'gpu-hours'), sources: ['report'], confidence: 'verified' },
  rate: { claim: 'rate', value: num(2, 'usd-per-gpu-hour'), sources: ['report', 'blog'], confidence: 'verified' },
  loss: { claim: 'loss', value: range(589e9, 593e9, 'usd'), sources: ['wire'], confidence: 'verified' },
  gain: { claim: 'gain', value: num(260e9, 'usd'), sources: ['wire', 'paper'], confidence: 'single-source' },
  day: { claim: 'day', value: date('2025-01-27'), sources: ['wire'], confidence: 'verified' },
} as const satisfies Record<string, Fact>;

const derive = deriver(registry);

describe('src/core/derive: derived facts', () => {
  it('computes from its inputs, cites each input source once, and says it is derived', () => {
    const cost = derive('cost', ['hours', 'rate'], 'usd', (hours, rate) => hours * rate);
    expect(cost.value).toEqual({ type: 'number', value: 5_576_000, unit: 'usd' });
    expect(cost.sources).toEqual(['report', 'blog']);
    expect(cost.confidence).toBe('derived');
  });

  it('carries a disagreement through: a range in gives the range of results out', () => {
    const share = derive('share', ['gain', 'loss'], 'percent', (gain, loss) => (gain / loss) * 100, 'a note');
    expect(share.value.type).toBe('range');
    if (share.value.type !== 'range') return;
    expect(share.value.low).toBeCloseTo((260 / 593) * 100, 9);
    expect(share.value.high).toBeCloseTo((260 / 589) * 100, 9);
    expect(share.note).toBe('a note');
    expect(share.sources).toEqual(['wire', 'paper']);
  });

  it('tidies floating-point noise without touching real digits', () => {
    const tiny = deriver({ a: { claim: 'a', value: num(0.1, 'count'), sources: ['s'], confidence: 'verified' }, b: { claim: 'b', value: num(0.2, 'count'), sources: ['s'], confidence: 'verified' } });
    expect(tiny('sum', ['a', 'b'], 'count', (a, b) => a + b).value).toEqual({ type: 'number', value: 0.3, unit: 'count' });
  });

  it('refuses a date as an input and a result that is not a number', () => {
    expect(() => derive('x', ['day'], 'count', (d) => d)).toThrow(/"day" is a date/);
    expect(() => derive('x', ['hours'], 'count', () => Number.NaN)).toThrow(/not a finite number/);
  });
});

import { describe, expect, it } from 'vitest';
import { costModelChart, costModelRanges, costModelTotal } from '../../../slides/kinds/cost-model-math.ts';
import { factNumber } from '../../../slides/registry.ts';

describe('slides/kinds/cost-model (the talk’s own slide kind)', () => {
  it('prices the model: GPU-hours times the rate, plus the hardware when it is switched on', () => {
    const defaults = { hours: 2_788_000, rate: 2, hardware: 1.6e9 };
    expect(costModelTotal(defaults, { hours: 2_788_000, rate: 2, withHardware: false })).toBe(5_576_000);
    expect(costModelTotal(defaults, { hours: 2_788_000, rate: 2, withHardware: true })).toBe(1.6e9 + 5_576_000);
    const off = costModelChart('c', defaults, { hours: 2_788_000, rate: 2, withHardware: false }, 'Alt.');
    expect(off.series[0]!.values).toEqual([5_576_000, 0]);
    expect(off.series[0]!.display).toEqual(['$5.6M', 'not added']);
  });

  it('gives the sliders ranges that hold the defaults on their steps', () => {
    const defaults = { hours: factNumber('v3-total-hrs-stated'), rate: factNumber('v3-rate'), hardware: 1 };
    const ranges = costModelRanges(defaults);
    for (const key of ['hours', 'rate'] as const) {
      const { min, max, step } = ranges[key];
      expect(min).toBeLessThan(defaults[key]);
      expect(max).toBeGreaterThan(defaults[key]);
      const steps = (defaults[key] - min) / step;
      expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
    }
    // Llama 3.1 405B's compute is within reach, so a reader can price it too.
    expect(ranges.hours.max).toBeGreaterThan(factNumber('cmp-llama405-hrs'));
  });
});

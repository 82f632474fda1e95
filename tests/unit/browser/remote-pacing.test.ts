import { describe, expect, it } from 'vitest';
import { clock, pacing } from '../../../src/browser/remote/pacing.ts';

describe("the remote's pacing against the slides' planned seconds", () => {
  const plan = [60, 60, 60];
  it('is on time within the current slide’s planned span, late past it, very late a minute past', () => {
    expect(pacing(plan, 1, 90).pace).toBe('on-time');
    expect(pacing(plan, 1, 150)).toEqual({ pace: 'late', offBy: 30, planned: 180 });
    expect(pacing(plan, 1, 200).pace).toBe('very-late');
  });
  it('is early only when well before the slide’s planned start', () => {
    expect(pacing(plan, 2, 100).pace).toBe('on-time');
    expect(pacing(plan, 2, 60)).toEqual({ pace: 'early', offBy: -60, planned: 180 });
  });
  it('writes the clock as m:ss, or h:mm:ss past an hour', () => {
    expect([clock(0), clock(75), clock(3725), clock(-3)]).toEqual(['0:00', '1:15', '1:02:05', '0:00']);
  });
});

import { describe, expect, it } from 'vitest';
import { RehearsalRun } from '../../../src/browser/speaker/rehearsal-run.ts';
import { clock, talkPace } from '../../../src/browser/speaker/pacing.ts';
import type { Outline } from '../../../src/browser/speaker/outline.ts';

describe('the speaker view’s rehearsal run (src/browser/speaker/rehearsal-run.ts)', () => {
  const outline = {
    talk: 'A talk',
    slides: [
      { id: 'a', title: 'A', plannedSeconds: 30 },
      { id: 'b', title: 'B', plannedSeconds: 60 },
      { id: 'c', title: 'C', plannedSeconds: 10 },
    ],
  } as unknown as Outline;

  it('books each slide’s time, a return visit added, a pause for questions apart, every slide listed', () => {
    const run = new RehearsalRun('a', 0);
    run.enter('b', 20_000);
    run.setPaused(true, 50_000);
    run.setPaused(false, 80_000);
    run.enter('a', 90_000);
    run.enter('b', 95_000);
    run.stop(100_000);
    // Stopped: time goes on nowhere.
    expect(run.result(outline, 500_000)).toEqual({
      talk: 'A talk',
      date: '1970-01-01T00:00:00.000Z',
      pausedSeconds: 30,
      slides: [
        { id: 'a', title: 'A', plannedSeconds: 30, actualSeconds: 25 },
        { id: 'b', title: 'B', plannedSeconds: 60, actualSeconds: 45 },
        { id: 'c', title: 'C', plannedSeconds: 10, actualSeconds: 0 },
      ],
    });
  });
});

describe('pacing (src/browser/speaker/pacing.ts)', () => {
  const slides = [{ plannedSeconds: 30 }, { plannedSeconds: 60 }, { plannedSeconds: 10 }];
  it('is on track within the slide’s planned window, ahead before it, behind after it', () => {
    expect(talkPace(slides, 1, 10)).toEqual({ pace: 'ahead', bySeconds: 20 });
    expect(talkPace(slides, 1, 45)).toEqual({ pace: 'on-track', bySeconds: 0 });
    expect(talkPace(slides, 1, 100)).toEqual({ pace: 'behind', bySeconds: 10 });
  });
  it('writes times as a speaker reads them', () => {
    expect([clock(5), clock(75), clock(3725), clock(-10)]).toEqual(['0:05', '1:15', '1:02:05', '-0:10']);
  });
});

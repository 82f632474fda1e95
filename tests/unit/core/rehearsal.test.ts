import { describe, expect, it } from 'vitest';
import { parseRehearsal, rehearsalFileName, toRehearsal } from '../../../src/core/rehearsal.ts';

const RUN = {
  talk: 'A talk',
  date: '2026-12-01T18:30:00Z',
  pausedSeconds: 0,
  slides: [{ id: 'title', title: 'Title', plannedSeconds: 30, actualSeconds: 31 }],
};

describe('src/core/rehearsal: the schema of rehearsals/*.json', () => {
  it('reads a valid run as it is', () => {
    expect(parseRehearsal(JSON.stringify(RUN), 'r.json')).toEqual(RUN);
  });

  it.each([
    [{ ...RUN, talk: '' }, 'talk must be a non-empty string, got "".'],
    [{ ...RUN, date: '1 Dec 2026' }, 'date must be an ISO date-time such as "2026-12-01T18:30:00Z", got "1 Dec 2026".'],
    [{ ...RUN, pausedSeconds: -1 }, 'pausedSeconds must be a number of seconds from 0 to 86400, got -1.'],
    [{ ...RUN, slides: [] }, 'slides must be a non-empty list of { id, title, plannedSeconds, actualSeconds }, got [].'],
    [{ ...RUN, slides: [{ ...RUN.slides[0], plannedSeconds: null }] }, 'slides[0].plannedSeconds must be a number of seconds from 0 to 86400, got null.'],
    [{ ...RUN, slides: [{ ...RUN.slides[0], id: 'a b' }] }, 'slides[0].id must be a slide id (letters, digits, hyphens), got "a b".'],
    [{ ...RUN, slides: [RUN.slides[0], RUN.slides[0]] }, 'slides[1].id "title" appears twice: each slide is listed once, its visits added up.'],
  ])('names the field that is wrong: %#', (value, message) => {
    expect(() => toRehearsal(value)).toThrow(message);
    expect(() => parseRehearsal(JSON.stringify(value), 'rehearsals/x.json')).toThrow(`rehearsals/x.json: ${message}`);
  });

  it('says when a file is not JSON at all', () => {
    expect(() => parseRehearsal('{', 'rehearsals/x.json')).toThrow(/^rehearsals\/x\.json: not JSON/);
  });

  it('names a file by the run’s start, with no colon in it', () => {
    expect(rehearsalFileName('2026-12-01T18:30:05.123Z')).toBe('2026-12-01T18-30-05Z.json');
  });
});

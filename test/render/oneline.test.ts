/** now --oneline's line from literal data: at most 60 columns at every minute of the summit, on any clock. */
import fc from 'fast-check';
import { filterSessions, whatsOn } from '../../src/core/agenda';
import { Zones } from '../../src/core/time';
import { ONELINE_WIDTH, renderOneline, shortSpan } from '../../src/render/oneline';
import { CONFERENCE } from '../literal';

const zones = new Zones();
const clock = (zone: string) => ({ zone, venueZone: 'America/New_York', zones });

describe('renderOneline', () => {
  it('fits in 60 columns at any minute from the day before to the day after, either track, any of these zones, either alphabet', () => {
    const start = new Date('2007-04-16T00:00:00Z').getTime();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 * 24 * 60 }),
        fc.constantFrom(undefined, 'A', 'B'),
        fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Kolkata', 'Pacific/Chatham'),
        fc.boolean(),
        (minute, track, zone, unicode) => {
          const sessions = filterSessions(CONFERENCE.sessions, { track });
          const line = renderOneline(whatsOn(sessions, CONFERENCE.days, new Date(start + minute * 60_000)), CONFERENCE.title, clock(zone), unicode);
          expect(line.endsWith('\n')).toBe(true);
          expect(line.slice(0, -1)).not.toContain('\n');
          expect([...line.slice(0, -1)].length).toBeLessThanOrEqual(ONELINE_WIDTH);
          if (!unicode) expect(line).toMatch(/^[\x20-\x7e]*\n$/);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a very long title is cut, the line still fits', () => {
    const long = CONFERENCE.sessions.map((s) => (s.id === 'tue-2a' ? { ...s, title: 'x'.repeat(200) } : s));
    const line = renderOneline(whatsOn(long, CONFERENCE.days, new Date('2007-04-17T14:45:00Z')), CONFERENCE.title, clock('America/New_York'), true);
    expect(line).toBe(`▶ S2 A: ${'x'.repeat(14)}… · B: Misc I · 1h45 left · next 13:30\n`);
  });
});

describe('shortSpan', () => {
  it.each([
    [0, '0 min'],
    [59, '59 min'],
    [60, '1h00'],
    [105, '1h45'],
    [24 * 60 - 1, '23h59'],
    [24 * 60 + 125, '1d2h'],
  ])('%i minutes: %s', (minutes, text) => {
    const from = new Date('2007-04-17T12:00:00Z');
    expect(shortSpan(from, new Date(from.getTime() + minutes * 60_000 + 30_000))).toBe(text);
  });
});

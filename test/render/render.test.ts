/** Renderers with colour off: exact strings. */
import { byDay, filterSessions, whatsOn } from '../../src/core/agenda';
import { queryStats } from '../../src/core/stats';
import { Zones } from '../../src/core/time';
import { CONFERENCE as summit } from '../literal';
import { loadBundled } from '../../src/io/load';

// The deck's own tables, for the renderers of stats and the changelog.
const deck = loadBundled(new Zones());
import { renderNow } from '../../src/render/now';
import { renderSchedule } from '../../src/render/schedule';
import { renderStatsChart, renderStatsTable } from '../../src/render/stats';
import { renderChangelog } from '../../src/render/changelog';
import { json, nowJson, sessionJson } from '../../src/render/json';
import { plain, type RenderContext } from '../../src/render/style';
import { pruneChangelog } from '../../src/core/search';

const NY = 'America/New_York';
const zones = new Zones();
const clock = (zone: string) => ({ zone, venueZone: NY, zones });
const ctx: RenderContext = { style: plain, clock: clock(NY), width: 80 };
const jsonClock = { zones, venueZone: NY };
const now = (iso: string, c = ctx, sessions = summit.sessions) => renderNow(whatsOn(sessions, summit.days, new Date(iso)), c);

describe('renderNow', () => {
  it('during Session 2: both rooms with chair, range and time left, then what is next', () => {
    expect(now('2007-04-17T14:45:00Z')).toBe(
      [
        'Tue 17 Apr 2007, 10:45 EDT',
        '',
        'On now',
        '  Track A · Yorktown Auditorium',
        '    Session 2: I/O Virtualization',
        '    10:30–12:30 · 1 h 45 min left · Chair: Muli Ben Yehuda',
        '  Track B · Meeting Room #2',
        '    Session 2: Misc I',
        '    10:30–12:30 · 1 h 45 min left · Chair: Clyde Griffin',
        '',
        'Next: Tue 17 Apr 2007, 13:30 EDT, in 2 h 45 min',
        '  Track A · Yorktown Auditorium',
        '    Session 3: Xen Distros · Chair: Brian Stein',
        '  Track B · Meeting Room #2',
        '    Session 3: Misc II · Chair: Nils Nieuwejaar',
        '',
      ].join('\n'),
    );
  });

  it('before the summit: the countdown to the plenary', () => {
    expect(now('2007-04-16T12:00:00Z')).toBe(
      [
        'Mon 16 Apr 2007, 08:00 EDT',
        'The summit has not begun: it opens Tue 17 Apr 2007, 08:00 EDT, in 1 day.',
        '',
        'Next: Tue 17 Apr 2007, 08:00 EDT, in 1 day',
        '  Everyone · Yorktown Auditorium',
        '    Session 0: Intro/plenary · no chair given',
        '',
      ].join('\n'),
    );
  });

  it('overnight: the day is over, Wednesday is next', () => {
    expect(now('2007-04-18T02:00:00Z').split('\n').slice(0, 4)).toEqual([
      'Tue 17 Apr 2007, 22:00 EDT',
      "Today's programme is over.",
      '',
      'Next: Wed 18 Apr 2007, 08:25 EDT, in 10 h 25 min',
    ]);
  });

  it('early on Wednesday: the day has not started', () => {
    expect(now('2007-04-18T11:00:00Z').split('\n')[1]).toBe("Today's programme has not started yet.");
  });

  it('in a break within the day', () => {
    expect(now('2007-04-17T14:10:00Z').split('\n').slice(0, 3)).toEqual([
      'Tue 17 Apr 2007, 10:10 EDT',
      'A break between sessions.',
      '',
    ]);
  });

  it('the open-ended BOF: until the end of the day, where the deck gives no room', () => {
    expect(now('2007-04-18T21:00:00Z')).toBe(
      [
        'Wed 18 Apr 2007, 17:00 EDT',
        '',
        'On now',
        '  Everyone · room not given in the deck',
        '    BOF Sessions (TBD)',
        '    from 15:30 · no set end: 7 h left in the day · no chair given',
        '',
      ].join('\n'),
    );
  });

  it('after the summit: when it ended, how long ago, and how to use --at', () => {
    // Wide, so that no line wraps (wrapping is tested in cli.test.ts).
    expect(now('2007-04-20T16:00:00Z', { ...ctx, width: 200 })).toBe(
      [
        'Fri 20 Apr 2007, 12:00 EDT',
        'The summit is over: it ended Thu 19 Apr 2007, 00:00 EDT (the end of its last day: the last sessions had no set end), 1 day 12 h ago.',
        'To see a moment of it, pass --at, for example: xensummit now --at "tue 08:30"',
        '',
      ].join('\n'),
    );
  });

  it('on another clock: that zone first, the venue beside, with a mark when the date differs', () => {
    const london = { ...ctx, clock: clock('Europe/London'), width: 200 };
    const text = now('2007-04-17T23:30:00Z', london);
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Wed 18 Apr 2007, 00:30 GMT+1 (Tue 19:30 EDT at the venue)',
      '',
      'On now',
      '  Everyone · room not given in the deck',
      '    Dinner and Billiards',
      '    23:00–02:00 (+1d) GMT+1 · 18:00–21:00 EDT at the venue · 1 h 30 min left · no chair given',
    ]);
  });

  it('shows Asia/Kolkata at +05:30 and Sydney on AEST', () => {
    const kolkata = { ...ctx, clock: clock('Asia/Kolkata') };
    expect(now('2007-04-17T14:45:00Z', kolkata).split('\n')[0]).toBe('Tue 17 Apr 2007, 20:15 GMT+5:30 (Tue 10:45 EDT at the venue)');
    const sydney = { ...ctx, clock: clock('Australia/Sydney') };
    expect(now('2007-04-17T14:45:00Z', sydney).split('\n')[0]).toBe('Wed 18 Apr 2007, 00:45 GMT+10 (Tue 10:45 EDT at the venue)');
  });
});

describe('renderSchedule', () => {
  const days = (sessions = summit.sessions) => byDay(summit.days, sessions);

  it('puts the two tracks of Tuesday side by side', () => {
    const text = renderSchedule(days().slice(0, 1), summit.rooms, ctx);
    expect(text.split('\n').slice(0, 8)).toEqual([
      'Tuesday 17 April 2007 (2007-04-17, times in EDT)',
      '  Time         Track A · Yorktown Auditorium    Track B · Meeting Room #2',
      '  08:00–08:15  Session 0: Intro/plenary',
      '               Everyone · Yorktown Auditorium · no chair given',
      '  08:15–10:00  Session 1: Xen Core              Session 1: Ports',
      '               Chair: Tim Deegan                Chair: Jimi Xenidis',
      '  10:30–12:30  Session 2: I/O Virtualization    Session 2: Misc I',
      '               Chair: Muli Ben Yehuda           Chair: Clyde Griffin',
    ]);
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('lists one track as a list, and fits a narrow terminal', () => {
    const narrow = { ...ctx, width: 50 };
    const text = renderSchedule(days(filterSessions(summit.sessions, { track: 'B', date: '2007-04-18' })), summit.rooms, narrow);
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Wednesday 18 April 2007 (2007-04-18, times in EDT)',
      '  08:25–10:00  Session 5: CPU Roadmaps Smart I/O',
      '               Everyone · room not given in the',
    ]);
    for (const line of text.split('\n').slice(1)) expect([...line].length).toBeLessThanOrEqual(50);
  });
});

describe('renderStats', () => {
  it('right-aligns numbers with separators, shares, and a totals row over all rows', () => {
    const text = renderStatsTable(queryStats(deck.stats!.rows, { sort: 'checkins', top: 2 }), 'Stats', ctx);
    expect(text).toBe(
      [
        'Stats',
        'Domain               Aliases  Check-ins   Share  Insertions   Share',
        'xensource.com             23      3,000   50.3%     550,450   61.4%',
        'ibm.com                   36        555    9.3%      63,967    7.1%',
        'Total (all 18 rows)      204      5,959  100.0%     896,616  100.0%',
        '',
      ].join('\n'),
    );
  });

  it('drops the share columns on a narrow terminal', () => {
    const text = renderStatsTable(queryStats(deck.stats!.rows, { top: 1 }), 'Stats', { ...ctx, width: 50 });
    expect(text.split('\n').slice(1, 3)).toEqual([
      'Domain               Aliases  Check-ins  Insertions',
      'xensource.com             23      3,000     550,450',
    ]);
  });

  it('draws bars fitted to the width, the longest for the largest value', () => {
    const text = renderStatsChart(queryStats(deck.stats!.rows, { sort: 'insertions', top: 3 }), 'insertions', 'Stats', { ...ctx, width: 40 });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('Insertions by domain, Stats');
    expect(lines[1]).toBe(`xensource.com  550,450  ${'█'.repeat(15)}`);
    expect(lines[2].startsWith('ibm.com         63,967  █▊')).toBe(true);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(40);
  });
});

describe('renderChangelog', () => {
  it('keeps the nesting, and --grep keeps the parents of a match', () => {
    const text = renderChangelog(pruneChangelog(deck.changelog!, 'PAM'), ctx);
    expect(text).toBe(['Further items (a slide with no title, after the benchmark charts)', '  - XenAPI 1.0 support', '    - PAM authentication', ''].join('\n'));
  });
});

describe('JSON', () => {
  it('is indented for a person, and compact for a program', () => {
    expect(json([{ a: 1 }, { b: [2] }], true)).toBe('[\n  {\n    "a": 1\n  },\n  {\n    "b": [\n      2\n    ]\n  }\n]\n');
    expect(json([{ a: 1 }, { b: [2] }], false)).toBe('[{"a":1},{"b":[2]}]\n');
    expect(json([], false)).toBe('[]\n');
  });

  it('gives sessions with the venue offset, and null where the deck gives nothing', () => {
    const bof = summit.sessions.find((s) => s.id === 'wed-bof')!;
    expect(sessionJson(bof, jsonClock)).toEqual({
      id: 'wed-bof', date: '2007-04-18', start: '2007-04-18T15:30:00-04:00', end: null,
      track: null, room: null, number: null, title: 'BOF Sessions', chair: null,
    });
  });

  it('gives now with its phase', () => {
    const out = JSON.parse(nowJson(whatsOn(summit.sessions, summit.days, new Date('2007-04-17T14:45:00Z')), jsonClock, true));
    expect(out.at).toBe('2007-04-17T10:45:00-04:00');
    expect(out.phase).toBe('during');
    expect(out.now.map((s: { id: string }) => s.id)).toEqual(['tue-2a', 'tue-2b']);
    expect(out.next[0].start).toBe('2007-04-17T13:30:00-04:00');
  });
});

/** The board's frames as strings, from literal data and instants, colour off unless said. */
import fc from 'fast-check';
import { Zones } from '../../src/core/time';
import { filterSessions } from '../../src/core/agenda';
import { boardFooter, renderBoard, type Size } from '../../src/render/board';
import { paint } from '../../src/render/paint';
import { plain, type Style } from '../../src/render/style';
import { CONFERENCE } from '../literal';

const NY = 'America/New_York';
const zones = new Zones();
const clock = (zone = NY) => ({ zone, venueZone: NY, zones });
const frame = (iso: string, size: Size, more: { footer?: string; zone?: string; style?: Style; track?: string } = {}) =>
  renderBoard({
    conference: CONFERENCE,
    sessions: more.track === undefined ? CONFERENCE.sessions : filterSessions(CONFERENCE.sessions, { track: more.track }),
    at: new Date(iso),
    size,
    clock: clock(more.zone),
    style: more.style ?? plain,
    footer: more.footer,
  });
const lines = (text: string) => text.replace(/\n$/, '').split('\n');
const blank = (n: number) => Array.from({ length: n }, () => '');

describe('the board at 80 x 24', () => {
  it('at 10:30, the moment Session 2 begins: both rooms, an empty bar, "began just now", the footer on the last row', () => {
    expect(lines(frame('2007-04-17T14:30:00Z', { columns: 80, rows: 24 }, { footer: 'q quit' }))).toEqual([
      'Xen Summit · IBM TJ Watson                           Tue 17 Apr 2007 · 10:30 EDT',
      '',
      'Track A · Yorktown Auditorium            Track B · Meeting Room #2',
      '─────────────────────────────            ─────────────────────────',
      'NOW · began just now                     NOW · began just now',
      'Session 2: I/O Virtualization            Session 2: Misc I',
      'Chair: Muli Ben Yehuda                   Chair: Clyde Griffin',
      '10:30–12:30 · 2 h left                   10:30–12:30 · 2 h left',
      '░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░   ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░',
      '',
      'NEXT · 13:30, in 3 h                     NEXT · 13:30, in 3 h',
      'Session 3: Xen Distros                   Session 3: Misc II',
      'Chair: Brian Stein                       Chair: Nils Nieuwejaar',
      '',
      'LATER                                    LATER',
      '15:45 Session 4: Network Arch            15:45 Session 4: Security',
      '18:00 Dinner and Billiards               18:00 Dinner and Billiards',
      ...blank(6),
      'q quit',
    ]);
  });

  it('at 10:20, a break: "in 10 min" to Session 2 in each room', () => {
    expect(lines(frame('2007-04-17T14:20:00Z', { columns: 80, rows: 24 }))).toEqual([
      'Xen Summit · IBM TJ Watson                           Tue 17 Apr 2007 · 10:20 EDT',
      '',
      'Track A · Yorktown Auditorium            Track B · Meeting Room #2',
      '─────────────────────────────            ─────────────────────────',
      'NOW                                      NOW',
      'Nothing on: a break.                     Nothing on: a break.',
      '',
      'NEXT · 10:30, in 10 min                  NEXT · 10:30, in 10 min',
      'Session 2: I/O Virtualization            Session 2: Misc I',
      'Chair: Muli Ben Yehuda                   Chair: Clyde Griffin',
      '',
      'LATER                                    LATER',
      '13:30 Session 3: Xen Distros             13:30 Session 3: Misc II',
      '15:45 Session 4: Network Arch            15:45 Session 4: Security',
      '18:00 Dinner and Billiards               18:00 Dinner and Billiards',
    ]);
  });

  it('the plenary, seen from Track B, says where it is; "began N min ago" counts the minutes', () => {
    expect(lines(frame('2007-04-17T12:05:00Z', { columns: 80, rows: 24 })).slice(4, 10)).toEqual([
      'NOW · began 5 min ago                    NOW · began 5 min ago',
      'Session 0: Intro/plenary                 Session 0: Intro/plenary',
      'Everyone · Yorktown Auditorium           Everyone · Yorktown Auditorium',
      'no chair given                           no chair given',
      '08:00–08:15 · 10 min left                08:00–08:15 · 10 min left',
      '████████████▋░░░░░░░░░░░░░░░░░░░░░░░░░   ████████████▋░░░░░░░░░░░░░░░░░░░░░░░░░',
    ]);
  });

  it('after ten minutes a session no longer says when it began', () => {
    expect(lines(frame('2007-04-17T14:40:00Z', { columns: 80, rows: 24 }))[4]).toBe('NOW                                      NOW');
  });

  it('the open-ended BOF: one lane for everyone, no end and no bar', () => {
    expect(lines(frame('2007-04-18T20:00:00Z', { columns: 80, rows: 24 }))).toEqual([
      'Xen Summit · IBM TJ Watson                           Wed 18 Apr 2007 · 16:00 EDT',
      '',
      'Everyone · room not given in the deck',
      '─────────────────────────────────────',
      'NOW',
      'BOF Sessions (TBD)',
      'no chair given',
      'from 15:30 · no end time in the deck',
    ]);
  });

  it('overnight: one lane, what opens Wednesday and the rest of that day', () => {
    expect(lines(frame('2007-04-18T02:00:00Z', { columns: 80, rows: 24 })).slice(2)).toEqual([
      'Everyone · room not given in the deck',
      '─────────────────────────────────────',
      'NOW',
      "Nothing on: today's programme is over.",
      '',
      'NEXT · Wed 08:25, in 10 h 25 min',
      'Session 5: CPU Roadmaps Smart I/O',
      'Chair: Ian Pratt',
      '',
      'LATER',
      '10:30 Session 6: XenAPI, HVM I/O, Graphics',
      '13:30 Session 7: Paravirt_ops, VM checkpointing, Xen on SGI, Xen Roadmap',
      '15:30 BOF Sessions (TBD)',
    ]);
  });

  it('before the summit and after it', () => {
    expect(lines(frame('2007-04-17T11:00:00Z', { columns: 80, rows: 24 })).slice(4, 8)).toEqual([
      'NOW                                      NOW',
      'The summit has not begun.                The summit has not begun.',
      '',
      'NEXT · 08:00, in 1 h                     NEXT · 08:00, in 1 h',
    ]);
    expect(lines(frame('2007-04-19T05:00:00Z', { columns: 80, rows: 24 }))).toEqual([
      'Xen Summit · IBM TJ Watson                           Thu 19 Apr 2007 · 01:00 EDT',
      '',
      'The summit is over. To rehearse it: xensummit board --at "tue 08:00" --speed 60',
    ]);
  });

  it('--tz: the venue clock, and the other one beside', () => {
    expect(lines(frame('2007-04-17T14:45:00Z', { columns: 80, rows: 24 }, { zone: 'Europe/London' }))[0]).toBe(
      'Xen Summit · IBM TJ Watson             Tue 17 Apr 2007 · 10:45 EDT · 15:45 GMT+1',
    );
    expect(lines(frame('2007-04-17T14:45:00Z', { columns: 80, rows: 24 }, { zone: 'Australia/Sydney' }))[0]).toBe(
      'Xen Summit · IBM TJ Watson      Tue 17 Apr 2007 · 10:45 EDT · 00:45 (+1d) GMT+10',
    );
  });

  it('--track B: one column, its room', () => {
    expect(lines(frame('2007-04-17T14:45:00Z', { columns: 80, rows: 24 }, { track: 'B' })).slice(2, 6)).toEqual([
      'Track B · Meeting Room #2',
      '─────────────────────────',
      'NOW',
      'Session 2: Misc I',
    ]);
  });
});

describe('the board at 200 x 50', () => {
  it('two wide columns, bars of 60 cells, the footer on row 50', () => {
    const f = lines(frame('2007-04-17T14:45:00Z', { columns: 200, rows: 50 }, { footer: 'q quit' }));
    expect(f).toHaveLength(50);
    expect(f[0]).toBe(`Xen Summit · IBM TJ Watson${' '.repeat(147)}Tue 17 Apr 2007 · 10:45 EDT`);
    expect(f[2]).toBe(`Track A · Yorktown Auditorium${' '.repeat(72)}Track B · Meeting Room #2`);
    expect(f[7]).toBe(`10:30–12:30 · 1 h 45 min left${' '.repeat(72)}10:30–12:30 · 1 h 45 min left`);
    const bar = `███████▌${'░'.repeat(52)}`;
    expect(f[8]).toBe(`${bar}${' '.repeat(41)}${bar}`);
    expect(f[49]).toBe('q quit');
  });

  it('a long title stays on one line', () => {
    expect(lines(frame('2007-04-18T17:45:00Z', { columns: 200, rows: 50 }))[5]).toBe('Session 7: Paravirt_ops, VM checkpointing, Xen on SGI, Xen Roadmap');
  });
});

describe('narrow and short screens', () => {
  it('40 x 20: the rooms one after the other; what is on now in both before what is next in either', () => {
    expect(lines(frame('2007-04-17T14:36:00Z', { columns: 40, rows: 20 }))).toEqual([
      'Tue 17 Apr 2007 · 10:36 EDT',
      '',
      'Track A · Yorktown Auditorium',
      '─────────────────────────────',
      'NOW · began 6 min ago',
      'Session 2: I/O Virtualization',
      'Chair: Muli Ben Yehuda',
      '10:30–12:30 · 1 h 54 min left',
      '██░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░',
      '',
      'Track B · Meeting Room #2',
      '─────────────────────────',
      'NOW · began 6 min ago',
      'Session 2: Misc I',
      'Chair: Clyde Griffin',
      '10:30–12:30 · 1 h 54 min left',
      '██░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░',
    ]);
  });

  it('24 x 10: titles wrapped, the clock alone at the top', () => {
    expect(lines(frame('2007-04-18T17:45:00Z', { columns: 24, rows: 10 }))).toEqual([
      '13:45 EDT',
      '',
      'Everyone · room not',
      'given in the deck',
      '────────────────────────',
      'NOW',
      'Session 7: Paravirt_ops,',
      'VM checkpointing, Xen on',
      'SGI, Xen Roadmap',
      'Chair: Keir Fraser',
    ]);
  });

  it('12 x 4: the clock and the footer', () => {
    expect(lines(frame('2007-04-17T14:36:00Z', { columns: 12, rows: 4 }, { footer: 'q quit' }))).toEqual(['10:36 EDT', '', '', 'q quit']);
  });

  it('any size, any moment: never more lines than rows, never a line wider than the screen', () => {
    const start = new Date('2007-04-16T00:00:00Z').getTime();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 240 }), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 0, max: 4 * 24 * 60 }), fc.boolean(), (columns, rows, minute, footer) => {
        const f = lines(frame(new Date(start + minute * 60_000).toISOString(), { columns, rows }, { footer: footer ? 'q quit' : undefined }));
        expect(f.length).toBeLessThanOrEqual(rows);
        for (const line of f) expect([...line].length).toBeLessThanOrEqual(columns);
      }),
      { numRuns: 300 },
    );
  });
});

describe('wide characters', () => {
  // The same conference, its words in Japanese: two columns a character.
  const WIDE = {
    ...CONFERENCE,
    title: 'ゼン・サミット',
    venue: { ...CONFERENCE.venue, name: 'ワトソン研究所' },
    sessions: CONFERENCE.sessions.map((s) => ({ ...s, title: `${s.title}：仮想化の話`, room: s.room === null ? null : `第${s.room}会議室`, chair: s.chair === null ? null : `${s.chair}（座長）` })),
  };
  const wideFrame = (iso: string, size: Size) =>
    renderBoard({ conference: WIDE, sessions: WIDE.sessions, at: new Date(iso), size, clock: clock(), style: plain });
  const columnsOf = (line: string) => (require('string-width') as (t: string) => number)(line);

  it('are laid out by the columns they take: the rooms side by side stay aligned', () => {
    const f = lines(wideFrame('2007-04-17T14:36:00Z', { columns: 100, rows: 30 }));
    for (const line of f) expect(columnsOf(line)).toBeLessThanOrEqual(100);
    // The second room's column starts at the same screen column on every line that has it.
    const second = f.flatMap((l) => {
      const word = ['15:45', '18:00', 'NOW', 'NEXT', 'LATER', 'Session', 'Chair'].find((w) => l.indexOf(w) !== l.lastIndexOf(w));
      return word === undefined ? [] : [columnsOf(l.slice(0, l.lastIndexOf(word)))];
    });
    expect(second.length).toBeGreaterThan(8);
    expect(new Set(second).size).toBe(1);
  });

  it('any size, any moment: never a line wider than the screen', () => {
    const start = new Date('2007-04-16T00:00:00Z').getTime();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 240 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 4 * 24 * 60 }), (columns, rows, minute) => {
        const f = lines(wideFrame(new Date(start + minute * 60_000).toISOString(), { columns, rows }));
        expect(f.length).toBeLessThanOrEqual(rows);
        for (const line of f) expect(columnsOf(line)).toBeLessThanOrEqual(columns);
      }),
      { numRuns: 300 },
    );
  });
});

describe('colour is an accent', () => {
  it('the same text with colour, only painted', () => {
    const coloured = frame('2007-04-17T14:45:00Z', { columns: 80, rows: 24 }, { style: paint(1) });
    expect(coloured).toMatch(/\x1b\[/);
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(frame('2007-04-17T14:45:00Z', { columns: 80, rows: 24 }));
  });

  it('the footer names the keys, and a rehearsal its speed and start', () => {
    expect(boardFooter(1, new Date('2007-04-17T14:20:00Z'), clock())).toBe('q quit');
    expect(boardFooter(60, new Date('2007-04-17T14:20:00Z'), clock())).toBe('q quit · rehearsal: 60× from Tue 10:20');
  });
});

/**
 * board and now --oneline through run(io): a fake terminal with a literal clock drives the live board
 * (minutes passing, a resize, keys, signals) and the tests check the frames and what restores the terminal.
 */
import { run } from '../src/cli';
import { ENTER, LEAVE } from '../src/live/terminal';
import { FakeTerminal, settle } from './fake-terminal';
import { join } from 'node:path';
import { cli, expectUsage, LATER, tempFolder, withSuiteCache } from './run';

/** The text drawn on the screen, frame by frame (each frame starts at the top left), colour taken off. */
const frames = (written: string) =>
  written
    .split('\x1b[H')
    .slice(1)
    .map((f) => f.replace(/\x1b\[\?[0-9;]*[hl]/g, '').replace(/\x1b\[[0-9;]*[JKm]/g, '').split('\r\n'));

/** Starts `board` on a fake terminal (80 x 24 unless said) whose real clock reads LATER. */
function start(args: string[], terminal = new FakeTerminal({ now: LATER }), env: Record<string, string> = {}) {
  const done = cli(['board', ...args], { isTTY: true, terminal, env, now: LATER });
  return { terminal, done };
}

describe('board on a terminal', () => {
  it('rehearses from 10:20 at 60x: both rooms, Session 2 at 10:30, a redraw on resize, q restores and exits 0', async () => {
    const { terminal, done } = start(['--at', 'tues 10:20', '--speed', '60']);
    await settle();
    expect(terminal.written.startsWith(ENTER)).toBe(true);
    expect(terminal.raw).toBe(true);
    expect(terminal.written).toContain('\x1b[1mXen Summit · IBM TJ Watson\x1b[22m');
    let shown = frames(terminal.written);
    expect(shown).toHaveLength(1);
    expect(shown[0][0]).toBe('Xen Summit · IBM TJ Watson                           Tue 17 Apr 2007 · 10:20 EDT');
    expect(shown[0][2]).toBe('Track A · Yorktown Auditorium            Track B · Meeting Room #2');
    expect(shown[0]).toHaveLength(24);
    expect(shown[0][23]).toBe('q quit · rehearsal: 60× from Tue 10:20');

    // One summit minute a second: ten real seconds later it is 10:30, one frame a minute.
    await terminal.advance(10_000);
    shown = frames(terminal.written);
    expect(shown).toHaveLength(11);
    expect(shown[10][0]).toContain('10:30 EDT');
    expect(shown[10][4]).toBe('NOW · began just now                     NOW · began just now');
    expect(shown[10][5]).toBe('Session 2: I/O Virtualization            Session 2: Misc I');

    await terminal.resize(40, 20);
    shown = frames(terminal.written);
    expect(shown).toHaveLength(12);
    expect(shown[11]).toHaveLength(20);
    expect(shown[11][0]).toBe('Tue 17 Apr 2007 · 10:30 EDT');
    expect(shown[11][2]).toBe('Track A · Yorktown Auditorium');
    for (const line of shown[11]) expect([...line].length).toBeLessThanOrEqual(40);

    await terminal.key('q');
    const r = await done;
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(terminal.written.endsWith(LEAVE)).toBe(true);
    expect(terminal.raw).toBe(false);
    expect(terminal.attached).toBe(0);
  });

  it('without --at or --speed it reads the real clock and redraws on its minute', async () => {
    const terminal = new FakeTerminal({ now: '2007-04-17T14:44:30Z' });
    const done = cli(['board'], { isTTY: true, terminal, now: '2007-04-17T14:44:30Z' });
    await settle();
    await terminal.advance(29_999);
    expect(frames(terminal.written)).toHaveLength(1);
    await terminal.advance(1);
    const shown = frames(terminal.written);
    expect(shown).toHaveLength(2);
    expect(shown[1][0]).toContain('10:45 EDT');
    expect(shown[1][23]).toBe('q quit');
    await terminal.key('Q');
    expect((await done).status).toBe(0);
  });

  it.each([
    ['Ctrl-C', 130, (t: FakeTerminal) => t.key('\x03')],
    ['SIGINT', 130, (t: FakeTerminal) => t.signal('SIGINT')],
    ['SIGTERM', 0, (t: FakeTerminal) => t.signal('SIGTERM')],
  ])('%s restores the terminal and exits %i', async (_, status, send) => {
    const { terminal, done } = start(['--at', 'tues 10:20']);
    await settle();
    await send(terminal);
    expect((await done).status).toBe(status);
    expect(terminal.written.endsWith(LEAVE)).toBe(true);
    expect(terminal.raw).toBe(false);
    expect(terminal.attached).toBe(0);
  });

  it('other keys do nothing', async () => {
    const { terminal, done } = start(['--at', 'tues 10:20']);
    await settle();
    await terminal.key('x');
    await terminal.key('\x1b[A');
    expect(terminal.written.includes(LEAVE)).toBe(false);
    await terminal.key('q');
    expect((await done).status).toBe(0);
  });

  it('an error while drawing: the terminal is restored first, then the error goes on (an internal error)', async () => {
    const terminal = new FakeTerminal({ now: LATER });
    let calls = 0;
    terminal.size = () => {
      if (++calls > 1) throw new Error('the terminal went away');
      return { columns: 80, rows: 24 };
    };
    const { done } = start(['--at', 'tues 10:20'], terminal);
    const failed = expect(done).rejects.toThrow('the terminal went away');
    await settle();
    await terminal.resize(100, 30);
    await failed;
    expect(terminal.written.endsWith(LEAVE)).toBe(true);
    expect(terminal.raw).toBe(false);
    expect(terminal.attached).toBe(0);
  });

  it('TERM=dumb and --linear: no drawing, a log (in colour with --linear on a terminal that has it)', async () => {
    for (const [args, env, coloured] of [[['--linear'], {}, true], [[], { TERM: 'dumb' }, false]] as const) {
      const terminal = new FakeTerminal({ now: LATER, auto: true });
      const { done } = start(['--at', 'weds 15:00', ...args], terminal, env);
      expect((await done).status).toBe(0);
      expect(terminal.written).not.toMatch(/\x1b\[[?HJK]/);
      expect(/\x1b\[/.test(terminal.written)).toBe(coloured);
      const log = terminal.written.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
      expect(log[0]).toBe('Wed 18 Apr 2007 (times in EDT)');
      expect(log.at(-2)).toBe('00:00 The summit is over.');
    }
  });
});

describe('board as a log (not a terminal)', () => {
  it('from 10:20 at 60x: where each room stands, then a line at each start and end, until the summit is over', async () => {
    const r = await cli(['board', '--at', 'tues 10:20', '--speed', '60']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const log = r.stdout.split('\n');
    expect(log.slice(0, 7)).toEqual([
      'Tue 17 Apr 2007 (times in EDT; a rehearsal, the clock running 60× as fast)',
      '10:20 Track A · Yorktown Auditorium: nothing on; next Session 2: I/O Virtualization at 10:30, in 10 min',
      '10:20 Track B · Meeting Room #2: nothing on; next Session 2: Misc I at 10:30, in 10 min',
      '10:30 Session 2: I/O Virtualization began in Track A · Yorktown Auditorium',
      '10:30 Session 2: Misc I began in Track B · Meeting Room #2',
      '12:30 Session 2: I/O Virtualization ended in Track A · Yorktown Auditorium',
      '12:30 Session 2: Misc I ended in Track B · Meeting Room #2',
    ]);
    expect(log).toContain('18:00 Dinner and Billiards began for everyone');
    expect(log.slice(-11)).toEqual([
      'Wed 18 Apr 2007 (times in EDT; a rehearsal, the clock running 60× as fast)',
      '08:25 Session 5: CPU Roadmaps Smart I/O began for everyone',
      '10:00 Session 5: CPU Roadmaps Smart I/O ended for everyone',
      '10:30 Session 6: XenAPI, HVM I/O, Graphics began for everyone',
      '12:30 Session 6: XenAPI, HVM I/O, Graphics ended for everyone',
      '13:30 Session 7: Paravirt_ops, VM checkpointing, Xen on SGI, Xen Roadmap began for everyone',
      '15:30 Session 7: Paravirt_ops, VM checkpointing, Xen on SGI, Xen Roadmap ended for everyone',
      '15:30 BOF Sessions (TBD) began for everyone',
      'Thu 19 Apr 2007 (times in EDT; a rehearsal, the clock running 60× as fast)',
      '00:00 The summit is over.',
      '',
    ]);
  });

  it('waits on the real clock: a line when Session 2 begins, ten summit minutes later', async () => {
    const terminal = new FakeTerminal({ now: LATER });
    const done = cli(['board', '--at', 'tues 10:20', '--speed', '60', '--track', 'A'], { terminal });
    await settle();
    expect(terminal.written.split('\n')).toHaveLength(3);
    await terminal.advance(9_999);
    expect(terminal.written).not.toContain('began');
    await terminal.advance(1);
    expect(terminal.written.split('\n').slice(2)).toEqual(['10:30 Session 2: I/O Virtualization began in Track A · Yorktown Auditorium', '']);
    await terminal.signal('SIGINT');
    expect((await done).status).toBe(130);
    expect(terminal.attached).toBe(0);
  });

  it('after the summit: says so and ends at once', async () => {
    const r = await cli(['board']);
    expect(r).toEqual({ status: 0, stdout: 'Tue 1 Dec 2026 (times in EST)\n07:00 The summit is over.\n', stderr: '' });
  });

  it('with --tz: the other clock in brackets', async () => {
    const r = await cli(['board', '--at', '2007-04-18T19:00:00Z', '--tz', 'Europe/London']);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'Wed 18 Apr 2007 (times in EDT, and in brackets GMT+1)',
      '15:00 (20:00) Everyone · room not given in the deck: Session 7: Paravirt_ops, VM checkpointing, Xen on SGI, Xen Roadmap is on, 30 min left; next BOF Sessions (TBD) at 15:30, in 30 min',
      '15:30 (20:30) Session 7: Paravirt_ops, VM checkpointing, Xen on SGI, Xen Roadmap ended for everyone',
    ]);
  });
});

describe('board --once', () => {
  it('prints one frame, sized by COLUMNS and LINES, no footer, no escape codes', async () => {
    const r = await cli(['board', '--once', '--at', 'tues 10:45'], { env: { COLUMNS: '40', LINES: '9' } });
    expect(r).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        'Tue 17 Apr 2007 · 10:45 EDT',
        '',
        'Track A · Yorktown Auditorium',
        '─────────────────────────────',
        'NOW',
        'Session 2: I/O Virtualization',
        'Chair: Muli Ben Yehuda',
        '10:30–12:30 · 1 h 45 min left',
        '█████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░',
        '',
      ].join('\n'),
    });
  });

  it('refuses a bad --speed with one line', async () => {
    expectUsage(await cli(['board', '--speed', '0']), /^xensummit: invalid --speed "0": use a number above 0 and up to 3600/);
    expectUsage(await cli(['board', '--speed', 'fast']), /invalid --speed "fast"/);
  });

  it('without a terminal in the Io, only --once can run', async () => {
    let stderr = '';
    const status = await run({
      argv: ['board', '--at', 'tues 10:20'],
      now: new Date(LATER),
      env: withSuiteCache({}),
      isTTY: false,
      columns: 80,
      systemZone: () => 'UTC',
      exec: () => 0,
      page: async () => {},
      stdout: () => {},
      stderr: (t) => {
        stderr += t;
      },
      writeFile: () => {},
    });
    expect(status).toBe(1);
    expect(stderr).toBe('xensummit: board cannot keep running without a terminal and a clock here; use --once for one frame\n');
  });
});

describe('now --oneline', () => {
  const UTF8 = { LANG: 'en_US.UTF-8' };
  it.each([
    ['tues 07:00', '▷ 08:00 S0 Intro/plenary · in 1h00'],
    ['tues 08:05', '▶ S0 Intro/plenary · 10 min left · next 08:15'],
    ['tues 10:20', '▷ 10:30 S2 A: I/O Virtualization · B: Misc I · in 10 min'],
    ['tues 10:45', '▶ S2 A: I/O Virtualization · B: Misc I · 1h45 left'],
    ['tues 18:30', '▶ Dinner and Billiards · 2h30 left · next Wed 08:25'],
    ['tues 22:00', '▷ Wed 08:25 S5 CPU Roadmaps Smart I/O · in 10h25'],
    ['weds 14:00', '▶ S7 Paravirt_ops, VM checkpointin… · 1h30 left · next 15:30'],
    ['weds 16:00', '▶ BOF Sessions (TBD) · no set end'],
    ['2007-05-01', '■ Xen Summit is over'],
  ])('%s: %s', async (at, line) => {
    const r = await cli(['now', '--oneline', '--at', at], { env: UTF8 });
    expect(r).toEqual({ status: 0, stdout: `${line}\n`, stderr: '' });
    expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('one track; ASCII unless LC_ALL, LC_CTYPE or LANG (the first set) says UTF-8', async () => {
    expect((await cli(['now', '--oneline', '--at', 'tues 10:45', '--track', 'B'], { env: UTF8 })).stdout).toBe('▶ S2 Misc I · 1h45 left · next 13:30\n');
    expect((await cli(['now', '--oneline', '--at', 'tues 10:45'])).stdout).toBe('> S2 A: I/O Virtualization | B: Misc I | 1h45 left\n');
    expect((await cli(['now', '--oneline', '--at', 'weds 14:00'], { env: { LC_ALL: 'C', LANG: 'en_US.UTF-8' } })).stdout).toBe(
      '> S7 Paravirt_ops, VM checkpointin~ | 1h30 left | next 15:30\n',
    );
    expect((await cli(['now', '--oneline', '--at', 'tues 10:20'], { env: { LC_CTYPE: 'de_DE.utf8', LANG: 'C' } })).stdout).toMatch(/^▷ /);
  });

  it('--tz: the times on that clock', async () => {
    expect((await cli(['now', '--oneline', '--at', '2007-04-17T14:20:00Z', '--tz', 'Europe/London'], { env: UTF8 })).stdout).toBe(
      '▷ 15:30 S2 A: I/O Virtualization · B: Misc I · in 10 min\n',
    );
  });

  it('--json wins: the JSON of now', async () => {
    expect(await cli(['now', '--oneline', '--json', '--at', 'tues 10:45'])).toEqual(await cli(['now', '--json', '--at', 'tues 10:45']));
  });
});

describe('board --mine', () => {
  const dir = tempFolder('board-mine');
  it('shows only my starred sessions, and leaves hidden ones out', async () => {
    const env = { XENSUMMIT_STATE_DIR: join(dir, 'a'), COLUMNS: '80', LINES: '24' };
    expect((await cli(['star', 'tue-2b'], { env })).status).toBe(0);
    const all = await cli(['board', '--once', '--at', 'tues 10:35'], { env });
    const mine = await cli(['board', '--once', '--mine', '--at', 'tues 10:35'], { env });
    expect(all.status).toBe(0);
    expect(mine.status).toBe(0);
    expect(all.stdout).toContain('I/O Virtualization');
    expect(mine.stdout).toContain('Misc I');
    expect(mine.stdout).not.toContain('I/O Virtualization');
    expect(mine.stderr).toBe('');
  });
  it('with no stars says how to star, exit 0', async () => {
    const r = await cli(['board', '--once', '--mine', '--at', 'tues 10:35'], { env: { XENSUMMIT_STATE_DIR: join(dir, 'b') } });
    expect(r).toEqual({ status: 0, stdout: '', stderr: expect.stringMatching(/^No starred sessions yet: star some with xensummit star ID/) });
  });
});

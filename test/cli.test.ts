/** The CLI in-process through run(io): stdout, stderr and the exit code together, with a literal clock. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, expectUsage, tempFolder, type Result } from './run';
import { quickAnswer } from '../src/fast';

const DATA = join(__dirname, '..', 'data', 'summit.json');
const tmp = tempFolder('cli');
const ESC = '\u001b';

describe('now', () => {
  it('shows what is on in each room at a moment of the summit', async () => {
    const r = await cli(['now', '--at', 'tues 10:45']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Tue 17 Apr 2007, 10:45 EDT');
    expect(r.stdout).toContain('Session 2: I/O Virtualization');
    expect(r.stdout).toContain('10:30–12:30 · 1 h 45 min left · Chair: Clyde Griffin');
    expect(r.stdout).toContain('Next: Tue 17 Apr 2007, 13:30 EDT, in 2 h 45 min');
  });

  it('is the default command', async () => {
    const r = await cli(['--at', '2007-04-17T14:45:00Z', '--track', 'b']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Session 2: Misc I');
    expect(r.stdout).not.toContain('I/O Virtualization');
  });

  it('--json prints only JSON, with the phase', async () => {
    const r = await cli(['now', '--at', '2007-04-18 03:00', '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ at: '2007-04-18T03:00:00-04:00', phase: 'break', now: [] });
    expect(out.next.map((s: { id: string }) => s.id)).toEqual(['wed-5']);
  });

  it('after the summit says when it ended and how to use --at', async () => {
    const r = await cli(['now', '--at', '2008-01-01T00:00:00Z']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('The summit is over: it ended Thu 19 Apr 2007, 00:00 EDT');
    expect(r.stdout).toContain('xensummit now --at "tue 08:30"');
  });

  it('shows two clocks with --tz, and reads --at in that zone', async () => {
    const r = await cli(['now', '--at', 'tues 15:45', '--tz', 'Europe/London']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Tue 17 Apr 2007, 15:45 GMT+1 (Tue 10:45 EDT at the venue)');
    expect(r.stdout).toContain('15:30–17:30 GMT+1 · 10:30–12:30 EDT at the venue');
  });
});

describe('--tz', () => {
  it('local is the system zone, and JSON keeps the venue offset whatever the zone', async () => {
    const r = await cli(['now', '--at', 'tues 20:15', '--tz', 'local'], { systemZone: 'Asia/Kolkata' });
    expect(r.stdout.split('\n')[0]).toBe('Tue 17 Apr 2007, 20:15 GMT+5:30 (Tue 10:45 EDT at the venue)');
    const json = JSON.parse((await cli(['now', '--at', 'tues 20:15', '--tz', 'Asia/Kolkata', '--json'])).stdout);
    expect(json.at).toBe('2007-04-17T10:45:00-04:00');
    expect(json.now.map((s: { id: string }) => s.id)).toEqual(['tue-2a', 'tue-2b']);
  });

  it('marks a time on another date than the venue\'s', async () => {
    const r = await cli(['schedule', '--day', 'tue', '--tz', 'Europe/London', '--track', 'A']);
    expect(r.stdout).toContain('23:00–02:00 (+1d) GMT+1');
    expect(r.stdout).toContain('18:00–21:00 EDT at the venue');
  });
});

describe('XENSUMMIT_TZ', () => {
  const env = { XENSUMMIT_TZ: 'Europe/London' };
  it('is the default --tz of the commands that take --tz', async () => {
    for (const args of [['now', '--at', 'tues 15:45'], ['next', '--at', 'tues 15:45'], ['schedule', '--day', 'tue'], ['search', 'fraser']]) {
      const r = await cli(args, { env });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toEqual((await cli([...args, '--tz', 'Europe/London'])).stdout);
      expect(r.stdout).toContain('EDT at the venue');
    }
  });
  it('--tz beats it, "venue" included; an empty value is no value', async () => {
    const venue = await cli(['now', '--at', 'tues 10:45']);
    expect(await cli(['now', '--at', 'tues 10:45', '--tz', 'venue'], { env })).toEqual(venue);
    expect(await cli(['now', '--at', 'tues 10:45'], { env: { XENSUMMIT_TZ: '' } })).toEqual(venue);
    const kolkata = await cli(['now', '--at', 'tues 20:15', '--tz', 'Asia/Kolkata'], { env });
    expect(kolkata.stdout.split('\n')[0]).toBe('Tue 17 Apr 2007, 20:15 GMT+5:30 (Tue 10:45 EDT at the venue)');
  });
  it('is not read by a command without --tz', async () => {
    const r = await cli(['export', '--format', 'csv', '--day', 'tue'], { env: { XENSUMMIT_TZ: 'Nowhere/Else' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe((await cli(['export', '--format', 'csv', '--day', 'tue'])).stdout);
  });
  it('a bad value: one line naming the variable, exit 2, even with --json', async () => {
    for (const args of [['now'], ['schedule', '--json']]) {
      expectUsage(await cli(args, { env: { XENSUMMIT_TZ: 'Europe/Londn' } }), /^xensummit: invalid XENSUMMIT_TZ "Europe\/Londn": use a time zone name .*\(did you mean "Europe\/London"\?\)/);
    }
  });
});

describe('the pager', () => {
  const tty = { isTTY: true, rows: 24 };
  it('pages output taller than the terminal, with less when nothing is set', async () => {
    const r = await cli(['schedule'], tty);
    expect(r.status).toBe(0);
    expect(r.pager).toBe('less');
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe((await cli(['schedule'])).stdout);
  });
  it('XENSUMMIT_PAGER, then PAGER; empty or cat means none', async () => {
    expect((await cli(['schedule'], { ...tty, env: { PAGER: 'more', XENSUMMIT_PAGER: 'less -S' } })).pager).toBe('less -S');
    expect((await cli(['schedule'], { ...tty, env: { PAGER: 'more' } })).pager).toBe('more');
    expect((await cli(['schedule'], { ...tty, env: { PAGER: 'more', XENSUMMIT_PAGER: '' } })).pager).toBeUndefined();
    expect((await cli(['schedule'], { ...tty, env: { PAGER: 'cat' } })).pager).toBeUndefined();
  });
  it('never into a pipe, for --json, with --no-pager, or for output that fits the terminal', async () => {
    const none = [
      await cli(['schedule'], { rows: 24 }),
      await cli(['schedule', '--json'], tty),
      await cli(['schedule', '--no-pager'], tty),
      await cli(['--no-pager', 'info'], tty),
      await cli(['now', '--at', 'tues 10:45'], tty),
      await cli(['export', '--format', 'csv'], tty),
    ];
    for (const r of none) {
      expect(r.status).toBe(0);
      expect(r.pager).toBeUndefined();
      expect(r.stdout).not.toBe('');
    }
    expect((await cli(['schedule'], { isTTY: true, rows: 200 })).pager).toBeUndefined();
    expect((await cli(['info'], tty)).pager).toBe('less');
  });
  it('remarks go to stderr, not through the pager', async () => {
    const r = await cli(['search', 'xen'], { ...tty, rows: 5 });
    expect(r.pager).toBe('less');
    expect(r.stderr).toBe('');
  });
});

describe('next', () => {
  it('lists every session that shares the soonest start', async () => {
    const r = await cli(['next', '--at', 'tues 10:00', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((s: { id: string }) => s.id)).toEqual(['tue-2a', 'tue-2b']);
  });

  it('after the summit: nothing on stdout, a remark on stderr, exit 0; [] with --json', async () => {
    const r = await cli(['next', '--at', '2007-05-01 09:00']);
    expect(r).toEqual({ status: 0, stdout: '', stderr: 'No session starts after this moment: the summit is over.\n' });
    expect((await cli(['next', '--at', '2007-05-01 09:00', '--json'])).stdout).toBe('[]\n');
  });
});

describe('schedule', () => {
  it('prints both days, Tuesday side by side', async () => {
    const r = await cli(['schedule']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Track A · Yorktown Auditorium +Track B · Meeting Room #2/);
    expect(r.stdout).toContain('Wednesday 18 April 2007');
  });

  it('--day weds in any case keeps Wednesday', async () => {
    const r = await cli(['schedule', '--day', 'WEDS']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Session 7: Paravirt_ops');
    expect(r.stdout).not.toContain('Tuesday');
  });

  it('--json is in time order, Track A before Track B', async () => {
    const r = await cli(['schedule', '--day', '2007-04-17', '--json']);
    const ids = JSON.parse(r.stdout).map((s: { id: string }) => s.id);
    expect(ids).toEqual(['tue-0', 'tue-1a', 'tue-1b', 'tue-2a', 'tue-2b', 'tue-3a', 'tue-3b', 'tue-4a', 'tue-4b', 'tue-dinner']);
  });

  it('filters combine; --chair ignores case and accents', async () => {
    const r = await cli(['schedule', '--chair', 'FRÂSER', '--day', 'wed', '--json']);
    expect(JSON.parse(r.stdout).map((s: { id: string }) => s.id)).toEqual(['wed-7']);
  });

  it('a filter that matches nothing: exit 0, said on stderr, [] with --json', async () => {
    expect(await cli(['schedule', '--chair', 'nobody'])).toEqual({ status: 0, stdout: '', stderr: 'No sessions match --chair "nobody".\n' });
    const r = await cli(['schedule', '--chair', 'nobody', '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('[]\n');
  });

  it('fits COLUMNS', async () => {
    const r = await cli(['schedule'], { env: { COLUMNS: '64' } });
    // A crash would print nothing and pass the width check: the run must succeed, with output.
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Session 7: Paravirt_ops');
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(64);
  });
});

describe('schedule side by side', () => {
  const fits = (r: Result, columns: number) => {
    expect(r.status).toBe(0);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(columns);
  };
  it('counts the wider time column of two clocks: at 60 columns --tz gives a list, not 16-column cells', async () => {
    const r = await cli(['schedule', '--day', 'tue', '--tz', 'Europe/London'], { columns: 60 });
    fits(r, 60);
    expect(r.stdout).not.toMatch(/^ {2}Time /m);
    expect(r.stdout).toContain('Session 2: I/O\n');
  });
  it('with --tz, side by side where each track keeps 20 columns beside the time', async () => {
    const r = await cli(['schedule', '--day', 'tue', '--tz', 'Europe/London'], { columns: 100 });
    fits(r, 100);
    const head = r.stdout.split('\n').find((l) => l.startsWith('  Time '))!;
    expect(head.indexOf('Track B')).toBeGreaterThanOrEqual(2 + 29 + 2 + 20 + 2);
  });
  it('caps a track column at 200 columns, so Track B stays near Track A', async () => {
    const r = await cli(['schedule', '--day', 'tue'], { columns: 200 });
    fits(r, 200);
    const head = r.stdout.split('\n').find((l) => l.startsWith('  Time '))!;
    expect(head.indexOf('Track A')).toBe(15);
    expect(head.indexOf('Track B')).toBe(15 + 40 + 2);
  });
});

describe('stats', () => {
  it('sorts by check-ins with "other" last and a totals row', async () => {
    const r = await cli(['stats', '--sort', 'checkins']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[2]).toMatch(/^xensource\.com +23 +3,000 +50\.3% +550,450 +61\.4%$/);
    expect(lines[5]).toMatch(/^fujitsu\.com /);
    expect(lines[lines.length - 2]).toMatch(/^other /);
    expect(lines[lines.length - 1]).toMatch(/^Total \(all 18 rows\) +204 +5,959 +100\.0% +896,616 +100\.0%$/);
  });

  it('--json keeps the order shown, --top and --reverse included', async () => {
    const r = await cli(['stats', '--sort', 'domain', '--reverse', '--top', '3', '--json']);
    expect(JSON.parse(r.stdout).map((x: { domain: string }) => x.domain)).toEqual(['xensource.com', 'virtualiron.com', 'valinux.co.jp']);
  });

  it('--chart draws bars within the width', async () => {
    const r = await cli(['stats', '--chart'], { env: { COLUMNS: '50' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('█');
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(50);
  });

  it('--chart without --sort: bars largest first; --sort deck or domain keeps that order', async () => {
    const values = (r: Result) => r.stdout.trimEnd().split('\n').slice(1).map((l) => Number(/\s([\d,]+)\s/.exec(l)![1].replace(/,/g, '')));
    const chart = await cli(['stats', '--chart']);
    expect(chart.status).toBe(0);
    const checkins = values(chart);
    expect(checkins.slice(0, -1)).toEqual([...checkins.slice(0, -1)].sort((a, b) => b - a));
    const deck = await cli(['stats', '--chart', '--sort', 'deck']);
    expect(deck.stdout.split('\n')[1]).toBe(chart.stdout.split('\n')[1]);
    const table = await cli(['stats', '--json']);
    const deckOrder = JSON.parse(table.stdout).map((r: { domain: string }) => r.domain);
    expect(deck.stdout.trimEnd().split('\n').slice(1).map((l) => l.split(' ')[0])).toEqual(deckOrder);
    expect(values(deck)).not.toEqual(checkins);
    const domain = await cli(['stats', '--chart', '--sort', 'domain']);
    const names = domain.stdout.trimEnd().split('\n').slice(1, -1).map((l) => l.split(' ')[0]);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
  it('rejects a bad --sort with the valid keys and a suggestion', async () => {
    expectUsage(await cli(['stats', '--sort', 'chekins']), /--sort.*chekins.*aliases, checkins, insertions, domain.*did you mean "checkins"/);
  });

  it('rejects a bad --top', async () => {
    expectUsage(await cli(['stats', '--top', 'ten']), /--top.*ten.*whole number/);
  });
});

describe('changelog, info, search', () => {
  it('changelog shows both lists, their nesting and the benchmark titles', async () => {
    const r = await cli(['changelog']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  - Progressive paravirtualization for HVM guests\n    - Network and Block I/O\n');
    expect(r.stdout).toContain('w2k3 Passmark memory results vs native');
    expect(r.stdout).toContain('figures are not in the deck');
  });

  it('changelog --grep --json keeps matches and their parents', async () => {
    const r = await cli(['changelog', '--grep', 'perl', '--json']);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        title: 'Further items (a slide with no title, after the benchmark charts)',
        items: [{ text: 'XenAPI 1.0 support', items: [{ text: 'C, python, Java, Perl bindings', items: [] }] }],
      },
    ]);
  });

  it('info gives rooms, directions, WiFi and the days', async () => {
    const r = await cli(['info']);
    expect(r.status).toBe(0);
    for (const text of ['Yorktown Auditorium', 'Through security door, on left past cafeteria', 'IBMVISITOR', 'See back of badge', 'Collect T-shirts upstairs', 'Wednesday 18 April']) {
      expect(r.stdout).toContain(text);
    }
  });

  it('search finds sessions by chair and changelog items, in any case', async () => {
    const r = await cli(['search', 'XENAPI']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Session 6: XenAPI, HVM I/O, Graphics');
    expect(r.stdout).toContain('- XenAPI 1.0 support');
    const byChair = JSON.parse((await cli(['search', 'keir', '--json'])).stdout);
    expect(byChair).toEqual([expect.objectContaining({ kind: 'session', session: expect.objectContaining({ id: 'wed-7' }) })]);
  });

  it('search with no match: exit 0, said on stderr', async () => {
    expect(await cli(['search', 'xyzzy'])).toEqual({ status: 0, stdout: '', stderr: 'Nothing matches "xyzzy".\n' });
  });
});

describe('help, version and usage errors', () => {
  it.each(['now', 'next', 'schedule', 'stats', 'changelog', 'info', 'search', 'export'])('%s --help shows examples', async (cmd) => {
    const r = await cli([cmd, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Usage: xensummit ${cmd}`);
    expect(r.stdout).toMatch(new RegExp(`Examples:\\n  \\$ xensummit ${cmd}`));
  });

  it('--help, -h and help COMMAND say the same, and the fast path agrees', async () => {
    expect(await cli(['--help'])).toEqual(await cli(['help']));
    for (const cmd of ['now', 'next', 'schedule', 'stats', 'changelog', 'export', 'info', 'search']) {
      const kept = await cli([cmd, '--help']);
      expect(kept.status).toBe(0);
      expect(kept).toEqual(await cli(['help', cmd]));
      expect(await cli([cmd, '-h'])).toEqual(kept);
      expect(quickAnswer([cmd, '--help'], {}, undefined)).toBe(kept.stdout);
    }
    expectUsage(await cli(['help', 'toString']), /unknown command "toString"/);
  });

  it('help --help is the help command\'s own help, in-process and on the fast path', async () => {
    const r = await cli(['help', '--help']);
    expect(r).toEqual({ status: 0, stdout: expect.stringMatching(/^Usage: xensummit help \[command\]\n/), stderr: '' });
    expect(await cli(['help', 'help'])).toEqual(r);
    expect(quickAnswer(['help', '--help'], {}, undefined)).toBe(r.stdout);
  });

  it('--version prints the version', async () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
    expect(await cli(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('an unknown command suggests the close one', async () => {
    expectUsage(await cli(['schedul']), /^xensummit: unknown command "schedul": use one of now, .* \(did you mean "schedule"\?\); see 'xensummit --help'\n$/);
  });

  it('an unknown option is a usage error', async () => {
    expectUsage(await cli(['schedule', '--dya', 'weds']), /^xensummit: unknown option --dya for schedule \(did you mean "--day"\?\); see 'xensummit schedule --help'\n$/);
  });

  it.each([
    [['schedule', '--day', 'thursday'], /invalid --day "thursday": use one of tue, 2007-04-17, wed, 2007-04-18/],
    [['now', '--track', 'C'], /invalid --track "C": use one of A, B/],
    [['now', '--at', 'tues 25:61'], /invalid --at "tues 25:61"/],
    [['now', '--at', 'someday'], /invalid --at "someday"/],
    [['now', '--tz', 'Europe/Londn'], /did you mean "Europe\/London"/],
  ])('%j is a usage error', async (args, message) => {
    expectUsage(await cli(args), message);
  });
});

describe('--data', () => {
  it('a missing file: one line, exit 1', async () => {
    const r = await cli(['now', '--data', join(tmp, 'none.json')]);
    expect(r).toEqual({ status: 1, stdout: '', stderr: `xensummit: cannot read data file ${join(tmp, 'none.json')}: no such file\n` });
  });

  it('a field of the wrong type: one line naming file and field, exit 1', async () => {
    const data = JSON.parse(readFileSync(DATA, 'utf8'));
    data.sessions[1].chair = 42;
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify(data));
    const r = await cli(['schedule', '--data', file]);
    expect(r).toEqual({ status: 1, stdout: '', stderr: `xensummit: ${file}: summit.sessions[1].chair: expected a string, got number 42\n` });
  });

  it('another valid file is used, and its control characters cannot reach the terminal', async () => {
    const data = JSON.parse(readFileSync(DATA, 'utf8'));
    data.sessions[3].title = `Evil${ESC}]0;pwned\u0007${ESC}[2J`;
    const file = join(tmp, 'evil.json');
    writeFileSync(file, JSON.stringify(data));
    const r = await cli(['now', '--data', file, '--at', 'tues 10:45'], { env: { FORCE_COLOR: '1' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Evil\\u{1b}]0;pwned\\u{7}\\u{1b}[2J');
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain(ESC);
    const json = JSON.parse((await cli(['now', '--data', file, '--at', 'tues 10:45', '--json'])).stdout);
    expect(json.now[0].title).toBe(data.sessions[3].title);
  });
});

describe('colour', () => {
  const hasColour = (r: Result) => r.stdout.includes(`${ESC}[`);
  const at = ['now', '--at', 'tues 10:45'];
  it('none in a pipe', async () => {
    const r = await cli(at);
    expect(r.status).toBe(0);
    expect(hasColour(r)).toBe(false);
    expect(r.stdout).toContain('Session 2: I/O Virtualization');
  });
  it('FORCE_COLOR=1 forces it, with the same text', async () => {
    const coloured = await cli(at, { env: { FORCE_COLOR: '1' } });
    expect(hasColour(coloured)).toBe(true);
    expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe((await cli(at)).stdout);
  });
  it('--no-color wins over FORCE_COLOR, a terminal and a later --color', async () => {
    for (const args of [['schedule', '--no-color'], ['schedule', '--no-color', '--color'], ['--no-color', 'schedule', '--color']]) {
      const r = await cli(args, { env: { FORCE_COLOR: '1' }, isTTY: true });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(hasColour(r)).toBe(false);
      expect(r.stdout).toContain('Track A · Yorktown Auditorium');
    }
  });
  it('--color forces it, and NO_COLOR does not stop an explicit flag', async () => {
    const r = await cli(['stats', '--color'], { env: { NO_COLOR: '1' } });
    expect(r.status).toBe(0);
    expect(hasColour(r)).toBe(true);
  });
  it('a terminal gets colour, NO_COLOR and TERM=dumb take it away', async () => {
    expect(hasColour(await cli(at, { isTTY: true }))).toBe(true);
    for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }] as Record<string, string>[]) {
      const r = await cli(at, { isTTY: true, env });
      expect(r.status).toBe(0);
      expect(hasColour(r)).toBe(false);
      expect(r.stdout).toContain('On now');
    }
  });
  it('CLICOLOR=0 takes it from a terminal, CLICOLOR_FORCE=1 gives it to a pipe, --no-color beats it', async () => {
    const off = await cli(at, { isTTY: true, env: { CLICOLOR: '0' } });
    expect(off.status).toBe(0);
    expect(hasColour(off)).toBe(false);
    const forced = await cli(at, { env: { CLICOLOR_FORCE: '1' } });
    expect(forced.status).toBe(0);
    expect(hasColour(forced)).toBe(true);
    expect(hasColour(await cli([...at, '--no-color'], { env: { CLICOLOR_FORCE: '1' } }))).toBe(false);
    expect(hasColour(await cli(at, { env: { CLICOLOR_FORCE: '1', NO_COLOR: '1' } }))).toBe(false);
  });
  it('keeps key facts in the default colour or bold: times plain, time left bold', async () => {
    const r = await cli(at, { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toContain(`\n    10:30–12:30 · ${ESC}[1m1 h 45 min left${ESC}[22m · Chair: Muli Ben Yehuda\n`);
    expect(r.stdout).toContain(`  ${ESC}[35mTrack A · Yorktown Auditorium${ESC}[39m\n`);
  });
  it.each([
    [['now', '--at', 'tues 10:45']],
    [['schedule']],
    [['stats', '--chart']],
    [['info']],
    [['search', 'fraser']],
    [['changelog']],
  ])('%j uses no colour that fades on a white background (only bold, dim and magenta)', async (args) => {
    const r = await cli(args, { env: { FORCE_COLOR: '1' } });
    const codes = new Set([...r.stdout.matchAll(/\u001b\[([0-9;]*)m/g)].flatMap((m) => m[1].split(';')));
    expect(codes.size).toBeGreaterThan(0);
    for (const code of codes) expect(['1', '2', '22', '35', '39']).toContain(code);
  });
  it('never colours JSON', async () => {
    const r = await cli(['schedule', '--json'], { env: { FORCE_COLOR: '1' } });
    expect(r.status).toBe(0);
    expect(hasColour(r)).toBe(false);
    expect(JSON.parse(r.stdout)).toHaveLength(14);
  });
});

describe('export', () => {
  it('writes ICS to stdout by default, CRLF, nothing on stderr', async () => {
    const r = await cli(['export', '--day', 'wed']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(r.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(4);
  });

  it.each([
    ['csv', /^id,date,start,end,track,room,number,title,chair\r\n/],
    ['json', /^\[\{"id":"tue-0","date":"2007-04-17",[^\n]*\},\{"id":"tue-1a"[^\n]*\]\n$/],
    ['xml', /^<\?xml version="1.0" encoding="UTF-8"\?>\n<schedule>/],
  ])('--format %s', async (format, start) => {
    const r = await cli(['export', '--format', format]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(start);
  });

  it('the same filters as schedule', async () => {
    const r = await cli(['export', '--format', 'json', '--track', 'B', '--day', 'tue']);
    expect(JSON.parse(r.stdout).map((s: { id: string }) => s.id)).toEqual(JSON.parse((await cli(['schedule', '--json', '--track', 'B', '--day', 'tue'])).stdout).map((s: { id: string }) => s.id));
  });

  it('-o writes the file, guessing the format from its name', async () => {
    const file = join(tmp, 'summit.xml');
    const r = await cli(['export', '-o', file]);
    expect(r).toEqual({ status: 0, stdout: '', stderr: `Wrote 14 sessions to ${file} (xml).\n` });
    expect(readFileSync(file, 'utf8')).toBe((await cli(['export', '--format', 'xml'])).stdout);
  });

  it('-o into a folder that does not exist: one line, exit 1, nothing written', async () => {
    const file = join(tmp, 'no', 'such', 'folder', 'x.ics');
    const r = await cli(['export', '-o', file]);
    expect(r).toEqual({ status: 1, stdout: '', stderr: `xensummit: cannot write ${file}: no such folder\n` });
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('-o over an existing file replaces it whole, and leaves no temporary file', async () => {
    const file = join(tmp, 'again.ics');
    writeFileSync(file, 'old');
    expect((await cli(['export', '-o', file, '--day', 'tue'])).status).toBe(0);
    expect(readFileSync(file, 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(10);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a bad --format is a usage error', async () => {
    expectUsage(await cli(['export', '--format', 'icl']), /invalid --format "icl": use one of ics, csv, json, xml \(did you mean "ics"\?\)/);
  });
});

describe('prose is wrapped to the width', () => {
  const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');
  it.each([
    [['now']],
    [['now', '--at', 'tues 15:45', '--tz', 'Europe/London']],
    [['next', '--at', 'tues 22:00', '--tz', 'Europe/London']],
    [['info']],
    [['search', 'fraser']],
    [['changelog']],
    [['--help']],
    [['now', '--help']],
    [['stats', '--help']],
    [['completion', '--help']],
  ])('%j at 80 and 40 columns: no line too long, no word split', async (args) => {
    const wide = await cli(args, { columns: 300 });
    for (const columns of [80, 40]) {
      const r = await cli(args, { columns });
      expect(r.status).toBe(0);
      for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(columns);
      expect(words(r.stdout)).toEqual(words(wide.stdout));
    }
    expect((await cli(args, { columns: 40 })).stdout).not.toBe(wide.stdout);
  });

  it('the day headings of the schedule, with two clocks', async () => {
    const r = await cli(['schedule', '--tz', 'Europe/London'], { columns: 40 });
    expect(r.stdout).toContain('Tuesday 17 April 2007 (2007-04-17, times\n  in GMT+1, then EDT at the venue)\n');
  });
});

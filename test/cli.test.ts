/** End to end: spawn the built bin/xensummit and check stdout, stderr and the exit code together. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(__dirname, '..', 'bin', 'xensummit');
const DATA = join(__dirname, '..', 'data', 'summit.json');
const tmp = mkdtempSync(join(tmpdir(), 'xensummit-cli-'));
const ESC = '\u001b';

interface Result {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Runs the CLI with a clean colour environment; `env` adds to it. */
function xs(args: string[], env: Record<string, string> = {}): Result {
  const base = { ...process.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'COLUMNS', 'TERM', 'COLORTERM']) delete base[key];
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...base, TZ: 'UTC', ...env }, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function expectUsage(r: Result, message: string | RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('now', () => {
  it('shows what is on in each room at a moment of the summit', () => {
    const r = xs(['now', '--at', 'tues 10:45']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Tue 17 Apr 2007, 10:45 EDT');
    expect(r.stdout).toContain('Session 2: I/O Virtualization');
    expect(r.stdout).toContain('10:30–12:30 · 1 h 45 min left · Chair: Clyde Griffin');
    expect(r.stdout).toContain('Next: Tue 17 Apr 2007, 13:30 EDT, in 2 h 45 min');
  });

  it('is the default command', () => {
    const r = xs(['--at', '2007-04-17T14:45:00Z', '--track', 'b']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Session 2: Misc I');
    expect(r.stdout).not.toContain('I/O Virtualization');
  });

  it('--json prints only JSON, with the phase', () => {
    const r = xs(['now', '--at', '2007-04-18 03:00', '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ at: '2007-04-18T03:00:00-04:00', phase: 'break', now: [] });
    expect(out.next.map((s: { id: string }) => s.id)).toEqual(['wed-5']);
  });

  it('after the summit says when it ended and how to use --at', () => {
    const r = xs(['now', '--at', '2008-01-01T00:00:00Z']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('The summit is over: it ended Thu 19 Apr 2007, 00:00 EDT');
    expect(r.stdout).toContain('xensummit now --at "tue 08:30"');
  });

  it('shows two clocks with --tz, and reads --at in that zone', () => {
    const r = xs(['now', '--at', 'tues 15:45', '--tz', 'Europe/London']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Tue 17 Apr 2007, 15:45 GMT+1 (Tue 10:45 EDT at the venue)');
    expect(r.stdout).toContain('15:30–17:30 GMT+1 · 10:30–12:30 EDT at the venue');
  });
});

describe('--tz', () => {
  it('local is the system zone, and JSON keeps the venue offset whatever the zone', () => {
    const r = xs(['now', '--at', 'tues 20:15', '--tz', 'local'], { TZ: 'Asia/Kolkata' });
    expect(r.stdout.split('\n')[0]).toBe('Tue 17 Apr 2007, 20:15 GMT+5:30 (Tue 10:45 EDT at the venue)');
    const json = JSON.parse(xs(['now', '--at', 'tues 20:15', '--tz', 'Asia/Kolkata', '--json']).stdout);
    expect(json.at).toBe('2007-04-17T10:45:00-04:00');
    expect(json.now.map((s: { id: string }) => s.id)).toEqual(['tue-2a', 'tue-2b']);
  });

  it('marks a time on another date than the venue\'s', () => {
    const r = xs(['schedule', '--day', 'tue', '--tz', 'Europe/London', '--track', 'A']);
    expect(r.stdout).toContain('23:00–02:00 (+1d) GMT+1');
    expect(r.stdout).toContain('18:00–21:00 EDT at the venue');
  });
});

describe('next', () => {
  it('lists every session that shares the soonest start', () => {
    const r = xs(['next', '--at', 'tues 10:00', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((s: { id: string }) => s.id)).toEqual(['tue-2a', 'tue-2b']);
  });

  it('after the summit: nothing on stdout, a remark on stderr, exit 0; [] with --json', () => {
    const r = xs(['next', '--at', '2007-05-01 09:00']);
    expect(r).toEqual({ status: 0, stdout: '', stderr: 'No session starts after this moment: the summit is over.\n' });
    expect(xs(['next', '--at', '2007-05-01 09:00', '--json']).stdout).toBe('[]\n');
  });
});

describe('schedule', () => {
  it('prints both days, Tuesday side by side', () => {
    const r = xs(['schedule']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Track A · Yorktown Auditorium +Track B · Meeting Room #2/);
    expect(r.stdout).toContain('Wednesday 18 April 2007');
  });

  it('--day weds in any case keeps Wednesday', () => {
    const r = xs(['schedule', '--day', 'WEDS']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Session 7: Paravirt_ops');
    expect(r.stdout).not.toContain('Tuesday');
  });

  it('--json is in time order, Track A before Track B', () => {
    const r = xs(['schedule', '--day', '2007-04-17', '--json']);
    const ids = JSON.parse(r.stdout).map((s: { id: string }) => s.id);
    expect(ids).toEqual(['tue-0', 'tue-1a', 'tue-1b', 'tue-2a', 'tue-2b', 'tue-3a', 'tue-3b', 'tue-4a', 'tue-4b', 'tue-dinner']);
  });

  it('filters combine; --chair ignores case and accents', () => {
    const r = xs(['schedule', '--chair', 'FRÂSER', '--day', 'wed', '--json']);
    expect(JSON.parse(r.stdout).map((s: { id: string }) => s.id)).toEqual(['wed-7']);
  });

  it('a filter that matches nothing: exit 0, said on stderr, [] with --json', () => {
    expect(xs(['schedule', '--chair', 'nobody'])).toEqual({ status: 0, stdout: '', stderr: 'No sessions match --chair "nobody".\n' });
    const r = xs(['schedule', '--chair', 'nobody', '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('[]\n');
  });

  it('fits COLUMNS', () => {
    const r = xs(['schedule'], { COLUMNS: '64' });
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(64);
  });

  it('stops quietly when the reader does', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" schedule | head -1`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Tuesday 17 April 2007 (2007-04-17, times in EDT)\n');
    expect(r.stderr).toBe('');
  });
});

describe('stats', () => {
  it('sorts by check-ins with "other" last and a totals row', () => {
    const r = xs(['stats', '--sort', 'checkins']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[2]).toMatch(/^xensource\.com +23 +3,000 +50\.3% +550,450 +61\.4%$/);
    expect(lines[5]).toMatch(/^fujitsu\.com /);
    expect(lines[lines.length - 2]).toMatch(/^other /);
    expect(lines[lines.length - 1]).toMatch(/^Total \(all 18 rows\) +204 +5,959 +100\.0% +896,616 +100\.0%$/);
  });

  it('--json keeps the order shown, --top and --reverse included', () => {
    const r = xs(['stats', '--sort', 'domain', '--reverse', '--top', '3', '--json']);
    expect(JSON.parse(r.stdout).map((x: { domain: string }) => x.domain)).toEqual(['xensource.com', 'virtualiron.com', 'valinux.co.jp']);
  });

  it('--chart draws bars within the width', () => {
    const r = xs(['stats', '--chart'], { COLUMNS: '50' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('█');
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(50);
  });

  it('rejects a bad --sort with the valid keys and a suggestion', () => {
    expectUsage(xs(['stats', '--sort', 'chekins']), /--sort.*chekins.*aliases, checkins, insertions, domain.*did you mean "checkins"/);
  });

  it('rejects a bad --top', () => {
    expectUsage(xs(['stats', '--top', 'ten']), /--top.*ten.*whole number/);
  });
});

describe('changelog, info, search', () => {
  it('changelog shows both lists, their nesting and the benchmark titles', () => {
    const r = xs(['changelog']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  - Progressive paravirtualization for HVM guests\n    - Network and Block I/O\n');
    expect(r.stdout).toContain('w2k3 Passmark memory results vs native');
    expect(r.stdout).toContain('figures are not in the deck');
  });

  it('changelog --grep --json keeps matches and their parents', () => {
    const r = xs(['changelog', '--grep', 'perl', '--json']);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        title: 'Further items (a slide with no title, after the benchmark charts)',
        items: [{ text: 'XenAPI 1.0 support', items: [{ text: 'C, python, Java, Perl bindings', items: [] }] }],
      },
    ]);
  });

  it('info gives rooms, directions, WiFi and the days', () => {
    const r = xs(['info']);
    expect(r.status).toBe(0);
    for (const text of ['Yorktown Auditorium', 'Through security door, on left past cafeteria', 'IBMVISITOR', 'See back of badge', 'Collect T-shirts upstairs', 'Wednesday 18 April']) {
      expect(r.stdout).toContain(text);
    }
  });

  it('search finds sessions by chair and changelog items, in any case', () => {
    const r = xs(['search', 'XENAPI']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Session 6: XenAPI, HVM I/O, Graphics');
    expect(r.stdout).toContain('- XenAPI 1.0 support');
    const byChair = JSON.parse(xs(['search', 'keir', '--json']).stdout);
    expect(byChair).toEqual([expect.objectContaining({ kind: 'session', session: expect.objectContaining({ id: 'wed-7' }) })]);
  });

  it('search with no match: exit 0, said on stderr', () => {
    expect(xs(['search', 'xyzzy'])).toEqual({ status: 0, stdout: '', stderr: 'Nothing matches "xyzzy".\n' });
  });
});

describe('help, version and usage errors', () => {
  it.each(['now', 'next', 'schedule', 'stats', 'changelog', 'info', 'search', 'export'])('%s --help shows examples', (cmd) => {
    const r = xs([cmd, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Usage: xensummit ${cmd}`);
    expect(r.stdout).toMatch(new RegExp(`Examples:\\n  \\$ xensummit ${cmd}`));
  });

  it('the help kept at build time is what commander says at run time', () => {
    expect(xs(['--help'])).toEqual(xs(['help']));
    for (const cmd of ['now', 'next', 'schedule', 'stats', 'changelog', 'export', 'info', 'search']) {
      const kept = xs([cmd, '--help']);
      expect(kept.status).toBe(0);
      expect(kept).toEqual(xs(['help', cmd]));
      expect(xs([cmd, '-h'])).toEqual(kept);
    }
    expect(xs(['toString', '--help']).status).toBe(0);
  });

  it('--version prints the version', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
    expect(xs(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('an unknown command suggests the close one', () => {
    expectUsage(xs(['schedul']), "xensummit: unknown command 'schedul' (Did you mean schedule?)");
  });

  it('an unknown option is a usage error', () => {
    expectUsage(xs(['schedule', '--dya', 'weds']), /unknown option '--dya'/);
  });

  it.each([
    [['schedule', '--day', 'thursday'], /invalid --day "thursday": use one of tue, 2007-04-17, wed, 2007-04-18/],
    [['now', '--track', 'C'], /invalid --track "C": use one of A, B/],
    [['now', '--at', 'tues 25:61'], /invalid --at "tues 25:61"/],
    [['now', '--at', 'someday'], /invalid --at "someday"/],
    [['now', '--tz', 'Europe/Londn'], /did you mean "Europe\/London"/],
  ])('%j is a usage error', (args, message) => {
    expectUsage(xs(args), message);
  });
});

describe('--data', () => {
  it('a missing file: one line, exit 1', () => {
    const r = xs(['now', '--data', join(tmp, 'none.json')]);
    expect(r).toEqual({ status: 1, stdout: '', stderr: `xensummit: cannot read data file ${join(tmp, 'none.json')}: no such file\n` });
  });

  it('a field of the wrong type: one line naming file and field, exit 1', () => {
    const data = JSON.parse(readFileSync(DATA, 'utf8'));
    data.sessions[1].chair = 42;
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify(data));
    const r = xs(['schedule', '--data', file]);
    expect(r).toEqual({ status: 1, stdout: '', stderr: `xensummit: ${file}: summit.sessions[1].chair: expected a string, got number 42\n` });
  });

  it('another valid file is used, and its control characters cannot reach the terminal', () => {
    const data = JSON.parse(readFileSync(DATA, 'utf8'));
    data.sessions[3].title = `Evil${ESC}]0;pwned\u0007${ESC}[2J`;
    const file = join(tmp, 'evil.json');
    writeFileSync(file, JSON.stringify(data));
    const r = xs(['now', '--data', file, '--at', 'tues 10:45'], { FORCE_COLOR: '1' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Evil\\u{1b}]0;pwned\\u{7}\\u{1b}[2J');
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain(ESC);
    const json = JSON.parse(xs(['now', '--data', file, '--at', 'tues 10:45', '--json']).stdout);
    expect(json.now[0].title).toBe(data.sessions[3].title);
  });
});

describe('colour', () => {
  const hasColour = (r: Result) => r.stdout.includes(`${ESC}[`);
  it('none in a pipe', () => expect(hasColour(xs(['now', '--at', 'tues 10:45']))).toBe(false));
  it('FORCE_COLOR=1 forces it, with the same text', () => {
    const coloured = xs(['now', '--at', 'tues 10:45'], { FORCE_COLOR: '1' });
    expect(hasColour(coloured)).toBe(true);
    expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(xs(['now', '--at', 'tues 10:45']).stdout);
  });
  it('--no-color wins over FORCE_COLOR', () => expect(hasColour(xs(['schedule', '--no-color'], { FORCE_COLOR: '1' }))).toBe(false));
  it('--color forces it, and NO_COLOR does not stop an explicit flag', () => expect(hasColour(xs(['stats', '--color'], { NO_COLOR: '1' }))).toBe(true));
  it('never colours JSON', () => expect(hasColour(xs(['schedule', '--json'], { FORCE_COLOR: '1' }))).toBe(false));
});

describe('export', () => {
  it('writes ICS to stdout by default, CRLF, nothing on stderr', () => {
    const r = xs(['export', '--day', 'wed']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(r.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(4);
  });

  it.each([
    ['csv', /^id,date,start,end,track,room,number,title,chair\r\n/],
    ['json', /^\[\{"id":"tue-0","date":"2007-04-17",[^\n]*\},\{"id":"tue-1a"[^\n]*\]\n$/],
    ['xml', /^<\?xml version="1.0" encoding="UTF-8"\?>\n<schedule>/],
  ])('--format %s', (format, start) => {
    const r = xs(['export', '--format', format]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(start);
  });

  it('the same filters as schedule', () => {
    const r = xs(['export', '--format', 'json', '--track', 'B', '--day', 'tue']);
    expect(JSON.parse(r.stdout).map((s: { id: string }) => s.id)).toEqual(JSON.parse(xs(['schedule', '--json', '--track', 'B', '--day', 'tue']).stdout).map((s: { id: string }) => s.id));
  });

  it('-o writes the file, guessing the format from its name', () => {
    const file = join(tmp, 'summit.xml');
    const r = xs(['export', '-o', file]);
    expect(r).toEqual({ status: 0, stdout: '', stderr: `Wrote 14 sessions to ${file} (xml).\n` });
    expect(readFileSync(file, 'utf8')).toBe(xs(['export', '--format', 'xml']).stdout);
  });

  it('-o into a folder that does not exist: one line, exit 1, nothing written', () => {
    const file = join(tmp, 'no', 'such', 'folder', 'x.ics');
    const r = xs(['export', '-o', file]);
    expect(r).toEqual({ status: 1, stdout: '', stderr: `xensummit: cannot write ${file}: no such folder\n` });
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('-o over an existing file replaces it whole, and leaves no temporary file', () => {
    const file = join(tmp, 'again.ics');
    writeFileSync(file, 'old');
    expect(xs(['export', '-o', file, '--day', 'tue']).status).toBe(0);
    expect(readFileSync(file, 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(10);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a bad --format is a usage error', () => {
    expectUsage(xs(['export', '--format', 'icl']), /invalid --format "icl": use one of ics, csv, json, xml \(did you mean "ics"\?\)/);
  });
});

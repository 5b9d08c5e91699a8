/** My summit, end to end in-process, each test with its own temporary XENSUMMIT_STATE_DIR: stars, hiding, mine, --mine, export, share strings, damaged state. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { cli, expectUsage, tempFolder, type Result, type RunOptions } from './run';

const tmp = tempFolder('mine');
const DATA = join(__dirname, '..', 'data', 'summit.json');
let count = 0;

/** A fresh state folder and a runner bound to it. */
function user(extra: Record<string, string> = {}) {
  const dir = join(tmp, `state-${++count}`);
  const env = { XENSUMMIT_STATE_DIR: dir, ...extra };
  const run = (args: string[], options: RunOptions = {}) => cli(args, { ...options, env: { ...env, ...options.env } });
  const file = () => join(dir, 'xensummit-2007.json');
  const state = () => JSON.parse(readFileSync(file(), 'utf8'));
  return { dir, env, run, file, state };
}

function ok(r: Result): Result {
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  return r;
}

function failsWith(r: Result, status: number, message: RegExp): void {
  expect(r.status).toBe(status);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
}

function dataCopy(change: (data: any) => void = () => {}): string {
  const data = JSON.parse(readFileSync(DATA, 'utf8'));
  change(data);
  const file = join(tmp, `data-${++count}.json`);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('star, unstar, hide, unhide', () => {
  it('round trip: each change is in the file, with the schema, the conference and the priorities', async () => {
    const u = user();
    expect(ok(await u.run(['star', 'tue-2a', '--priority', 'high'])).stdout).toBe(
      'Starred tue-2a (Tue 10:30–12:30, Session 2: I/O Virtualization), high priority.\n',
    );
    ok(await u.run(['star', 'wed-5', 'tue-3b']));
    expect(u.state()).toMatchObject({
      schema: 1,
      conference: { key: 'xensummit-2007', acronym: 'xensummit-2007', title: 'Xen Summit' },
      stars: { 'tue-2a': 'high', 'tue-3b': 'normal', 'wed-5': 'normal' },
      hidden: { tracks: [], sessions: [] },
    });
    expect(u.state().sessionsHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(ok(await u.run(['star', 'tue-2a'])).stdout).toBe('Now normal priority (was high): tue-2a (Tue 10:30–12:30, Session 2: I/O Virtualization).\n');
    expect(ok(await u.run(['unstar', 'tue-3b', 'wed-5'])).stdout).toBe(
      'Unstarred tue-3b (Tue 13:30–15:30, Session 3: Misc II).\nUnstarred wed-5 (Wed 08:25–10:00, Session 5: CPU Roadmaps Smart I/O).\n',
    );
    expect(ok(await u.run(['unstar', 'wed-5'])).stdout).toBe('Was not starred: wed-5 (Wed 08:25–10:00, Session 5: CPU Roadmaps Smart I/O).\n');
    ok(await u.run(['hide', '--track', 'B']));
    ok(await u.run(['hide', 'tue-dinner']));
    expect(u.state()).toMatchObject({ stars: { 'tue-2a': 'normal' }, hidden: { tracks: ['B'], sessions: ['tue-dinner'] } });
    expect(ok(await u.run(['unhide', 'tue-dinner'])).stdout).toBe('Back: tue-dinner (Tue 18:00–21:00, Dinner and Billiards).\n');
    expect(ok(await u.run(['unhide', '--all'])).stdout).toBe('Nothing hidden any more (brought back Track B).\n');
    expect(u.state().hidden).toEqual({ tracks: [], sessions: [] });
    expect(readdirSync(u.dir).sort()).toEqual(['xensummit-2007.json']);
  });

  it('an unknown id is a usage error with a did-you-mean, and nothing is starred', async () => {
    const u = user();
    expectUsage(await u.run(['star', 'tue-2a', 'tue-2bb']), /^xensummit: unknown session "tue-2bb" \(did you mean "tue-2b"\?\); see 'xensummit star --help'\n$/);
    expectUsage(await u.run(['star', 'keynote']), /unknown session "keynote": xensummit schedule --json lists the ids/);
    expectUsage(await u.run(['star']), /star needs a id/);
    expect(readdirSync(tmp)).not.toContain(u.dir);
  });

  it('a star on a hidden session is an error naming how to unhide it; hiding a starred one too', async () => {
    const u = user();
    ok(await u.run(['hide', '--track', 'B']));
    ok(await u.run(['star', 'tue-3a']));
    const before = readFileSync(u.file());
    failsWith(await u.run(['star', 'tue-2a', 'tue-2b']), 1, /^xensummit: tue-2b is hidden with Track B: unhide it first \(xensummit unhide --track B\)\n$/);
    failsWith(await u.run(['hide', 'tue-3a']), 1, /cannot hide starred session tue-3a: unstar it first/);
    failsWith(await u.run(['hide', '--track', 'A']), 1, /cannot hide starred session tue-3a/);
    failsWith(await u.run(['unhide', 'tue-2b']), 1, /tue-2b is hidden with Track B: xensummit unhide --track B brings it back/);
    expect(readFileSync(u.file())).toEqual(before);
    expectUsage(await u.run(['hide']), /hide needs session ids or --track/);
    expectUsage(await u.run(['unhide']), /unhide needs session ids, --track or --all \(hidden now: Track B\)/);
  });

  it('with no state folder at all (no HOME), a change says so in one line; reading commands work', async () => {
    failsWith(await cli(['star', 'tue-2a']), 1, /^xensummit: no state folder: set XENSUMMIT_STATE_DIR, XDG_STATE_HOME or HOME\n$/);
    ok(await cli(['schedule', '--mine']).then((r) => ({ ...r, stderr: '' })));
  });

  it('a state folder that is a file is one line, exit 1', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'not a folder');
    failsWith(await cli(['star', 'tue-2a'], { env: { XENSUMMIT_STATE_DIR: file } }), 1, /^xensummit: cannot make the state folder .*a-file: a file is there, not a folder\n$/);
    failsWith(await cli(['mine'], { env: { XENSUMMIT_STATE_DIR: file } }), 1, /^xensummit: cannot read state file .*: a part of the path is not a folder\n$/);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('the folder is XDG_STATE_HOME/xensummit, else ~/.local/state/xensummit', async () => {
    const home = join(tmp, 'home');
    ok(await cli(['star', 'tue-0'], { env: { HOME: home } }));
    expect(readdirSync(join(home, '.local', 'state', 'xensummit'))).toEqual(['xensummit-2007.json']);
    const xdg = join(tmp, 'xdg');
    ok(await cli(['star', 'tue-0'], { env: { HOME: home, XDG_STATE_HOME: xdg } }));
    expect(readdirSync(join(xdg, 'xensummit'))).toEqual(['xensummit-2007.json']);
  });
});

describe('mine', () => {
  it('shows my day with the Tuesday conflict, naming the other choice both ways', async () => {
    const u = user();
    ok(await u.run(['star', 'tue-2a', '--priority', 'high']));
    const starred = ok(await u.run(['star', 'tue-2b', 'wed-6']));
    expect(starred.stdout).toContain('Note: tue-2b is at the same time as tue-2a, also starred');
    expect(ok(await u.run(['mine'], { env: { COLUMNS: '100' } })).stdout).toBe(
      [
        'My summit: 3 starred sessions, 2 in conflict',
        'Tuesday 17 April 2007 (2007-04-17, times in EDT)',
        '  10:30–12:30  * Session 2: I/O Virtualization · high priority',
        '               tue-2a · Track A · Yorktown Auditorium · Chair: Muli Ben Yehuda',
        '               conflict: tue-2b, Session 2: Misc I (Track B)',
        '  10:30–12:30  * Session 2: Misc I',
        '               tue-2b · Track B · Meeting Room #2 · Chair: Clyde Griffin',
        '               conflict: tue-2a, Session 2: I/O Virtualization (Track A)',
        'Wednesday 18 April 2007 (2007-04-18, times in EDT)',
        '  10:30–12:30  * Session 6: XenAPI, HVM I/O, Graphics',
        '               wed-6 · Everyone · room not given in the deck · Chair: Mike Day',
        '',
      ].join('\n'),
    );
    const json = JSON.parse(ok(await u.run(['mine', '--json'])).stdout);
    expect(json.sessions.map((s: any) => [s.id, s.priority, s.conflicts])).toEqual([
      ['tue-2a', 'high', ['tue-2b']],
      ['tue-2b', 'normal', ['tue-2a']],
      ['wed-6', 'normal', []],
    ]);
    expect(json.sessions[0].start).toBe('2007-04-17T10:30:00-04:00');
    expect(json.missing).toEqual([]);
  });

  it('the BOF, with no end, conflicts with nothing before it and runs to the end of its day', async () => {
    const u = user();
    ok(await u.run(['star', 'wed-7', 'wed-bof']));
    expect(JSON.parse(ok(await u.run(['mine', '--json'])).stdout).sessions.map((s: any) => s.conflicts)).toEqual([[], []]);
  });

  it('with nothing starred, says how to star, on stderr', async () => {
    const r = await user().run(['mine']);
    expect(r).toEqual({ status: 0, stdout: '', stderr: expect.stringMatching(/^No starred sessions yet: star some with xensummit star ID/) });
  });
});

describe('--mine and the star mark on now, next and schedule', () => {
  it('marks starred sessions with ★ in a UTF-8 locale and * otherwise, and --mine keeps only them', async () => {
    const u = user();
    ok(await u.run(['star', 'tue-2b', 'tue-3a']));
    const plain = ok(await u.run(['now', '--at', 'tues 10:45']));
    expect(plain.stdout).toContain('    * Session 2: Misc I\n');
    expect(plain.stdout).toContain('    Session 2: I/O Virtualization\n');
    const utf8: Record<string, string>[] = [{ LANG: 'en_GB.UTF-8' }, { LC_ALL: 'C.utf8', LANG: 'C' }, { LC_CTYPE: 'de_DE.UTF-8' }];
    for (const env of utf8) {
      expect(ok(await u.run(['now', '--at', 'tues 10:45'], { env })).stdout).toContain('    ★ Session 2: Misc I\n');
    }
    expect(ok(await u.run(['now', '--at', 'tues 10:45'], { env: { LC_ALL: 'C', LANG: 'en_US.UTF-8' } })).stdout).toContain('    * Session 2: Misc I\n');
    const mine = ok(await u.run(['now', '--at', 'tues 10:45', '--mine']));
    expect(mine.stdout).toContain('* Session 2: Misc I');
    expect(mine.stdout).not.toContain('I/O Virtualization');
    expect(mine.stdout).toContain('Next: Tue 17 Apr 2007, 13:30 EDT, in 2 h 45 min\n  Track A · Yorktown Auditorium\n    * Session 3: Xen Distros');
    expect(mine.stdout).not.toContain('Misc II');
    expect(ok(await u.run(['now', '--at', 'tues 08:05', '--mine'])).stdout).toBe(
      'Tue 17 Apr 2007, 08:05 EDT\nNone of my starred sessions is on now.\n\nNext: Tue 17 Apr 2007, 10:30 EDT, in 2 h 25 min\n  Track B · Meeting Room #2\n    * Session 2: Misc I · Chair: Clyde Griffin\n',
    );
    expect(ok(await u.run(['now', '--at', 'tues 14:00', '--mine'])).stdout).toContain('\n    * Session 3: Xen Distros\n');
    expect(ok(await u.run(['now', '--at', 'tues 16:00', '--mine'])).stdout).toBe(
      'Tue 17 Apr 2007, 16:00 EDT\nNone of my starred sessions is on now.\nNone of my starred sessions starts later.\n',
    );
    expect(JSON.parse(ok(await u.run(['next', '--at', 'tues 10:45', '--mine', '--json'])).stdout).map((s: any) => s.id)).toEqual(['tue-3a']);
    expect(JSON.parse(ok(await u.run(['schedule', '--mine', '--json'])).stdout).map((s: any) => s.id)).toEqual(['tue-2b', 'tue-3a']);
    expect(ok(await u.run(['schedule', '--mine', '--day', 'tue'])).stdout).toContain('* Session 3: Xen Distros');
  });

  it('leaves hidden sessions out unless --all, and schedule says how many', async () => {
    const u = user();
    ok(await u.run(['hide', '--track', 'B']));
    ok(await u.run(['hide', 'tue-dinner']));
    const now = ok(await u.run(['now', '--at', 'tues 10:45']));
    expect(now.stdout).not.toContain('Misc I');
    expect(ok(await u.run(['now', '--at', 'tues 10:45', '--all'])).stdout).toContain('Misc I');
    expect(JSON.parse(ok(await u.run(['next', '--at', 'tues 10:45', '--json'])).stdout).map((s: any) => s.id)).toEqual(['tue-3a']);
    const schedule = await u.run(['schedule', '--json']);
    expect(schedule.stderr).toBe('5 hidden sessions left out; --all shows them.\n');
    expect(JSON.parse(schedule.stdout)).toHaveLength(9);
    expect(JSON.parse(ok(await u.run(['schedule', '--json', '--all'])).stdout)).toHaveLength(14);
  });

  it('--mine with no stars says so', async () => {
    for (const command of ['now', 'next', 'schedule']) {
      const r = await user().run([command, '--mine', '--at', 'tues 10:00'].slice(0, command === 'schedule' ? 2 : 4));
      expect(r).toEqual({ status: 0, stdout: '', stderr: expect.stringMatching(/^No starred sessions yet/) });
    }
  });
});

describe('export --mine', () => {
  function events(ics: string): ICAL.Component[] {
    return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  }

  it('is my sessions with the full export’s UIDs, and one alarm per event, last in it', async () => {
    const u = user();
    ok(await u.run(['star', 'tue-2a', 'wed-bof']));
    const full = events(ok(await u.run(['export'])).stdout);
    const mineIcs = ok(await u.run(['export', '--mine', '--alarm', '10m'])).stdout;
    const mine = events(mineIcs);
    expect(mine.map((e) => e.getFirstPropertyValue('uid'))).toEqual(['tue-2a@xensummit-2007', 'wed-bof@xensummit-2007']);
    for (const e of mine) {
      const uid = e.getFirstPropertyValue('uid');
      const same = full.find((f) => f.getFirstPropertyValue('uid') === uid)!;
      expect(e.getFirstPropertyValue('dtstart')!.toString()).toBe(same.getFirstPropertyValue('dtstart')!.toString());
      const alarms = e.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(alarms[0].getFirstPropertyValue('action')).toBe('DISPLAY');
      expect((alarms[0].getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-600);
    }
    // Placed last: END:VALARM is right before END:VEVENT, every time.
    expect(mineIcs.match(/END:VALARM\r\nEND:VEVENT/g)).toHaveLength(2);
    expect(mineIcs.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(full.every((e) => e.getAllSubcomponents('valarm').length === 0)).toBe(true);
    const triggers = events(ok(await u.run(['export', '--alarm', '1h30m'])).stdout).map((e) => (e.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
    expect(new Set(triggers)).toEqual(new Set([-5400]));
  });

  it('in another format, my sessions; --alarm is for ics only', async () => {
    const u = user();
    ok(await u.run(['star', 'tue-3b']));
    expect(ok(await u.run(['export', '--mine', '--format', 'csv'])).stdout.split('\r\n').filter(Boolean).map((l) => l.split(',')[0])).toEqual(['id', 'tue-3b']);
    expectUsage(await u.run(['export', '--mine', '--format', 'csv', '--alarm', '10m']), /--alarm is for ics exports, and this one is csv/);
    expectUsage(await u.run(['export', '--alarm', 'soon']), /invalid --alarm "soon": use minutes or hours/);
    const none = await user().run(['export', '--mine']);
    expect(none.status).toBe(0);
    expect(none.stderr).toBe('No starred sessions; the export has none.\n');
    expect(events(none.stdout)).toEqual([]);
  });
});

describe('share strings', () => {
  it('round trip: my string shows my stars as a friend’s beside mine', async () => {
    const friend = user();
    ok(await friend.run(['star', 'tue-2a', '--priority', 'high']));
    ok(await friend.run(['star', 'tue-3b']));
    const share = ok(await friend.run(['mine', '--share'])).stdout.trim();
    expect(share).toMatch(/^xs1\.[A-Za-z0-9_-]+\.[0-9a-f]{6}$/);
    expect(share.length).toBeLessThan(60);
    const me = user();
    ok(await me.run(['star', 'tue-2a', 'tue-4b']));
    const out = ok(await me.run(['mine', '--friend', share])).stdout;
    expect(out).toContain('Me: 2 starred; my friend: 2 starred; both of us: 1');
    expect(out).toMatch(/10:30–12:30 {2}\* {3}\* {7}Session 2: I\/O Virtualization/);
    expect(out).toMatch(/13:30–15:30 {6}\* {7}Session 3: Misc II/);
    expect(out).toMatch(/15:45–17:00 {2}\* {11}Session 4: Security/);
    expect(JSON.parse(ok(await me.run(['mine', '--friend', ` ${share}\n`, '--json'])).stdout).friend).toEqual({ 'tue-2a': 'high', 'tue-3b': 'normal' });
  });

  it.each([
    ['empty', '', /not a share string/],
    ['a word', 'hello', /not a share string/],
    ['a wrong check', 'xs1.eGVu.000000', /damaged \(its check does not match\)/],
    ['a newer version', 'xs9.eGVuc3VtbWl0.abcdef', /version 9, from a newer xensummit/],
    ['escape codes', 'xs1.\u001b[31m.abcdef', /not a share string/],
    ['30,000 characters', 'x'.repeat(30_000), /too long/],
  ])('garbage (%s) is one line, exit 2', async (_, value, message) => {
    expectUsage(await user().run(['mine', '--friend', value]), message);
  });

  it('a string for another conference, or with a truncated payload, is refused', async () => {
    const other = user();
    const data = dataCopy((d) => (d.acronym = 'other-2008'));
    ok(await other.run(['star', 'tue-2a', '--data', data]));
    const share = ok(await other.run(['mine', '--share', '--data', data])).stdout.trim();
    expectUsage(await user().run(['mine', '--friend', share]), /the share string is for "other-2008", not "xensummit-2007"/);
    expectUsage(await user().run(['mine', '--friend', share.replace(/\.[0-9a-f]{6}$/, '').slice(0, -2) + share.slice(-7)]), /damaged/);
  });
});

describe('damaged, newer or another conference’s state: one line, exit 1, the file untouched', () => {
  const cases: [string, string, RegExp][] = [
    ['not JSON', '{"schema": 1, "stars": {', /is damaged: not valid JSON .*; it is left as it is \(move it away to start afresh\)/],
    ['empty', '', /is damaged: not valid JSON/],
    ['a list', '[1,2]', /is damaged: not a JSON object/],
    ['newer', JSON.stringify({ schema: 2, conference: { key: 'xensummit-2007' }, stars: {}, future: true }), /was written by a newer xensummit \(schema 2; this one reads 1\); it is left as it is/],
    ['another conference', JSON.stringify({ schema: 1, conference: { key: 'file:/elsewhere/fosdem.json' }, stars: { a: 'high' } }), /belongs to another conference \("file:\/elsewhere\/fosdem.json", not "xensummit-2007"\)/],
    ['a bad priority', JSON.stringify({ schema: 1, conference: { key: 'xensummit-2007' }, stars: { 'tue-2a': 'urgent' } }), /the priority of star "tue-2a" is not high or normal/],
  ];
  it.each(cases)('%s', async (_, content, message) => {
    const u = user();
    ok(await u.run(['star', 'wed-5']));
    writeFileSync(u.file(), content);
    const before = readFileSync(u.file());
    for (const args of [['star', 'tue-2a'], ['unstar', 'wed-5'], ['hide', '--track', 'B'], ['unhide', '--all'], ['mine'], ['schedule'], ['now', '--mine'], ['export', '--mine'], ['remind', '--at', 'tues 10:25']]) {
      const r = await u.run(args);
      failsWith(r, 1, message);
      expect(r.stderr).toContain(u.file());
    }
    expect(readFileSync(u.file())).toEqual(before);
    expect(readdirSync(u.dir).sort()).toEqual(['xensummit-2007.json']);
  });
});

describe('state belongs to a conference, not to a version of its schedule', () => {
  it('--data files keep their own state, apart from the bundled summit’s and from each other', async () => {
    const u = user();
    const a = dataCopy();
    const b = dataCopy();
    ok(await u.run(['star', 'tue-2a']));
    ok(await u.run(['star', 'tue-3b', '--data', a]));
    ok(await u.run(['star', 'wed-5', '--data', b]));
    const ids = async (args: string[]) => JSON.parse(ok(await u.run([...args, '--json'])).stdout).sessions.map((s: any) => s.id);
    expect(await ids(['mine'])).toEqual(['tue-2a']);
    expect(await ids(['mine', '--data', a])).toEqual(['tue-3b']);
    expect(await ids(['mine', '--data', b])).toEqual(['wed-5']);
    const files = readdirSync(u.dir).sort();
    expect(files).toHaveLength(3);
    expect(files).toContain('xensummit-2007.json');
    expect(files.filter((f) => /^xensummit-2007-[0-9a-f]{12}\.json$/.test(f))).toHaveLength(2);
  });

  it('a changed schedule keeps its stars: a moved session stays starred, a vanished id is kept and reported', async () => {
    const u = user();
    const file = dataCopy();
    ok(await u.run(['star', 'tue-2a', 'tue-3b', '--data', file]));
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.sessions.find((s: any) => s.id === 'tue-2a').start = '11:00';
    data.sessions = data.sessions.filter((s: any) => s.id !== 'tue-3b');
    writeFileSync(file, JSON.stringify(data));
    const mine = ok(await u.run(['mine', '--data', file]));
    expect(mine.stdout).toContain('11:00–12:30  * Session 2: I/O Virtualization');
    expect(mine.stdout).toContain('Starred but not in the data (any more), kept: tue-3b; unstar removes them.');
    expect(JSON.parse(ok(await u.run(['mine', '--json', '--data', file])).stdout).missing).toEqual(['tue-3b']);
    ok(await u.run(['star', 'wed-5', '--data', file]));
    const state = JSON.parse(readFileSync(join(u.dir, readdirSync(u.dir)[0]), 'utf8'));
    expect(Object.keys(state.stars)).toEqual(['tue-2a', 'tue-3b', 'wed-5']);
    expect(ok(await u.run(['unstar', 'tue-3b', '--data', file])).stdout).toBe('Unstarred tue-3b (not in the data any more).\n');
  });
});

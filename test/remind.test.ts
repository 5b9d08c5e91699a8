/** remind, in-process with a literal clock and an injected command runner: once per session, again when it moves, --at a dry run. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, expectUsage, tempFolder, type RunOptions } from './run';

const tmp = tempFolder('remind');
const DATA = join(__dirname, '..', 'data', 'summit.json');
let count = 0;

/** 10:25 at the venue on Tuesday: Session 2 starts in 5 minutes. */
const TUE_1025 = '2007-04-17T14:25:00Z';

function user() {
  const dir = join(tmp, `state-${++count}`);
  const run = (args: string[], options: RunOptions = {}) => cli(args, { now: TUE_1025, ...options, env: { XENSUMMIT_STATE_DIR: dir, ...options.env } });
  return { dir, run, file: join(dir, 'xensummit-2007.json') };
}

function recorder(status = 0) {
  const calls: Record<string, string | undefined>[] = [];
  return { calls, exec: (command: string, env: Record<string, string | undefined>) => (calls.push({ command, ...env }), status) };
}

describe('remind', () => {
  it('announces a starred session once; the second run is silent', async () => {
    const u = user();
    await u.run(['star', 'tue-2a', 'tue-3a']);
    const first = await u.run(['remind']);
    expect(first).toEqual({ status: 0, stdout: '10:30 Session 2: I/O Virtualization · Track A · Yorktown Auditorium · in 5 min\n', stderr: '' });
    expect(JSON.parse(readFileSync(u.file, 'utf8')).reminded).toEqual({ 'tue-2a': { start: '2007-04-17T10:30:00-04:00', room: 'Yorktown Auditorium' } });
    expect(await u.run(['remind'])).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await u.run(['remind'], { now: '2007-04-17T14:29:00Z' })).toEqual({ status: 0, stdout: '', stderr: '' });
    // A cron job every minute from 13:15 to 13:35 announces Session 3 once, at 13:20.
    const said: string[] = [];
    for (let minute = 15; minute <= 35; minute++) {
      const r = await u.run(['remind'], { now: `2007-04-17T17:${String(minute).padStart(2, '0')}:00Z` });
      expect(r.status).toBe(0);
      if (r.stdout !== '') said.push(`13:${minute} ${r.stdout}`);
    }
    expect(said).toEqual(['13:20 13:30 Session 3: Xen Distros · Track A · Yorktown Auditorium · in 10 min\n']);
  });

  it('announces again when the session moves or changes room in the data', async () => {
    const u = user();
    const file = join(tmp, `data-${count}.json`);
    writeFileSync(file, readFileSync(DATA));
    await u.run(['star', 'tue-2a', '--data', file]);
    expect((await u.run(['remind', '--data', file])).stdout).toContain('10:30 Session 2: I/O Virtualization');
    expect((await u.run(['remind', '--data', file])).stdout).toBe('');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const s = data.sessions.find((x: { id: string }) => x.id === 'tue-2a');
    s.start = '10:35';
    writeFileSync(file, JSON.stringify(data));
    expect((await u.run(['remind', '--data', file])).stdout).toBe('10:35 Session 2: I/O Virtualization · Track A · Yorktown Auditorium · in 10 min (moved from Tue 10:30)\n');
    expect((await u.run(['remind', '--data', file])).stdout).toBe('');
    s.room = 'Meeting Room #2';
    writeFileSync(file, JSON.stringify(data));
    expect((await u.run(['remind', '--data', file])).stdout).toBe('10:35 Session 2: I/O Virtualization · Track A · Meeting Room #2 · in 10 min (room was Yorktown Auditorium)\n');
  });

  it('--at is a dry run: it announces and records nothing', async () => {
    const u = user();
    await u.run(['star', 'tue-2a']);
    const before = readFileSync(u.file);
    for (let i = 0; i < 2; i++) expect((await u.run(['remind', '--at', 'tues 10:22'])).stdout).toBe('10:30 Session 2: I/O Virtualization · Track A · Yorktown Auditorium · in 8 min\n');
    expect(readFileSync(u.file)).toEqual(before);
  });

  it('--all takes every session, --within widens the window, --tz shows another clock', async () => {
    const u = user();
    await u.run(['star', 'tue-2a']);
    expect((await u.run(['remind', '--all', '--at', 'tues 10:25'])).stdout).toBe(
      '10:30 Session 2: I/O Virtualization · Track A · Yorktown Auditorium · in 5 min\n10:30 Session 2: Misc I · Track B · Meeting Room #2 · in 5 min\n',
    );
    await u.run(['star', 'tue-3b']);
    expect((await u.run(['remind', '--within', '3h10m', '--at', 'tues 10:25'])).stdout.split('\n')).toHaveLength(3);
    expect((await u.run(['remind', '--at', '2007-04-17T14:25:00Z', '--tz', 'Europe/London'])).stdout).toBe('15:30 Session 2: I/O Virtualization · Track A · Yorktown Auditorium · in 5 min\n');
    expectUsage(await u.run(['remind', '--within', 'ten']), /invalid --within "ten": use minutes or hours/);
  });

  it('without stars, or with no state folder, says nothing', async () => {
    expect(await user().run(['remind'])).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await cli(['remind', '--at', 'tues 10:25'])).toEqual({ status: 0, stdout: '', stderr: '' });
    const r = await cli(['remind'], { now: TUE_1025 });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('xensummit: no state folder: set XENSUMMIT_STATE_DIR, XDG_STATE_HOME or HOME\n');
  });

  it('--exec runs the command with the session in its environment, instead of printing', async () => {
    const u = user();
    await u.run(['star', 'tue-2a', 'wed-bof']);
    const rec = recorder();
    const r = await u.run(['remind', '--exec', 'notify "$XENSUMMIT_TITLE"'], { exec: rec.exec, env: { LANG: 'C.UTF-8' } });
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(rec.calls).toHaveLength(1);
    expect(rec.calls[0]).toMatchObject({
      command: 'notify "$XENSUMMIT_TITLE"',
      XENSUMMIT_ID: 'tue-2a',
      XENSUMMIT_TITLE: 'Session 2: I/O Virtualization',
      XENSUMMIT_START: '2007-04-17T10:30:00-04:00',
      XENSUMMIT_ROOM: 'Yorktown Auditorium',
      LANG: 'C.UTF-8',
      XENSUMMIT_STATE_DIR: u.dir,
    });
    const bof = recorder();
    await u.run(['remind', '--exec', 'x'], { exec: bof.exec, now: '2007-04-18T19:25:00Z' });
    expect(bof.calls.map((c) => [c.XENSUMMIT_ID, c.XENSUMMIT_ROOM, c.XENSUMMIT_TITLE])).toEqual([['wed-bof', '', 'BOF Sessions (TBD)']]);
  });

  it('a command that fails: exit 1 naming it, and the session is announced again on the next run', async () => {
    const u = user();
    await u.run(['star', 'tue-2a']);
    const failing = recorder(3);
    const r = await u.run(['remind', '--exec', 'false'], { exec: failing.exec });
    expect(r).toEqual({ status: 1, stdout: '', stderr: 'xensummit: --exec failed for tue-2a (exit 3): announced again on the next run\n' });
    expect(JSON.parse(readFileSync(u.file, 'utf8')).reminded).toEqual({});
    const working = recorder(0);
    expect((await u.run(['remind', '--exec', 'true'], { exec: working.exec })).status).toBe(0);
    expect(working.calls.map((c) => c.XENSUMMIT_ID)).toEqual(['tue-2a']);
    expect(existsSync(u.file)).toBe(true);
  });
});

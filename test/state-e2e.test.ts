/**
 * The state folder under real processes (the built binary): twenty concurrent stars all kept, SIGKILL
 * at any moment leaves the old or the new state whole, and remind --exec gives a real command its
 * environment. Nothing here asserts on timing: the kills land wherever they land, and every outcome
 * is checked to be whole.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from './run';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'xensummit');
const tmp = tempFolder('state-e2e');

function envFor(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XENSUMMIT_STATE_DIR: dir, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  return env;
}

function generate(count: number): string {
  const file = join(tmp, `gen-${count}.json`);
  if (!existsSync(file)) spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), String(count), file]);
  return file;
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts the binary; `kill` sends SIGKILL after `killAfterMs`. Resolves when the process has exited and been reaped. */
function start(args: string[], env: NodeJS.ProcessEnv, killAfterMs?: number): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code, signal) => {
      if (timer !== undefined) clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

function stateFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json'));
}

function starsIn(dir: string): string[] {
  const [file] = stateFiles(dir);
  return Object.keys(JSON.parse(readFileSync(join(dir, file), 'utf8')).stars).sort();
}

describe('concurrent changes', () => {
  it('twenty star processes at once with different ids end with all twenty stars', async () => {
    const data = generate(40);
    for (let round = 0; round < 2; round++) {
      const dir = join(tmp, `concurrent-${round}`);
      const ids = Array.from({ length: 20 }, (_, i) => `s${i + 1}`);
      const exits = await Promise.all(ids.map((id) => start(['star', id, '--data', data], envFor(dir))));
      expect(exits.map((e) => [e.code, e.stderr])).toEqual(ids.map(() => [0, '']));
      expect(starsIn(dir)).toEqual([...ids].sort());
      expect(readdirSync(dir)).toHaveLength(1);
    }
  }, 60_000);

  it('stars and unstars at once: each change applies to what the others left', async () => {
    const data = generate(40);
    const dir = join(tmp, 'mixed');
    const setup = spawnSync(process.execPath, [BIN, 'star', ...Array.from({ length: 10 }, (_, i) => `s${i + 1}`), '--data', data], { env: envFor(dir) });
    expect(setup.status).toBe(0);
    const exits = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => start(['unstar', `s${i + 1}`, '--data', data], envFor(dir))),
      ...Array.from({ length: 10 }, (_, i) => start(['star', `s${i + 21}`, '--data', data], envFor(dir))),
    ]);
    expect(exits.every((e) => e.code === 0)).toBe(true);
    expect(starsIn(dir)).toEqual(Array.from({ length: 10 }, (_, i) => `s${i + 21}`).sort());
  }, 60_000);
});

describe('SIGKILL during a change', () => {
  it('leaves the old state or the new one, whole, every time; the next change goes through', async () => {
    const data = generate(20_000);
    const dir = join(tmp, 'killed');
    // A big state file, so that writing it takes a while.
    const base = Array.from({ length: 8_000 }, (_, i) => `s${i + 1}`);
    const quiet = { env: envFor(dir), stdio: 'ignore' as const };
    expect(spawnSync(process.execPath, [BIN, 'star', ...base, '--data', data], quiet).status).toBe(0);
    const t0 = Date.now();
    expect(spawnSync(process.execPath, [BIN, 'star', 's19999', '--data', data], quiet).status).toBe(0);
    const runMs = Date.now() - t0;
    let before = starsIn(dir);
    const outcomes = { old: 0, new: 0 };
    for (let i = 0; i < 24; i++) {
      const id = `s${10_000 + i}`;
      // Kills spread from a third of a run to past its end: during the load, the lock, the write, and after.
      const exit = await start(['star', id, '--data', data], envFor(dir), Math.round(runMs * (0.3 + (1.2 * i) / 24)));
      const after = starsIn(dir); // parses: the file is whole
      const grown = [...before, id].sort();
      expect([JSON.stringify(before), JSON.stringify(grown)]).toContain(JSON.stringify(after));
      outcomes[after.length === before.length ? 'old' : 'new']++;
      if (exit.signal === null) expect(exit.code).toBe(0);
      before = after;
    }
    // Whatever the kills left (a lock of a dead process, a temporary file), the next change cleans up and goes through.
    const last = spawnSync(process.execPath, [BIN, 'star', 's20000', '--data', data], { env: envFor(dir), encoding: 'utf8' });
    expect({ status: last.status, stderr: last.stderr }).toEqual({ status: 0, stderr: '' });
    expect(starsIn(dir)).toEqual([...before, 's20000'].sort());
    expect(readdirSync(dir)).toEqual(stateFiles(dir));
    expect(outcomes.old + outcomes.new).toBe(24);
  }, 120_000);
});

describe('remind on the real clock', () => {
  it('several runs at once, then again and again, announce a session starting soon exactly once', async () => {
    // A one-session conference in UTC whose session starts three minutes from now (no end: any minute of the day will do).
    const soon = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 3 * 60_000);
    const data = JSON.parse(readFileSync(join(ROOT, 'data', 'summit.json'), 'utf8'));
    const date = soon.toISOString().slice(0, 10);
    data.venue.timeZone = 'UTC';
    data.days = [{ date, label: 'Today' }];
    data.sessions = [{ id: 'soon', date, start: soon.toISOString().slice(11, 16), end: null, track: null, room: 'Hall', number: null, title: 'Soon', chair: null }];
    const file = join(tmp, 'soon.json');
    writeFileSync(file, JSON.stringify(data));
    const dir = join(tmp, 'remind-real');
    const log = join(tmp, 'remind-real.log');
    expect(spawnSync(process.execPath, [BIN, 'star', 'soon', '--data', file], { env: envFor(dir) }).status).toBe(0);
    const args = ['remind', '--data', file, '--exec', `echo "$XENSUMMIT_ID $XENSUMMIT_START" >> "${log}"`];
    const exits = await Promise.all(Array.from({ length: 6 }, () => start(args, envFor(dir))));
    expect(exits.map((e) => [e.code, e.stderr])).toEqual(exits.map(() => [0, '']));
    for (let i = 0; i < 3; i++) expect(spawnSync(process.execPath, [BIN, ...args], { env: envFor(dir) }).status).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe(`soon ${soon.toISOString().slice(0, 16)}:00+00:00\n`);
  }, 60_000);
});

describe('remind --exec in a real process', () => {
  it('runs the command through the shell with the session and the caller’s environment', () => {
    const dir = join(tmp, 'exec');
    const out = join(tmp, 'exec-env.txt');
    expect(spawnSync(process.execPath, [BIN, 'star', 'tue-2a', 'wed-5'], { env: envFor(dir) }).status).toBe(0);
    const r = spawnSync(process.execPath, [BIN, 'remind', '--at', 'tues 10:25', '--exec', `env >> "${out}"; echo "--" >> "${out}"`], {
      env: { ...envFor(dir), CALLER_VARIABLE: 'kept' },
      encoding: 'utf8',
    });
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
    const runs = readFileSync(out, 'utf8').split('--\n').filter(Boolean);
    expect(runs).toHaveLength(1);
    const vars = Object.fromEntries(runs[0].trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    expect(vars).toMatchObject({
      XENSUMMIT_ID: 'tue-2a',
      XENSUMMIT_TITLE: 'Session 2: I/O Virtualization',
      XENSUMMIT_START: '2007-04-17T10:30:00-04:00',
      XENSUMMIT_ROOM: 'Yorktown Auditorium',
      CALLER_VARIABLE: 'kept',
    });
    const failing = spawnSync(process.execPath, [BIN, 'remind', '--at', 'tues 10:25', '--exec', 'exit 4'], { env: envFor(dir), encoding: 'utf8' });
    expect({ status: failing.status, stderr: failing.stderr }).toEqual({ status: 1, stderr: 'xensummit: --exec failed for tue-2a (exit 4)\n' });
  });
});

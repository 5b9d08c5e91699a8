/**
 * What only a real process shows: the built binary and its fast path, a terminal, a pipe that closes
 * early, files written by a separate process. Everything else is tested in-process (cli.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempFolder } from './run';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'xensummit');
const tmp = tempFolder('e2e');

interface Spawned {
  status: number | null;
  stdout: string;
  stderr: string;
}

function xs(args: string[], env: Record<string, string> = {}): Spawned {
  const base = { ...process.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'COLUMNS', 'TERM', 'COLORTERM', 'XENSUMMIT_TZ', 'PAGER', 'XENSUMMIT_PAGER', 'XENSUMMIT_DATA']) delete base[key];
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...base, ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function bash(script: string, env: Record<string, string> = {}): Spawned {
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the built binary', () => {
  it('reads a schedule.xml and a schedule.json through its lazily loaded parser and entity table, as in-process', async () => {
    for (const file of ['tinycon.schedule.xml', 'tinycon.schedule.json']) {
      const args = ['show', file.endsWith('xml') ? '102' : '11', '--data', join(ROOT, 'test', 'fixtures', 'schedules', file)];
      const inProcess = await cli(args, { env: { COLUMNS: '80' } });
      expect(xs(args, { COLUMNS: '80' })).toEqual({ status: 0, stdout: inProcess.stdout, stderr: '' });
    }
  });


  it('answers --version and help on the fast path with what the CLI says', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(xs(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    for (const args of [['--help'], ['schedule', '--help'], ['help', 'export']]) {
      const spawned = xs(args, { COLUMNS: '100' });
      const inProcess = await cli(args, { env: { COLUMNS: '100' } });
      expect(spawned).toEqual({ status: 0, stdout: inProcess.stdout, stderr: '' });
    }
  });

  it('wraps help to a narrow terminal without splitting a word', () => {
    const r = xs(['now', '--help'], { COLUMNS: '40' });
    expect(r.status).toBe(0);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
    expect(r.stdout).toContain('default');
  });

  it('runs a command and sets the exit code of a usage error', () => {
    const ok = xs(['now', '--at', 'tues 10:45']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Session 2: I/O Virtualization');
    const bad = xs(['schedule', '--day', 'fri']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('a terminal', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  (hasScript ? it : it.skip)('gets colour on a real terminal, and none in a pipe', () => {
    const tty = bash(`script -qec '"${process.execPath}" "${BIN}" now --at "tues 10:45"' /dev/null`, { TERM: 'xterm' });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toContain('\u001b[');
    expect(tty.stdout.replace(/\u001b\[[0-9;]*m/g, '').replace(/\r\n/g, '\n')).toContain('Session 2: I/O Virtualization');
    const pipe = bash(`"${process.execPath}" "${BIN}" now --at "tues 10:45" | cat`, { TERM: 'xterm' });
    expect(pipe.stdout).not.toContain('\u001b[');
  });
});

describe('a pipe that closes early', () => {
  // Large enough that the output does not fit the pipe's buffer, so EPIPE really happens.
  const big = join(tmp, 'big.json');
  spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '3000', big]);

  it('ends quietly, exit 0, for human output and JSON alike', () => {
    for (const args of ['schedule', 'schedule --json', 'export --format csv']) {
      const r = bash(`set -o pipefail; "${process.execPath}" "${BIN}" ${args} --data "${big}" | head -c1 >/dev/null`);
      expect({ args, status: r.status, stderr: r.stderr }).toEqual({ args, status: 0, stderr: '' });
    }
  });

  it('writes every byte when the reader keeps reading', () => {
    const whole = bash(`"${process.execPath}" "${BIN}" schedule --json --data "${big}" | wc -c`);
    expect(Number(whole.stdout.trim())).toBeGreaterThan(256 * 1024);
    const parsed = bash(`"${process.execPath}" "${BIN}" schedule --json --data "${big}" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).length))"`);
    expect(parsed.stdout.trim()).toBe('3000');
  });
});

describe('export -o from a separate process', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const file = join(tmp, 'again.ics');
    writeFileSync(file, 'old');
    const r = xs(['export', '-o', file, '--day', 'tue']);
    expect(r).toEqual({ status: 0, stdout: '', stderr: `Wrote 10 sessions to ${file} (ics).\n` });
    expect(readFileSync(file, 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(10);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the code cache', () => {
  it('is written once per Node and flags, outside the package, and not rewritten on the next run', () => {
    const dir = join(tmp, 'cache');
    const run = (env: Record<string, string>) => xs(['now', '--at', 'tues 10:45'], { XENSUMMIT_CACHE_DIR: dir, ...env });
    expect(run({}).status).toBe(0);
    expect(run({ NODE_OPTIONS: '--max-old-space-size=4096' }).status).toBe(0);
    const files = () => readdirSync(join(dir, 'v8')).sort();
    expect(files()).toHaveLength(2);
    const stamps = () => files().map((f) => statSync(join(dir, 'v8', f)).mtimeMs);
    const before = stamps();
    expect(run({}).stdout).toContain('Session 2: I/O Virtualization');
    expect(run({ NODE_OPTIONS: '--max-old-space-size=4096' }).status).toBe(0);
    expect(stamps()).toEqual(before);
    expect(readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.cache'))).toEqual([]);
  });
});

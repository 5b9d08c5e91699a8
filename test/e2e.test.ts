/**
 * What only a real process shows: the built binary and its fast path, a terminal, a pipe that closes
 * early, files written by a separate process. Everything else is tested in-process (cli.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempFolder } from './run';
import { SPECS } from '../src/commands/specs';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'xensummit');
const tmp = tempFolder('e2e');
// Large enough that the output does not fit a pipe's buffer, so EPIPE really happens.
const big = join(tmp, 'big.json');
spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '3000', big]);
// More than a pipe's 64 KiB as text, for a pager that quits early.
const mid = join(tmp, 'mid.json');
spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '800', mid]);

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

  it('answers help into a pipe from the help the build wrote, the same as the CLI renders', async () => {
    const help = JSON.parse(readFileSync(join(ROOT, 'dist', 'help.json'), 'utf8'));
    const names = ['', ...SPECS.map((s) => s.name)];
    expect(Object.keys(help).sort()).toEqual([...names].sort());
    for (const name of names) {
      const args = name === '' ? ['--help'] : [name, '--help'];
      const inProcess = await cli(args, { env: {} });
      expect({ name, ...xs(args) }).toEqual({ name, status: 0, stdout: inProcess.stdout, stderr: '' });
      expect(help[name]).toBe(inProcess.stdout);
    }
    expect(xs(['help', 'export'])).toEqual({ status: 0, stdout: help.export, stderr: '' });
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
    const tty = bash(`script -qec '"${process.execPath}" "${BIN}" now --at "tues 10:45"' /dev/null`, { TERM: 'xterm', XENSUMMIT_PAGER: '' });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toContain('\u001b[');
    expect(tty.stdout.replace(/\u001b\[[0-9;]*m/g, '').replace(/\r\n/g, '\n')).toContain('Session 2: I/O Virtualization');
    const pipe = bash(`"${process.execPath}" "${BIN}" now --at "tues 10:45" | cat`, { TERM: 'xterm' });
    expect(pipe.stdout).not.toContain('\u001b[');
  });
});

describe('the pager on a real terminal', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  const onTerminal = (command: string, env: Record<string, string>) =>
    bash(`script -qec 'stty rows 10 cols 80; ${command}; echo "exit $?"' /dev/null`, { TERM: 'xterm', NO_COLOR: '1', ...env });
  const node = `"${process.execPath}" "${BIN}"`;

  (hasScript ? it : it.skip)('runs XENSUMMIT_PAGER with the output, and LESS=FRX, waits for it, and not with --no-pager', () => {
    const paged = onTerminal(`${node} schedule`, { XENSUMMIT_PAGER: 'sed "s/^/paged: /"' });
    const lines = paged.stdout.replace(/\r\n/g, '\n').split('\n');
    expect(lines[0]).toBe('paged: Tuesday 17 April 2007 (2007-04-17, times in EDT)');
    expect(lines.filter((l) => l.startsWith('paged: ')).length).toBeGreaterThan(20);
    expect(lines).toContain('exit 0');
    const env = onTerminal(`${node} info`, { XENSUMMIT_PAGER: 'env' });
    expect(env.stdout).toMatch(/^LESS=FRX\r?$/m);
    const direct = onTerminal(`${node} schedule --no-pager`, { XENSUMMIT_PAGER: 'sed "s/^/paged: /"' });
    expect(direct.stdout).not.toContain('paged: ');
    expect(direct.stdout).toContain('Tuesday 17 April 2007');
  });

  (hasScript ? it : it.skip)('a pager that quits early is quiet, exit 0; one that cannot start leaves the output printed', () => {
    const early = onTerminal(`${node} schedule --data "${mid}"`, { XENSUMMIT_PAGER: 'head -2' });
    expect(early.stdout.replace(/\r\n/g, '\n')).toMatch(/^Tuesday 17 April 2007 .*\n {2}08:00–09:00 .*\nexit 0\n$/);
    // A bare word is run without a shell (as git does), so the tool says why, in one line.
    const missing = onTerminal(`${node} schedule`, { XENSUMMIT_PAGER: 'no-such-pager-here' });
    expect(missing.stdout).toContain('08:00–08:15  Session 0: Intro/plenary');
    expect(missing.stdout).toContain('xensummit: cannot run the pager "no-such-pager-here": no such program; printed without it\r\n');
    expect(missing.stdout).toContain('exit 0');
    // A line for the shell: the shell says why (exit 127), the output is printed.
    const missingInShell = onTerminal(`${node} schedule`, { XENSUMMIT_PAGER: 'no-such-pager-here -S' });
    expect(missingInShell.stdout).toContain('08:00–08:15  Session 0: Intro/plenary');
    expect(missingInShell.stdout).not.toContain('xensummit: cannot run the pager');
    expect(missingInShell.stdout).toContain('exit 0');
  }, 60_000);
});

describe('a pipe that closes early', () => {
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

  // Node's spawn makes a child's stdio blocking, so the parent here is Python, which leaves the pipe as it is.
  const python = spawnSync('python3', ['-c', 'import fcntl']).status === 0;
  (python ? it : it.skip)('writes every byte into a non-blocking pipe that fills up (EAGAIN), then exits 0', () => {
    // The reader waits before reading, so the pipe is full and a write fails with EAGAIN.
    const parent = [
      'import fcntl, hashlib, os, subprocess, sys, time',
      'r, w = os.pipe()',
      'fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)',
      'child = subprocess.Popen(sys.argv[1:], stdout=w, stderr=subprocess.PIPE)',
      'os.close(w)',
      'time.sleep(0.5)',
      'data = b""',
      'while True:',
      '    chunk = os.read(r, 65536)',
      '    if not chunk: break',
      '    data += chunk',
      'err = child.stderr.read()',
      'print(child.wait(), len(data), hashlib.sha256(data).hexdigest(), repr(err))',
    ].join('\n');
    const args = ['schedule', '--json', '--data', big];
    const r = spawnSync('python3', ['-c', parent, process.execPath, BIN, ...args], { encoding: 'utf8' });
    const expected = Buffer.from(xs(args).stdout);
    expect(expected.length).toBeGreaterThan(256 * 1024);
    expect(r.stdout).toBe(`0 ${expected.length} ${createHash('sha256').update(expected).digest('hex')} b''\n`);
  });
});

describe('a large output, written a piece at a time', () => {
  it('is the same bytes as the text encoded whole: pairs of surrogates across the pieces, lone ones, two- and three-byte characters', () => {
    // Pieces are 65,536 code units: after one "a", pairs end on every boundary; then lone halves and
    // two- and three-byte characters (made in the child too: a file would carry lone halves as U+FFFD).
    const build = `['a', '\\ud83d\\ude00'.repeat(100000), '\\ud800x\\udc00\\u00e9', '\\u6f22'.repeat(70000), '\\ud83d'].join('')`;
    const text = new Function(`return ${build}`)() as string;
    expect(text.length).toBeGreaterThan(4 * 65_536);
    const script = `require(${JSON.stringify(join(ROOT, 'dist', 'start.js'))}).processOutputs(process, false).stdout.write(${build})`;
    const r = spawnSync(process.execPath, ['-e', script], { maxBuffer: 2 ** 26 });
    expect(r.status).toBe(0);
    expect(r.stdout.equals(Buffer.from(text, 'utf8'))).toBe(true);
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

describe('never a stack trace', () => {
  const oneLine = (r: Spawned, message: RegExp) => {
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  };

  it('an unbuilt checkout says to run npm install', () => {
    const checkout = join(tmp, 'checkout');
    mkdirSync(join(checkout, 'bin'), { recursive: true });
    copyFileSync(BIN, join(checkout, 'bin', 'xensummit'));
    copyFileSync(join(ROOT, 'package.json'), join(checkout, 'package.json'));
    const r = spawnSync(process.execPath, [join(checkout, 'bin', 'xensummit'), 'now'], { encoding: 'utf8' });
    oneLine({ status: r.status, stdout: r.stdout, stderr: r.stderr }, /^xensummit: not built yet: run `npm install` in .*checkout first\n$/);
  });

  it('an old Node is told the version package.json asks for, before anything else loads', () => {
    const old = join(tmp, 'old-node.cjs');
    writeFileSync(old, "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '16.20.2' } });");
    const engine = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node;
    for (const args of [['now'], ['--version']]) {
      const r = spawnSync(process.execPath, ['--require', old, BIN, ...args], { encoding: 'utf8' });
      oneLine({ status: r.status, stdout: r.stdout, stderr: r.stderr }, new RegExp(`^xensummit: needs Node 20 or newer \\(package.json: "node": "${engine}"\\); this is Node 16.20.2\n$`));
    }
  });

  it('--version into a pipe whose reader has gone (EPIPE): quiet, exit 0, as a command is', () => {
    // The reader (true) is gone before the tool starts, so its write meets no reader at all.
    for (const args of ['--version', '-V', 'schedule']) {
      const r = bash(`{ sleep 0.3; "${process.execPath}" "${BIN}" ${args}; echo "status $?" >&2; } | true`);
      expect({ args, ...r }).toEqual({ args, status: 0, stdout: '', stderr: 'status 0\n' });
    }
  });

  (existsSync('/dev/full') ? it : it.skip)('a full disk on stdout: one line, exit 1, for a command and for help', () => {
    for (const args of ['schedule', 'schedule --json', '--help', 'export --format csv', '--version']) {
      const r = bash(`"${process.execPath}" "${BIN}" ${args} > /dev/full`);
      expect({ args, ...r }).toEqual({ args, status: 1, stdout: '', stderr: 'xensummit: cannot write the output: no space left on the device\n' });
    }
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
    // Each command has a cache of its own, with the functions it compiled.
    expect(files().every((f) => f.startsWith('xensummit.js-now-'))).toBe(true);
    expect(xs(['schedule'], { XENSUMMIT_CACHE_DIR: dir }).status).toBe(0);
    expect(files().filter((f) => f.startsWith('xensummit.js-schedule-'))).toHaveLength(1);
    expect(stamps().slice(0, 2)).toEqual(before);
  });
});

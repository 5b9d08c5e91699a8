/** TAB completion: what `__complete` answers (in-process), and that the scripts really complete in bash, zsh and fish. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SPECS } from '../src/commands/specs';
import { longFlag } from '../src/commands/spec';
import { quickAnswer } from '../src/fast';
import { cli, expectUsage, tempFolder } from './run';

const ROOT = join(__dirname, '..');
const tmp = tempFolder('completion');

/** The candidates __complete prints for these words (the last being completed), and their kind. */
async function candidates(...words: string[]): Promise<{ kind: string; words: string[] }> {
  const r = await cli(['__complete', ...words]);
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('');
  const [kind, ...rest] = r.stdout.trimEnd().split('\n');
  return { kind, words: rest };
}

describe('__complete', () => {
  it('offers the commands, by prefix', async () => {
    expect((await candidates('')).words).toEqual(SPECS.map((s) => s.name));
    expect((await candidates('s')).words).toEqual(SPECS.map((s) => s.name).filter((n) => n.startsWith('s')));
    expect((await candidates('sch')).words).toEqual(['schedule']);
    expect((await candidates('--json', 'sch')).words).toEqual(['schedule']);
  });

  it("offers each command's own options, from its table, and --help", async () => {
    for (const spec of SPECS) {
      expect((await candidates(spec.name, '-')).words).toEqual([...spec.options.map(longFlag), '--help']);
    }
    expect((await candidates('schedule', '--d')).words).toEqual(['--day', '--data']);
    expect((await candidates('--')).words).toContain('--version');
  });

  it('offers the values of an option: fixed lists, days, tracks, zones, files', async () => {
    expect((await candidates('stats', '--sort', '')).words).toEqual(['aliases', 'checkins', 'insertions', 'domain', 'deck']);
    expect((await candidates('export', '--format', '')).words).toEqual(['ics', 'csv', 'json', 'xml']);
    expect((await candidates('schedule', '--day', 'w')).words).toEqual(['wednesday', 'wed', 'weds']);
    expect((await candidates('now', '--track', '')).words).toEqual(['A', 'B']);
    expect((await candidates('schedule', '--tz', 'Europe/Lon')).words).toEqual(['Europe/London']);
    expect((await candidates('schedule', '--tz', 'v')).words).toEqual(['venue']);
    expect((await candidates('schedule', '--day=tu')).words).toEqual(['--day=tuesday', '--day=tue', '--day=tues']);
    expect(await candidates('export', '-o', '')).toEqual({ kind: 'files', words: [] });
    expect(await candidates('stats', '--data', 'x')).toEqual({ kind: 'files', words: [] });
  });

  it('offers the arguments: a command for help, a shell for completion; nothing for free text', async () => {
    expect((await candidates('help', 'ex')).words).toEqual(['export']);
    expect((await candidates('completion', '')).words).toEqual(['bash', 'zsh', 'fish']);
    expect((await candidates('search', '')).words).toEqual([]);
    expect((await candidates('completion', 'bash', '')).words).toEqual([]);
    expect((await candidates('star', 'tue-2')).words).toEqual(['tue-2a', 'tue-2b']);
    expect((await candidates('star', 'tue-2a', 'wed-')).words).toEqual(['wed-5', 'wed-6', 'wed-7', 'wed-bof']);
    expect((await candidates('nosuch', '')).words).toEqual([]);
  });

  it('reads days and tracks from the --data file on the line, and never fails a TAB', async () => {
    const file = join(tmp, 'other.json');
    writeFileSync(file, JSON.stringify({ days: [{ date: '2030-01-07', label: 'Mon' }], sessions: [{ id: 'm-1', track: 'Z' }] }));
    expect((await candidates('--data', file, 'schedule', '--track', '')).words).toEqual(['Z']);
    expect((await candidates('schedule', `--data=${file}`, '--day', '')).words).toEqual(['2030-01-07', 'monday', 'mon']);
    expect((await candidates('schedule', '--data', join(tmp, 'missing.json'), '--day', '')).words).toEqual([]);
  });

  it('is answered on the fast path the same', async () => {
    for (const words of [[''], ['schedule', '--day', ''], ['stats', '-']]) {
      expect(quickAnswer(['__complete', ...words], {}, undefined)).toBe((await cli(['__complete', ...words])).stdout);
    }
  });
});

describe('completion SHELL', () => {
  it.each(['bash', 'zsh', 'fish'])('prints the %s script, which calls __complete', async (shell) => {
    const r = await cli(['completion', shell]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('xensummit __complete');
  });
  it('a bad or missing shell is a usage error', async () => {
    expectUsage(await cli(['completion', 'bsh']), /^xensummit: invalid shell "bsh": use one of bash, zsh, fish \(did you mean "bash"\?\)/);
    expectUsage(await cli(['completion']), /completion needs a shell/);
  });
});

describe('the scripts complete in a real shell', () => {
  // `xensummit` on the PATH is the built binary, run by this node.
  const bin = join(tmp, 'bin');
  mkdirSync(bin);
  symlinkSync(join(ROOT, 'bin', 'xensummit'), join(bin, 'xensummit'));
  const files = join(tmp, 'files');
  mkdirSync(files);
  writeFileSync(join(files, 'summit.ics'), '');
  const env = { ...process.env, PATH: `${bin}:${dirname(process.execPath)}:${process.env.PATH}` };
  const has = (shell: string) => spawnSync(shell, ['-c', 'true']).status === 0;
  const shell = (name: string, script: string) => {
    const r = spawnSync(name, name === 'zsh' ? ['-f', '-c', script] : ['-c', script], { env, cwd: files, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return r.stdout.split('\n').filter((l) => l !== '');
  };

  it('bash: registers with complete -F and fills COMPREPLY', () => {
    const run = (words: string) =>
      shell('bash', `source <(xensummit completion bash); complete -p xensummit; COMP_WORDS=(${words}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _xensummit; printf '%s\\n' "\${COMPREPLY[@]}"`);
    expect(run('xensummit sch')).toEqual(['complete -F _xensummit xensummit', 'schedule']);
    expect(run("xensummit schedule --day ''").slice(1)).toEqual(['2007-04-17', 'tuesday', 'tue', 'tues', '2007-04-18', 'wednesday', 'wed', 'weds']);
    expect(run('xensummit now --tz Asia/Kolk').slice(1)).toEqual(['Asia/Kolkata']);
    expect(run('xensummit export -o sum').slice(1)).toEqual(['summit.ics']);
    // --opt=value: bash hands the "=" over as a word of its own, and replaces only what follows it.
    expect(run('xensummit schedule --day = we').slice(1)).toEqual(['wednesday', 'wed', 'weds']);
    expect(run('xensummit schedule --day =').slice(1)).toEqual(['2007-04-17', 'tuesday', 'tue', 'tues', '2007-04-18', 'wednesday', 'wed', 'weds']);
    expect(run('xensummit now --tz = Asia/Kolk').slice(1)).toEqual(['Asia/Kolkata']);
    expect(run('xensummit now --data = sum').slice(1)).toEqual(['summit.ics']);
  });

  (has('fish') ? it : it.skip)('fish: complete -C completes commands, values and files', () => {
    const run = (line: string) => shell('fish', `xensummit completion fish | source; complete -C ${JSON.stringify(line)}`);
    expect(run('xensummit stat')).toEqual(['stats']);
    expect(run('xensummit stats --sort ')).toEqual(['aliases', 'checkins', 'deck', 'domain', 'insertions']);
    expect(run('xensummit now --track ')).toEqual(['A', 'B']);
    expect(run('xensummit export -o sum')).toEqual(['summit.ics']);
  });

  (has('zsh') ? it : it.skip)('zsh: registers with compdef and hands compadd the candidates (compadd, _files and compdef stubbed)', () => {
    const stubs = 'compdef() { print "compdef $*" }; compadd() { print -l -- "${(@)@[2,-1]}" }; _files() { print FILES };';
    const run = (words: string) => shell('zsh', `${stubs} source <(xensummit completion zsh); words=(${words}); CURRENT=$#words; _xensummit`);
    expect(run("xensummit ''")).toEqual(['compdef _xensummit xensummit', ...SPECS.map((s) => s.name)]);
    expect(run('xensummit now --track B').slice(1)).toEqual(['B']);
    expect(run('xensummit export -o s').slice(1)).toEqual(['FILES']);
  });
});

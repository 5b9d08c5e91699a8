/**
 * Terminal safety: with a data file whose every text field is hostile, no human output of any command
 * carries a character that can change a terminal's state; each is shown visibly (\u{1b}).
 */
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempFolder } from '../run';
import { CONTROL_CLASS, SUMMIT, TERMINAL_CONTROLS, fuzz, hostileText, withEveryString } from './hostile';

const dir = tempFolder('fuzz-terminal');

const COMMANDS = [
  ['now', '--at', 'tues 10:45'],
  ['now', '--at', 'weds 17:00', '--tz', 'Asia/Kolkata'],
  ['now', '--at', '2007-05-01T12:00:00Z'],
  ['next', '--at', 'tues 22:00'],
  ['schedule'],
  ['schedule', '--day', 'tue', '--tz', 'Europe/London'],
  ['schedule', '--chair', 'xq'],
  ['schedule', '--track', 'no such track'],
  ['schedule', '--day', 'no such day'],
  ['info'],
  ['search', 'xq'],
  ['search', 'a'],
  ['changelog'],
  ['changelog', '--grep', 'xq'],
  ['stats'],
  ['stats', '--chart', '--sort', 'domain'],
];

/** Our own colour codes (SGR) are allowed on a terminal; nothing else that drives it. */
const SGR = /\u001b\[[0-9;]*m/g;

function unsafeIn(text: string, colour: boolean): string[] {
  const plain = colour ? text.replace(SGR, '') : text;
  return [...plain].filter((c) => c !== '\n' && CONTROL_CLASS.test(c)).map((c) => `U+${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

let n = 0;
function dataFile(texts: string[]): string {
  const file = join(dir, `hostile-${++n}.json`);
  writeFileSync(file, JSON.stringify(withEveryString(SUMMIT, (i) => texts[i % texts.length])));
  return file;
}

describe('terminal safety', () => {
  it('shows every control character visibly, in every command, in a pipe and on a terminal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText(), { minLength: 1, maxLength: 60 }), fc.boolean(), async (texts, colour) => {
        const file = dataFile(texts);
        for (const args of COMMANDS) {
          {
            const r = await cli([...args, '--data', file], { isTTY: colour, env: colour ? { FORCE_COLOR: '1' } : {}, columns: 100 });
            expect({ args, colour, status: r.status, unsafe: unsafeIn(r.stdout + r.stderr, colour) }).toEqual({ args, colour, status: r.status, unsafe: [] });
            expect(r.stderr).not.toMatch(/\n\s+at /);
          }
        }
      }),
      fuzz(6),
    );
  });

  it('shows each control character as \\u{…} in a title', async () => {
    const file = dataFile(['x']);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.sessions[1].title = TERMINAL_CONTROLS.join('');
    writeFileSync(file, JSON.stringify(data));
    const r = await cli(['schedule', '--day', 'tue', '--data', file], { columns: 2000 });
    expect(r.status).toBe(0);
    const expected = TERMINAL_CONTROLS.map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('');
    // The long title is broken across the lines of its column: read it with the breaks taken out.
    expect(r.stdout.replace(/\n +/g, '')).toContain(expected);
  });
});

describe('terminal safety of arguments', () => {
  const controls = TERMINAL_CONTROLS.join('');
  it.each([
    ['a --chair that matches nothing', ['schedule', '--chair', controls]],
    ['a --grep that matches nothing', ['changelog', '--grep', controls]],
    ['a search that matches nothing', ['search', controls]],
    ['a bad --day', ['schedule', '--day', controls]],
    ['a bad --tz', ['now', '--tz', controls]],
    ['a bad --at', ['now', '--at', controls]],
    ['a missing --data file', ['info', '--data', `/nonexistent/${controls}`]],
    ['an unknown command', [controls]],
    ['an unknown option', ['schedule', `--${controls}`]],
    ['an -o file that cannot be written', ['export', '-o', `/nonexistent/${controls}.ics`]],
  ])('quotes %s visibly', async (_, args) => {
    const r = await cli(args, { env: { TZ: controls } });
    expect(unsafeIn(r.stdout + r.stderr, false)).toEqual([]);
    expect(r.stderr).toMatch(/\\u(001b|\{1b\})/);
  });

  it('quotes a broken TZ visibly in its warning', async () => {
    const r = await cli(['now', '--tz', 'local', '--at', 'tues 10:45'], { env: { TZ: `JST-9${controls}` }, systemZone: undefined });
    expect(r.stderr).toMatch(/^xensummit: warning: the system time zone \(TZ=.*\\u\{9b\}/);
    expect(unsafeIn(r.stdout + r.stderr, false)).toEqual([]);
  });

  it('quotes an -o file name visibly', async () => {
    const file = join(dir, `out${controls.replace(/[\u0000/]/g, '')}.ics`);
    const r = await cli(['export', '--day', 'wed', '-o', file]);
    expect(r.status).toBe(0);
    expect(unsafeIn(r.stderr, false)).toEqual([]);
    expect(r.stderr).toMatch(/^Wrote 4 sessions to .*\\u\{1b\}.*\(ics\)\.\n$/);
  });
});

describe('terminal safety in a real process', () => {
  const BIN = join(__dirname, '..', '..', 'bin', 'xensummit');
  const file = join(dir, 'every-control.json');
  // Three controls a field, in turn: every control appears in the data, the texts stay short.
  const k = TERMINAL_CONTROLS.length;
  writeFileSync(file, JSON.stringify(withEveryString(SUMMIT, (i) => `x${[0, 1, 2].map((j) => TERMINAL_CONTROLS[(i * 3 + j) % k]).join('')} y`)));
  const run = (how: 'terminal' | 'pipe', args: string[]) => {
    const command = [process.execPath, BIN, ...args, '--data', file].map((a) => `'${a}'`).join(' ');
    const script = how === 'terminal' ? `script -qec "${command}" /dev/null` : `${command} 2>&1 | cat`;
    return spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, TERM: 'xterm', COLUMNS: '100', XENSUMMIT_PAGER: '' }, timeout: 60_000 });
  };
  const hasScript = spawnSync('script', ['--version']).status === 0;

  (hasScript ? it : it.skip).each([['now', '--at', 'tues 10:45'], ['schedule', '--day', 'tue'], ['info']])('%s shows every control visibly under a terminal and in a pipe', (...args) => {
    for (const how of ['terminal', 'pipe'] as const) {
      const r = run(how, args);
      // Under script the terminal turns \n into \r\n; our colour codes are the only escapes.
      const out = r.stdout.replace(/\r\n/g, '\n');
      expect({ how, status: r.status, unsafe: unsafeIn(out, how === 'terminal') }).toEqual({ how, status: 0, unsafe: [] });
      if (how === 'terminal') expect(out).toContain('\u001b[');
    }
  });
});

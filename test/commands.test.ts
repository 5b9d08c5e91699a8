/** The commands' tables: every option a command lists changes its output; every other one is refused; globals go either side. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPECS } from '../src/commands/specs';
import { longFlag, takesValue } from '../src/commands/spec';
import { arrange } from '../src/cli';
import { entryFile, writeEntry } from '../src/io/cache';
import { cli, expectUsage, LATER, tempFolder, type RunOptions } from './run';
import { encodeShare } from '../src/core/share';

const tmp = tempFolder('commands');
const other = join(tmp, 'other.json');
const data = JSON.parse(readFileSync(join(__dirname, '..', 'data', 'summit.json'), 'utf8'));
data.title = 'Another Summit';
data.sessions[3].title = 'Another title';
data.sessions[10].title = 'Another xen title';
data.stats.rows[0].checkins = 1;
data.changelog[0].items[0].text = 'Another HVM change';
writeFileSync(other, JSON.stringify(data));

/** A value for each option that should change what the command prints. */
const SAMPLE: Record<string, string | undefined> = {
  '--day': 'weds', '--track': 'B', '--chair': 'fraser', '--room': 'Meeting Room #2', '--person': 'fraser', '--tz': 'Europe/London', '--at': 'tues 10:45', '--data': other,
  '--sort': 'domain', '--top': '3', '--grep': 'hvm', '--format': 'csv', '--speed': '60', '--output': join(tmp, 'out.ics'),
  '--priority': 'high', '--within': '4h', '--exec': 'true', '--alarm': '10m',
  '--friend': encodeShare({ acronym: 'xensummit-2007', stars: { 'tue-3b': 'normal' } }),
};
const FIXTURES = join(__dirname, 'fixtures');
/** Arguments a command needs to run at all. */
const BASE: Record<string, string[]> = {
  board: ['--at', 'tues 11:00'], search: ['xen'], show: [data.sessions[3].id], now: ['--at', 'tues 11:00'], next: ['--at', 'tues 11:00'],
  star: ['tue-2a'], unstar: ['tue-2a'], hide: ['tue-2b'], unhide: ['tue-2b'], remind: ['--at', 'tues 10:25'],
  changes: [join(__dirname, '..', 'data', 'summit.json'), join(FIXTURES, 'summit-moved.json')],
};
/** Each run gets a fresh state folder where these ran first: some stars and a hidden session to show or leave out. */
const SETUP: string[][] = [['star', 'tue-2a'], ['star', 'tue-3a'], ['hide', 'tue-2b']];
/** Where an option needs another state to show. */
const SETUP_FOR: Record<string, string[][]> = {
  'next --mine': [['star', 'tue-3a']],
  'next --all': [['star', 'tue-3a'], ['hide', 'tue-3b']],
};
let folders = 0;
async function withState(setup: string[][], env: Record<string, string>): Promise<Record<string, string>> {
  const state = { ...env, XENSUMMIT_STATE_DIR: join(tmp, `state-${++folders}`) };
  for (const args of setup) expect((await cli(args, { env: state })).status).toBe(0);
  return state;
}
/** The exit code of a run that succeeds: `changes` says 3 when something changed. */
const STATUS: Record<string, number> = { changes: 3 };
/** Options tested where they apply (changes --data, --refresh, --offline: test/commands/changes.test.ts). */
const ELSEWHERE = new Set(['changes --data', 'changes --refresh', 'changes --offline', 'board --linear']);
/**
 * --refresh and --offline show with --data URL: a URL where no server listens, with a cached copy
 * checked just now (only --refresh asks, and falls back) or a day ago (only --offline does not ask).
 */
const cache = join(tmp, 'cache');
const deadUrl = (name: string) => `http://127.0.0.1:1/${name}.json`;
for (const [name, checked] of [['fresh', LATER], ['stale', '2026-11-30T12:00:00Z']] as const) {
  const url = deadUrl(name);
  writeEntry(entryFile(cache, url), cache, { format: 1, url, body: readFileSync(other, 'utf8'), fetchedAt: checked, checkedAt: checked });
}
const DATA_FOR: Record<string, string[]> = { '--refresh': ['--data', deadUrl('fresh')], '--offline': ['--data', deadUrl('stale')] };
/** The environment under which an option shows: --no-color needs colour to take away. */
const ENV: Record<string, Record<string, string>> = {
  '--no-color': { FORCE_COLOR: '1' },
  '--refresh': { XENSUMMIT_CACHE_DIR: cache },
  '--offline': { XENSUMMIT_CACHE_DIR: cache },
};
/** Where an option shows: --no-pager a terminal with a pager. */
const WHERE: Record<string, RunOptions> = { '--no-pager': { isTTY: true, rows: 1 } };

const cases = SPECS.filter((s) => s.name !== 'help')
  .flatMap((spec) => spec.options.map((o) => [spec.name, longFlag(o), takesValue(o)] as const))
  .filter(([name, flag]) => !ELSEWHERE.has(`${name} ${flag}`));

describe('every option a command lists changes its output', () => {
  it.each(cases)('%s %s', async (name, flag, hasValue) => {
    const base = [name, ...(BASE[name] ?? []), ...(DATA_FOR[flag] ?? [])];
    const setup = SETUP_FOR[`${name} ${flag}`] ?? SETUP;
    const value = SAMPLE[flag];
    if (hasValue) expect(value).toBeDefined();
    const where = WHERE[flag] ?? {};
    const without = await cli(base, { ...where, env: await withState(setup, ENV[flag] ?? {}) });
    const withIt = await cli([...base, flag, ...(hasValue ? [value!] : [])], { ...where, env: await withState(setup, ENV[flag] ?? {}) });
    expect(without.status).toBe(STATUS[name] ?? 0);
    expect(withIt.status).toBe(STATUS[name] ?? 0);
    expect(withIt).not.toEqual(without);
  });
});

describe('an option a command does not list is refused, naming the commands that take it', () => {
  const all = [...new Set(SPECS.flatMap((s) => s.options.map(longFlag)))];
  const refused = SPECS.filter((s) => s.name !== 'help').flatMap((spec) => all.filter((f) => !spec.options.some((o) => longFlag(o) === f)).map((f) => [spec.name, f] as const));
  it.each(refused)('%s %s', async (name, flag) => {
    const r = await cli([name, ...(BASE[name] ?? []), flag, ...(SAMPLE[flag] === undefined ? [] : [SAMPLE[flag]!])]);
    expectUsage(r, new RegExp(`^xensummit: ${name} takes no ${flag} option \\(.+ do(es)?\\); see 'xensummit ${name} --help'\\n$`));
  });

  it('help lists exactly the options in the table, and -h', async () => {
    for (const spec of SPECS.filter((s) => s.name !== 'help')) {
      const help = (await cli([spec.name, '--help'], { env: { COLUMNS: '200' } })).stdout;
      const listed = [...help.matchAll(/^ {2}(-\w, )?(--[a-z-]+)/gm)].map((m) => m[2]);
      expect(listed).toEqual([...spec.options.map(longFlag), '--help']);
    }
  });
});

describe('global options work before or after the command', () => {
  it.each([
    [['--json', 'schedule'], ['schedule', '--json']],
    [['--no-color', 'now', '--at', 'tues 10:45'], ['now', '--at', 'tues 10:45', '--no-color']],
    [['--tz', 'Europe/London', 'schedule'], ['schedule', '--tz', 'Europe/London']],
    [['--data', other, 'stats'], ['stats', '--data', other]],
    [['--tz=Asia/Tokyo', '--json', 'next', '--at', 'tues 10:00'], ['next', '--tz', 'Asia/Tokyo', '--json', '--at', 'tues 10:00']],
  ])('%j is %j', async (before, after) => {
    const a = await cli(before);
    expect(a.status).toBe(0);
    expect(a).toEqual(await cli(after));
  });

  it('with no command, options go to now', async () => {
    expect(await cli(['--at', 'tues 10:45', '--json'])).toEqual(await cli(['now', '--at', 'tues 10:45', '--json']));
    expect(arrange(['--at', 'tues 10:45'])).toEqual({ command: 'now', named: false, rest: ['--at', 'tues 10:45'], help: false });
  });

  it('a value that looks like a command is still a value', () => {
    expect(arrange(['--grep', 'stats', 'changelog'])).toMatchObject({ command: 'changelog', rest: ['--grep', 'stats'] });
    expect(arrange(['search', '--', '--json'])).toMatchObject({ command: 'search', rest: ['--', '--json'], help: false });
  });
});

import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bootBundle, cacheVariant, KEEP_OTHERS, pruneCaches, STALE_MS } from '../src/boot';
import { tempFolder } from './run';

describe('the code cache variant', () => {
  const names = ['now', 'schedule', 'export'];
  it('is the command argv names, so each command keeps the functions it compiled', () => {
    expect(cacheVariant(['now', '--at', 'tues 10:45'], names)).toBe('now');
    expect(cacheVariant(['--json', 'schedule'], names)).toBe('schedule');
  });
  it('is "default" for no command, an unknown word or an option value before the command', () => {
    expect(cacheVariant([], names)).toBe('default');
    expect(cacheVariant(['--json'], names)).toBe('default');
    expect(cacheVariant(['nosuch'], names)).toBe('default');
    expect(cacheVariant(['--tz', 'UTC', 'schedule'], names)).toBe('default');
  });
});

describe('bootBundle', () => {
  const tmp = tempFolder('boot');
  it('runs an ASCII bundle (read as latin1) and any other (read as UTF-8) with the same text', () => {
    // A cache folder that cannot be made (the exit hook that writes one would outlive the test's folder): compiled from the text.
    const saved = process.env.XENSUMMIT_CACHE_DIR;
    process.env.XENSUMMIT_CACHE_DIR = '/dev/null/xensummit';
    try {
      const ascii = join(tmp, 'ascii.js');
      const utf8 = join(tmp, 'utf8.js');
      writeFileSync(ascii, 'module.exports = { text: "caf\\u00e9", source: String(function f() { return "\\u00e9"; }) };');
      writeFileSync(utf8, 'module.exports = { text: "café ★", source: String(function f() { return "é ★"; }) };');
      expect(bootBundle(ascii, 'test')).toEqual({ text: 'café', source: 'function f() { return "\\u00e9"; }' });
      expect(bootBundle(utf8, 'test')).toEqual({ text: 'café ★', source: 'function f() { return "é ★"; }' });
      // Its require resolves beside it.
      writeFileSync(join(tmp, 'sibling.js'), 'module.exports = 42;');
      const needs = join(tmp, 'needs.js');
      writeFileSync(needs, 'module.exports = { answer: require("./sibling.js"), dir: __dirname, file: __filename };');
      expect(bootBundle(needs, 'test')).toEqual({ answer: 42, dir: tmp, file: needs });
    } finally {
      if (saved === undefined) delete process.env.XENSUMMIT_CACHE_DIR;
      else process.env.XENSUMMIT_CACHE_DIR = saved;
    }
  });
});

describe('the code cache on disk', () => {
  const tmp = tempFolder('boot-cache');
  const start = join(__dirname, '..', 'dist', 'start.js');
  const runBundle = (file: string, cache: string) =>
    spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(start)}).boot(${JSON.stringify(file)}, ['now']).answer))`], {
      encoding: 'utf8',
      env: { ...process.env, XENSUMMIT_CACHE_DIR: cache },
    });

  it('is never used for a rebuilt bundle of the same length', () => {
    const cache = join(tmp, 'c1');
    const file = join(tmp, 'bundle.js');
    writeFileSync(file, 'module.exports = { answer: (function () { return "one"; })() };');
    expect(runBundle(file, cache).stdout).toBe('one');
    expect(readdirSync(join(cache, 'v8'))).toHaveLength(1);
    expect(runBundle(file, cache).stdout).toBe('one');
    // The same length, another text, written later: V8 alone would take the old cache for it.
    writeFileSync(file, 'module.exports = { answer: (function () { return "two"; })() };');
    utimesSync(file, new Date(Date.now() + 5000), new Date(Date.now() + 5000));
    expect(runBundle(file, cache).stdout).toBe('two');
    expect(runBundle(file, cache).stdout).toBe('two');
  });

  it('keeps what is in use and removes, when a cache is written, what old builds left', () => {
    const folder = join(tmp, 'c2');
    mkdirSync(folder);
    const day = 86_400_000;
    const now = Date.now();
    const files: Record<string, number> = {
      'xensummit.js-now-newkey.cache': now,
      'xensummit.js-now-oldkey.cache': now - STALE_MS - day,
      'xensummit.js-now-otherkey.cache': now - STALE_MS + day,
      'xensummit.js-schedule-oldkey.cache': now - STALE_MS - day,
      'xensummit.js-now-json-oldkey.cache': now - STALE_MS - day,
      'xensummit.js-now-x.cache.123.tmp': now - 2 * day,
      'xensummit.js-now-y.cache.456.tmp': now,
      'notes.txt': now - STALE_MS - day,
    };
    for (const [name, mtime] of Object.entries(files)) {
      writeFileSync(join(folder, name), '');
      utimesSync(join(folder, name), new Date(mtime), new Date(mtime));
    }
    pruneCaches(folder, 'xensummit.js-now-newkey.cache', now);
    expect(readdirSync(folder).sort()).toEqual(['notes.txt', 'xensummit.js-now-json-oldkey.cache', 'xensummit.js-now-newkey.cache', 'xensummit.js-now-otherkey.cache', 'xensummit.js-now-y.cache.456.tmp', 'xensummit.js-schedule-oldkey.cache']);
  });

  it(`keeps no more than the ${KEEP_OTHERS} newest caches of a command under other keys, however young`, () => {
    const folder = join(tmp, 'c3');
    mkdirSync(folder);
    const now = Date.now();
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
    keys.forEach((key, i) => {
      const name = join(folder, `xensummit.js-now-${key}.cache`);
      writeFileSync(name, '');
      // a is the newest, f the oldest: all younger than a day.
      utimesSync(name, new Date(now - (i + 1) * 60_000), new Date(now - (i + 1) * 60_000));
    });
    for (const name of ['xensummit.js-now-new.cache', 'xensummit.js-schedule-z.cache']) writeFileSync(join(folder, name), '');
    pruneCaches(folder, 'xensummit.js-now-new.cache', now);
    const kept = keys.slice(0, KEEP_OTHERS).map((key) => `xensummit.js-now-${key}.cache`);
    expect(readdirSync(folder).sort()).toEqual([...kept, 'xensummit.js-now-new.cache', 'xensummit.js-schedule-z.cache'].sort());
  });

  it('follows the cache folder rule of the rest of the tool (XDG_CACHE_HOME only when absolute)', () => {
    const home = join(tmp, 'home');
    const file = join(tmp, 'bundle-xdg.js');
    writeFileSync(file, 'module.exports = { answer: 7 };');
    const r = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(start)}).boot(${JSON.stringify(file)}, ['now']).answer))`], {
      encoding: 'utf8',
      cwd: tmp,
      env: { PATH: process.env.PATH, HOME: home, XDG_CACHE_HOME: 'relative-cache' },
    });
    expect([r.stdout, r.status]).toEqual(['7', 0]);
    expect(readdirSync(join(home, '.cache', 'xensummit', 'v8'))).toHaveLength(1);
    expect(existsSync(join(tmp, 'relative-cache'))).toBe(false);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bootBundle, cacheVariant } from '../src/boot';
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
    // No cache folder (the exit hook that writes one would outlive the test's folder): compiled from the text.
    const saved = { ...process.env };
    for (const name of ['XENSUMMIT_CACHE_DIR', 'XDG_CACHE_HOME', 'HOME']) delete process.env[name];
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
      Object.assign(process.env, saved);
    }
  });
});

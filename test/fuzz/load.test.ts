/**
 * The loader and the validator under random and mutated files: every input either loads or fails with
 * one DataError line naming the file, never another exception; what loads, every command can show.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from '../../src/io/load';
import { Zones } from '../../src/core/time';
import { DataError } from '../../src/errors';
import { cli, tempFolder } from '../run';
import { SUMMIT, fuzz, hostileText } from './hostile';

const dir = tempFolder('fuzz-load');
const zones = new Zones();
let n = 0;

/** Loads `bytes` from a file; returns 'loaded' or the DataError's message, and fails on any other exception. */
function outcome(bytes: string | Buffer): { file: string; result: 'loaded' | string } {
  const file = join(dir, `case-${++n}.json`);
  writeFileSync(file, bytes);
  try {
    const summit = load(file, zones);
    void summit.sessions;
    void summit.days;
    return { file, result: 'loaded' };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    expect(error.message).toMatch(new RegExp(`^(cannot read data file )?${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    return { file, result: error.message };
  }
}

const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__'];
/** Values of every kind, including the edges of numbers and text. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -0, -1, 1.5, 1e308, -1e308, 5e-324, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, '', ' ', '\ufeff', '0', 'null', '08:00', '24:00', '2007-02-30', '9999-12-31', '0001-01-01', 'America/New_York', 'Etc/GMT+14', '__proto__', 'hasOwnProperty'),
  fc.constantFrom([], {}, [[[]]], { __proto__: null }, ['x'], { text: 'x', items: 'x' }),
  fc.constant('x'.repeat(100_000)),
  hostileText(),
  fc.jsonValue({ maxDepth: 3 }),
);

type Mutation = { path: number; op: 'set' | 'delete' | 'key' | 'id'; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.nat(),
  op: fc.constantFrom('set', 'set', 'delete', 'key', 'id'),
  value: oddValue,
  key: fc.constantFrom(...SPECIAL_KEYS),
});

/** Every container in `data`, with the key of each of its entries. */
function slots(data: unknown): [Record<string, unknown> | unknown[], string | number][] {
  const out: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), walk(x)));
    else if (typeof v === 'object' && v !== null) for (const k of Object.keys(v)) out.push([v as Record<string, unknown>, k]), walk((v as Record<string, unknown>)[k]);
  };
  walk(data);
  return out;
}

/** The summit with the mutations applied, as JSON text (so that "__proto__" is an ordinary key, as JSON.parse makes it). */
function mutated(mutations: Mutation[]): string {
  const data = structuredClone(SUMMIT);
  for (const m of mutations) {
    const all = slots(data);
    const [parent, key] = all[m.path % all.length];
    const p = parent as Record<string | number, unknown>;
    if (m.op === 'set') p[key] = m.value;
    else if (m.op === 'delete') Array.isArray(parent) ? parent.splice(key as number, 1) : delete p[key];
    else if (m.op === 'key' && typeof p[key] === 'object' && p[key] !== null && !Array.isArray(p[key])) Object.defineProperty(p[key], m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    else if (m.op === 'id' && Array.isArray(data.sessions) && data.sessions.length > 0) {
      const session = data.sessions[m.path % data.sessions.length];
      if (typeof session === 'object' && session !== null) session.id = m.key;
    }
  }
  return JSON.stringify(data);
}

describe('the loader under random and mutated files', () => {
  it('any JSON value: loads or one DataError naming the file', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(outcome(JSON.stringify(value)).result).not.toBe('loaded');
      }),
      fuzz(200),
    );
  });

  it('any bytes, any text: one DataError naming the file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)), fc.string({ unit: 'binary', maxLength: 200 })), (bytes) => {
        const { result } = outcome(bytes);
        expect(result).not.toBe('loaded');
        expect(result).not.toContain('\n');
      }),
      fuzz(100),
    );
  });

  it('the summit with wrong types, odd numbers, special keys and odd ids: loads or one DataError naming the field', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        outcome(mutated(mutations));
      }),
      fuzz(300),
    );
  });

  it('the summit with a BOM, bad bytes or a lone surrogate spliced in: loads or one DataError', () => {
    const text = JSON.stringify(SUMMIT);
    const bytes = Buffer.from(text);
    fc.assert(
      fc.property(
        fc.nat({ max: bytes.length }),
        fc.constantFrom(Buffer.from([0xff]), Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from([0xc0, 0xaf]), Buffer.from('\\ud800'), Buffer.from('\\udfff\\ud800'), Buffer.from('\ufeff'), Buffer.from([0])),
        (at, splice) => {
          outcome(Buffer.concat([bytes.subarray(0, at), splice, bytes.subarray(at)]));
        },
      ),
      fuzz(200),
    );
  });

  it('whatever loads, every command shows or refuses in one line', async () => {
    const commands = [['now', '--at', 'tues 10:45'], ['schedule'], ['info'], ['stats', '--chart'], ['changelog'], ['search', 'x'], ['export', '--format', 'xml'], ['export'], ['schedule', '--json']];
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const file = join(dir, `cli-${++n}.json`);
        writeFileSync(file, mutated(mutations));
        for (const args of commands) {
          const r = await cli([...args, '--data', file]);
          expect({ args, status: [0, 1].includes(r.status) }).toEqual({ args, status: true });
          if (r.status === 1) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
        }
      }),
      fuzz(40),
    );
  });
});

// Regressions the loader fuzzers keep, by name.
describe('loader regressions', () => {
  it.each([
    ['a session id "__proto__"', (d: any) => (d.sessions[0].id = '__proto__')],
    ['a session id "hasOwnProperty"', (d: any) => (d.sessions[1].id = 'hasOwnProperty')],
    ['a track "constructor"', (d: any) => (d.sessions[1].track = 'constructor')],
    ['a "__proto__" key in a session', (d: any) => Object.defineProperty(d.sessions[0], '__proto__', { value: { title: 1 }, enumerable: true })],
    ['a count of 1e308', (d: any) => (d.stats.rows[0].checkins = 1e308)],
    ['a title of 100,000 characters', (d: any) => (d.sessions[0].title = 'x'.repeat(100_000))],
    ['a stats domain of 100,000 characters', (d: any) => (d.stats.rows[11].domain = 'x'.repeat(100_000))],
  ])('%s loads or is refused in one line', async (_, change) => {
    const data = structuredClone(SUMMIT);
    change(data);
    const file = join(dir, `regression-${++n}.json`);
    writeFileSync(file, JSON.stringify(data));
    for (const args of [['schedule'], ['stats'], ['info'], ['export']]) {
      const r = await cli([...args, '--data', file]);
      expect([0, 1]).toContain(r.status);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

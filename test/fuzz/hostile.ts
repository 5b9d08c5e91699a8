/** Shared arbitraries for the fuzz tests: hostile text, and a data file whose every text field carries it. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fixed seed and a small run count, so that `npm test` is quick and repeatable; XENSUMMIT_FUZZ_RUNS
 * sets the count of every property (as in test/core/time.test.ts), XENSUMMIT_FUZZ_SEED another seed.
 */
export function fuzz(runs: number): { seed: number; numRuns: number } {
  const env = process.env;
  return {
    seed: env.XENSUMMIT_FUZZ_SEED === undefined ? 2007 : Number(env.XENSUMMIT_FUZZ_SEED),
    numRuns: env.XENSUMMIT_FUZZ_RUNS === undefined ? runs : Number(env.XENSUMMIT_FUZZ_RUNS),
  };
}

/** Every character that can change a terminal's state (and the two separators that end a line in some programs). */
export const TERMINAL_CONTROLS: string[] = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  '\u007f',
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)),
  ...'\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029',
];

/** A character class of TERMINAL_CONTROLS, written independently of src/render/text.ts. */
export const CONTROL_CLASS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

/** Pieces that break formats: escapes, separators, quotes, formula starts, injected lines, odd Unicode. */
const NASTY = [
  '\u001b[31m', '\u001b]0;title\u0007', '\u009b2J', '\r\n', '\n', '\r', '\t', '"', "'", ',', ';', ':', '\\', '\\n', '&', '<', '>', ']]>', '&amp;',
  '=', '+', '-', '@', '＝', '＋', '－', '＠', ' =1+1', '\t=1', '=HYPERLINK("x")', '\r\nBEGIN:VEVENT\r\n', '\nEND:VCALENDAR\n', 'DTSTART:2000',
  '\ufeff', '\ufffe', '\uffff', '\u00a0', '\u3000', 'é', 'e\u0301', '👩‍💻', '😀', '中文', 'ﷺ', '\u0000', '__proto__', 'constructor', 'hasOwnProperty',
];

/** Well-formed hostile text: what a --data file can hold after the loader (which refuses lone surrogates). */
export const hostileText = (maxLength = 12): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...TERMINAL_CONTROLS) },
        { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
        { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
        { weight: 2, arbitrary: fc.constantFrom('a', 'B', ' ', 'xq', '1') },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));

export const SUMMIT = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'summit.json'), 'utf8'));

/** Field names the reader checks as patterns (ids, dates, times) or against the database (the zone). */
const KEPT = new Set(['id', 'date', 'start', 'end', 'timeZone']);

/** The summit with every free text field replaced by `text(i)`: titles, chairs, rooms, tracks, notes, labels... */
export function withEveryString<T>(data: T, text: (i: number) => string): T {
  let i = 0;
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return KEPT.has(key) ? value : text(i++);
    if (Array.isArray(value)) return value.map((v) => walk(v, key === 'notes' || key === 'details' || key === 'charts' ? '' : key));
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(data, '') as T;
}

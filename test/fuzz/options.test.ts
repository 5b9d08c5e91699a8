/**
 * Every option value parser, with any text: each returns a valid value or throws UsageError, never
 * anything else; and through the CLI, exit 0 or one line with exit 2.
 */
import fc from 'fast-check';
import { Zones } from '../../src/core/time';
import { UsageError } from '../../src/errors';
import { localZone, parseAt, parseChoice, parseDay, parseSort, parseTop, parseTrack, parseZone } from '../../src/options';
import { terminalWidth } from '../../src/terminal';
import { SORT_KEYS } from '../../src/core/stats';
import { DAYS } from '../literal';
import { cli } from '../run';
import { fuzz } from './hostile';

const zones = new Zones();
const ZONES = ['America/New_York', 'UTC', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'America/Havana'];

/** Calls `parse`; a UsageError is an answer, anything else thrown fails the property. */
function answer<T>(parse: () => T): T | UsageError {
  try {
    return parse();
  } catch (error) {
    // The CLI shows the message on one line (test/fuzz/terminal.test.ts); here only the kind matters.
    if (error instanceof UsageError) return error;
    throw error;
  }
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const number = fc.oneof(
  fc.integer({ min: -5, max: 100 }),
  fc.constantFrom(0, 1, 9, 12, 13, 23, 24, 29, 30, 31, 32, 59, 60, 99, 275760, -271821, 2 ** 31, 2 ** 53 + 1),
);
/** Texts shaped like what --at reads, with parts out of range: years 0001, 9999, 275760, months 13, hours 24... */
const dateLike = fc
  .record({
    y: fc.oneof(fc.constantFrom(1, 2, 1970, 2007, 9999, 10000, 275760, 0), fc.integer({ min: 0, max: 99999 })),
    mo: number,
    d: number,
    h: number,
    mi: number,
    s: fc.option(number),
    sep: fc.constantFrom('T', ' ', 't', '  ', 'T '),
    offset: fc.constantFrom('', 'Z', 'z', '+00:00', '-04:00', '+14:00', '-12:00', '+23:59', '+24:00', '-99:99', '+0530', '+5', 'EDT'),
    time: fc.boolean(),
  })
  .map(({ y, mo, d, h, mi, s, sep, offset, time }) => {
    const date = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
    return time ? `${date}${sep}${pad(h, 2)}:${pad(mi, 2)}${s === null ? '' : `:${pad(s, 2)}`}${offset}` : date;
  });
const wordLike = fc
  .tuple(fc.constantFrom('tue', 'tues', 'weds', 'wed', 'sat', 'TUESDAY', '2007-04-17', 'x', ''), fc.option(fc.tuple(number, number)), fc.constantFrom(':', '.', ' '))
  .map(([w, t, sep]) => (t === null ? w : `${w} ${t[0]}${sep}${pad(t[1], 2)}`));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
const numberText = fc.oneof(
  fc.constantFrom('', ' ', '0', '-1', '1.5', '1e3', '1e400', '0x10', '+5', '٣', '１０', '00', '9007199254740993', 'Infinity', 'NaN', ' 7 ', '\t3\n'),
  fc.integer().map(String),
  fc.double().map(String),
);

describe('option parsers under any text', () => {
  it('--at: a valid instant or a usage error, on any clock', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, wordLike, anyText), fc.constantFrom(...ZONES), (value, zone) => {
        const r = answer(() => parseAt(value, { zones, zone, days: DAYS }));
        if (!(r instanceof UsageError)) expect(Number.isFinite(r.getTime())).toBe(true);
      }),
      fuzz(3000),
    );
  });

  it('--day, --track, --sort, --format: one of the choices or a usage error', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const day = answer(() => parseDay(value, DAYS));
        if (!(day instanceof UsageError)) expect(DAYS).toContain(day);
        const track = answer(() => parseTrack(value, ['A', 'B']));
        if (!(track instanceof UsageError)) expect(['A', 'B']).toContain(track);
        const sort = answer(() => parseSort(value));
        if (!(sort instanceof UsageError)) expect(SORT_KEYS).toContain(sort);
        const format = answer(() => parseChoice('--format', value, ['ics', 'csv', 'json', 'xml'] as const));
        if (!(format instanceof UsageError)) expect(['ics', 'csv', 'json', 'xml']).toContain(format);
      }),
      fuzz(1000),
    );
  });

  it('--top: a whole number of 1 or more, or a usage error', () => {
    fc.assert(
      fc.property(fc.oneof(numberText, anyText), (value) => {
        const n = answer(() => parseTop(value));
        if (!(n instanceof UsageError)) {
          expect(Number.isSafeInteger(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(1);
        }
      }),
      fuzz(1000),
    );
  });

  it('--tz and TZ: a zone the database knows, or a usage error', () => {
    const names = fc.constantFrom('venue', 'LOCAL', 'Europe/London', 'europe/london', 'EST5EDT', 'Etc/GMT+14', 'Etc/GMT-15', '+05:30', 'UTC+1', '../../etc/passwd', 'Europe/London ', 'Mars/Base');
    fc.assert(
      fc.property(fc.oneof(names, anyText), fc.option(fc.oneof(names, anyText)), fc.option(fc.constantFrom('Etc/Unknown', 'UTC', 'Nowhere/Else')), (value, tz, system) => {
        const context = { zones, venueZone: 'America/New_York', systemZone: () => system ?? undefined, tzVariable: tz ?? undefined };
        const choice = answer(() => parseZone(value, context));
        if (!(choice instanceof UsageError)) expect(zones.isKnown(choice.zone)).toBe(true);
        expect(zones.isKnown(localZone(context).zone)).toBe(true);
      }),
      fuzz(80),
    );
  });

  it('COLUMNS: a width from 1 to 1000, whatever the variable holds', () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(numberText, anyText)), fc.option(fc.integer({ min: -10, max: 100_000 }), { nil: undefined }), (columns, tty) => {
        const w = terminalWidth(columns === null ? {} : { COLUMNS: columns }, tty);
        expect(Number.isInteger(w)).toBe(true);
        expect(w).toBeGreaterThanOrEqual(1);
        expect(w).toBeLessThanOrEqual(1000);
      }),
      fuzz(1000),
    );
  });
});

describe('options through the CLI', () => {
  it('now and next with any --at and --tz: exit 0, or one line and exit 2', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('now', 'next', 'schedule'), fc.oneof(dateLike, wordLike), fc.constantFrom(...ZONES), fc.option(numberText), async (command, at, tz, columns) => {
        const args = command === 'schedule' ? [command, '--tz', tz] : [command, '--at', at, '--tz', tz];
        const r = await cli(args, { env: columns === null ? {} : { COLUMNS: columns } });
        expect([0, 2]).toContain(r.status);
        if (r.status === 2) {
          expect(r.stdout).toBe('');
          expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
        }
        expect(r.stderr).not.toMatch(/\n\s+at /);
      }),
      fuzz(40),
    );
  });

  // Regression (fuzz): the edges of the calendar that --at accepts, shown on every clock.
  it.each(['0001-01-01T00:00:00Z', '0001-01-01 00:00', '9999-12-31T23:59:59Z', '9999-12-31 23:59', '0001-01-01T00:00+23:59', '9999-12-31T23:59-23:59'])('now --at %s answers', async (at) => {
    for (const tz of ZONES) {
      const r = await cli(['now', '--at', at, '--tz', tz]);
      expect({ tz, status: r.status, stderr: r.stderr }).toEqual({ tz, status: 0, stderr: '' });
    }
  });
});

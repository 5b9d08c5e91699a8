/** Every option value parser: what it takes, and the one usage error for what it does not. */
import { UsageError } from '../src/errors';
import { didYouMean } from '../src/core/suggest';
import { Zones } from '../src/core/time';
import { dayWords, localZone, parseAt, parseChoice, parseDay, parseSort, parseTop, parseTrack, parseZone, type ZoneContext } from '../src/options';
import { DAYS as days } from './literal';

const NY = 'America/New_York';
const zones = new Zones();
const iso = (d: Date) => d.toISOString();
const at = (value: string, zone = NY) => iso(parseAt(value, { zones, zone, days }));

describe('parseAt', () => {
  it('takes ISO 8601 with Z or an offset as it is', () => {
    expect(at('2007-04-17T14:45:00Z')).toBe('2007-04-17T14:45:00.000Z');
    expect(at('2007-04-17T10:45-04:00')).toBe('2007-04-17T14:45:00.000Z');
    expect(at('2007-04-17T15:45:00+01:00')).toBe('2007-04-17T14:45:00.000Z');
  });
  it('reads a date and time without offset on the --tz clock (the venue: EDT, UTC-4)', () => {
    expect(at('2007-04-17 10:45')).toBe('2007-04-17T14:45:00.000Z');
    expect(at('2007-04-17T10:45')).toBe('2007-04-17T14:45:00.000Z');
    expect(at('2007-04-17 10:45', 'Asia/Kolkata')).toBe('2007-04-17T05:15:00.000Z');
  });
  it('reads day words with a time, in any case', () => {
    expect(at('tues 10:45')).toBe('2007-04-17T14:45:00.000Z');
    expect(at('Weds 16:00')).toBe('2007-04-18T20:00:00.000Z');
    expect(at('wednesday 8.25')).toBe('2007-04-18T12:25:00.000Z');
    expect(at('tues')).toBe('2007-04-17T04:00:00.000Z');
  });
  it('a day word names the conference day, as --day does; the time is read on the --tz clock within it', () => {
    expect(at('tues 15:45', 'Europe/London')).toBe('2007-04-17T14:45:00.000Z');
    // Tuesday at the venue runs from 14:00 Tuesday to 14:00 Wednesday in Sydney: 08:00 there is Wednesday's.
    expect(at('tues 08:00', 'Australia/Sydney')).toBe('2007-04-17T22:00:00.000Z');
    expect(at('tues 20:00', 'Australia/Sydney')).toBe('2007-04-17T10:00:00.000Z');
  });
  it('takes the earlier of a repeated clock time, and names a clock time that does not exist', () => {
    expect(at('2007-11-04 01:30')).toBe('2007-11-04T05:30:00.000Z');
    expect(at('2007-10-28 01:30', 'Europe/London')).toBe('2007-10-28T00:30:00.000Z');
    expect(() => parseAt('2007-03-25 01:30', { zones, zone: 'Europe/London', days })).toThrow(
      'invalid --at "2007-03-25 01:30": 01:30 does not exist on 2007-03-25 in Europe/London (the clocks went forward 60 min there); use a time after the change',
    );
    expect(() => parseAt('2007-10-28 02:15', { zones, zone: 'Australia/Lord_Howe', days })).toThrow(/went forward 30 min/);
    expect(at('2007-03-11', 'America/Havana')).toBe('2007-03-11T05:00:00.000Z');
  });
  it.each(['yesterday', 'tues 25:00', 'fri 10:00', '2007-02-30 10:00', '2007-04-17T10:61Z', '2007-04-17T10:00+25:00', '17/04/2007', '', '0000-01-01', '275760-09-13 00:00'])(
    'rejects %j with a usage error',
    (value) => {
      expect(() => parseAt(value, { zones, zone: NY, days })).toThrow(UsageError);
    },
  );
  it('takes the years 0001 and 9999', () => {
    expect(at('0001-01-01T00:00:00Z')).toBe('0001-01-01T00:00:00.000Z');
    expect(at('9999-12-31 23:59', 'UTC')).toBe('9999-12-31T23:59:00.000Z');
  });
  it('says which value is wrong and what would do', () => {
    expect(() => parseAt('tues 25:00', { zones, zone: NY, days })).toThrow('invalid --at "tues 25:00": 25:00 is not a time of day');
    expect(() => parseAt('thurs 10:00', { zones, zone: NY, days })).toThrow(/"thurs" is not a day of the conference; use tuesday, tue, tues, wednesday, wed, weds/);
  });
});

describe('parseDay', () => {
  it.each([
    ['tue', '2007-04-17'], ['TUES', '2007-04-17'], ['Tuesday', '2007-04-17'], ['2007-04-17', '2007-04-17'],
    ['wed', '2007-04-18'], ['weds', '2007-04-18'], ['WEDNESDAY', '2007-04-18'], ['2007-04-18', '2007-04-18'],
  ])('%s is %s', (word, date) => {
    expect(parseDay(word, days).date).toBe(date);
  });
  it('rejects other days with the valid ones and a suggestion', () => {
    expect(() => parseDay('wednsday', days)).toThrow('invalid --day "wednsday": use one of tue, 2007-04-17, wed, 2007-04-18 (did you mean "wednesday"?)');
    expect(() => parseDay('2007-04-19', days)).toThrow(UsageError);
  });
  it('names a day by its date, weekday, abbreviations and label', () => {
    expect(dayWords(days[0])).toEqual(['2007-04-17', 'tuesday', 'tue', 'tues']);
  });
});

describe('parseTrack, parseSort, parseTop, parseChoice', () => {
  it('accepts tracks in any case', () => {
    expect(parseTrack('b', ['A', 'B'])).toBe('B');
    expect(() => parseTrack('C', ['A', 'B'])).toThrow('invalid --track "C": use one of A, B');
  });
  it('sorts by a key, "check-ins" too', () => {
    expect(parseSort('Check-Ins')).toBe('checkins');
    expect(() => parseSort('chekins')).toThrow('invalid --sort "chekins": use one of aliases, checkins, insertions, domain, deck (did you mean "checkins"?)');
  });
  it.each(['0', '-1', '1.5', '1e3', '', ' ', '99999999999999999999', 'ten'])('--top rejects %j', (value) => {
    expect(() => parseTop(value)).toThrow(UsageError);
  });
  it('--top takes a whole number', () => {
    expect(parseTop(' 5 ')).toBe(5);
  });
  it('picks one of a list', () => {
    expect(parseChoice('--format', 'ICS', ['ics', 'csv'])).toBe('ics');
    expect(() => parseChoice('--format', 'icl', ['ics', 'csv'])).toThrow('invalid --format "icl": use one of ics, csv (did you mean "ics"?)');
  });
});

describe('parseZone and the system zone', () => {
  const context = (systemZone: string | undefined, tzVariable?: string): ZoneContext => ({ zones, venueZone: NY, systemZone: () => systemZone, tzVariable });
  it('knows every database name, venue and local', () => {
    for (const name of ['Europe/London', 'EST5EDT', 'CST6CDT', 'PST8PDT', 'GMT0', 'GMT+0', 'NZ-CHAT', 'W-SU', 'UTC']) {
      expect(parseZone(name, context('UTC')).zone).toBe(name);
    }
    expect(parseZone('venue', context('UTC')).zone).toBe(NY);
    expect(parseZone('LOCAL', context('Asia/Tokyo'))).toEqual({ zone: 'Asia/Tokyo' });
    expect(() => parseZone('Europe/Londn', context('UTC'))).toThrow(/did you mean "Europe\/London"/);
    expect(() => parseZone('Mars/Olympus', context('UTC'))).toThrow(UsageError);
    expect(() => parseZone('', context('UTC'))).toThrow(UsageError);
  });
  it('falls back to UTC with a warning when the system zone has no name, never a crash', () => {
    expect(localZone(context(undefined, 'JST-9'))).toEqual({ zone: 'UTC', warning: expect.stringContaining('TZ="JST-9"') });
    expect(localZone(context('Etc/Unknown', 'garbage')).zone).toBe('UTC');
    expect(localZone(context('Etc/Unknown', ''))).toEqual({ zone: 'UTC' });
    expect(localZone(context(undefined, '/usr/share/zoneinfo/Europe/Paris'))).toEqual({ zone: 'Europe/Paris' });
    expect(localZone(context(undefined, ':Asia/Tokyo'))).toEqual({ zone: 'Asia/Tokyo' });
  });
});

describe('didYouMean', () => {
  it('suggests close words only, swaps of two letters included', () => {
    expect(didYouMean('chekins', ['aliases', 'checkins'])).toBe('checkins');
    expect(didYouMean('--dya', ['--day', '--json'])).toBe('--day');
    expect(didYouMean('zzzzzz', ['aliases', 'checkins'])).toBeUndefined();
  });
});

import { loadSummit } from '../src/load';
import { endOfLocalDay, localDate, localIso, localToInstant, parseAt, parseDay, parseTrack, parseZone } from '../src/when';
import { UsageError } from '../src/errors';
import { didYouMean } from '../src/suggest';

const { days } = loadSummit();
const NY = 'America/New_York';
const iso = (d: Date) => d.toISOString();

describe('parseAt', () => {
  it('takes ISO 8601 with Z or an offset as it is', () => {
    expect(iso(parseAt('2007-04-17T14:45:00Z', NY, days))).toBe('2007-04-17T14:45:00.000Z');
    expect(iso(parseAt('2007-04-17T10:45-04:00', NY, days))).toBe('2007-04-17T14:45:00.000Z');
    expect(iso(parseAt('2007-04-17T15:45:00+01:00', NY, days))).toBe('2007-04-17T14:45:00.000Z');
  });
  it('reads a date and time without offset as venue time (EDT, UTC-4)', () => {
    expect(iso(parseAt('2007-04-17 10:45', NY, days))).toBe('2007-04-17T14:45:00.000Z');
    expect(iso(parseAt('2007-04-17T10:45', NY, days))).toBe('2007-04-17T14:45:00.000Z');
  });
  it('reads day words with a time, in any case', () => {
    expect(iso(parseAt('tues 10:45', NY, days))).toBe('2007-04-17T14:45:00.000Z');
    expect(iso(parseAt('Weds 16:00', NY, days))).toBe('2007-04-18T20:00:00.000Z');
    expect(iso(parseAt('wednesday 8.25', NY, days))).toBe('2007-04-18T12:25:00.000Z');
  });
  it('reads a value without offset in the zone it is given', () => {
    expect(iso(parseAt('tues 10:45', 'Europe/London', days))).toBe('2007-04-17T09:45:00.000Z');
    expect(iso(parseAt('2007-04-17 10:45', 'Asia/Kolkata', days))).toBe('2007-04-17T05:15:00.000Z');
  });
  it.each(['yesterday', 'tues 25:00', 'fri 10:00', '2007-02-30 10:00', '2007-04-17T10:61Z', '17/04/2007', ''])(
    'rejects %j with a usage error',
    (value) => {
      expect(() => parseAt(value, NY, days)).toThrow(UsageError);
    },
  );
  it('says which value is wrong and what would do', () => {
    expect(() => parseAt('tues 25:00', NY, days)).toThrow('invalid --at "tues 25:00": 25:00 is not a time of day');
    expect(() => parseAt('thurs 10:00', NY, days)).toThrow(/"thurs" is not a day of the summit; use tuesday, tue, tues, wednesday, wed, weds/);
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
});

describe('parseTrack and parseZone', () => {
  it('accepts tracks in any case', () => {
    expect(parseTrack('b', ['A', 'B'])).toBe('B');
    expect(() => parseTrack('C', ['A', 'B'])).toThrow('invalid --track "C": use one of A, B');
  });
  it('knows IANA names, venue and local', () => {
    expect(parseZone('Europe/London', NY, () => 'UTC')).toBe('Europe/London');
    expect(parseZone('venue', NY, () => 'UTC')).toBe(NY);
    expect(parseZone('LOCAL', NY, () => 'Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(() => parseZone('Europe/Londn', NY, () => 'UTC')).toThrow(/did you mean "Europe\/London"/);
    expect(() => parseZone('Mars/Olympus', NY, () => 'UTC')).toThrow(UsageError);
  });
});

describe('localDate and didYouMean', () => {
  it('gives the date on the clock of the zone', () => {
    expect(localDate(new Date('2007-04-18T01:00:00Z'), NY)).toBe('2007-04-17');
    expect(localDate(new Date('2007-04-18T01:00:00Z'), 'Europe/London')).toBe('2007-04-18');
  });
  it('suggests close words only', () => {
    expect(didYouMean('chekins', ['aliases', 'checkins'])).toBe('checkins');
    expect(didYouMean('zzzzzz', ['aliases', 'checkins'])).toBeUndefined();
  });
});

describe('wall clock to instant, across daylight-saving changes', () => {
  it.each([
    ['2007-04-17', '10:30', NY, '2007-04-17T14:30:00.000Z', '2007-04-17T10:30:00-04:00'],
    // 2007 was the first year of the new US rules: DST began on 11 March, ended on 4 November.
    ['2007-03-11', '01:30', NY, '2007-03-11T06:30:00.000Z', '2007-03-11T01:30:00-05:00'],
    ['2007-03-11', '03:30', NY, '2007-03-11T07:30:00.000Z', '2007-03-11T03:30:00-04:00'],
    ['2007-11-04', '00:30', NY, '2007-11-04T04:30:00.000Z', '2007-11-04T00:30:00-04:00'],
    ['2007-11-04', '12:00', NY, '2007-11-04T17:00:00.000Z', '2007-11-04T12:00:00-05:00'],
    ['2007-03-25', '00:30', 'Europe/London', '2007-03-25T00:30:00.000Z', '2007-03-25T00:30:00+00:00'],
    ['2007-03-25', '12:00', 'Europe/London', '2007-03-25T11:00:00.000Z', '2007-03-25T12:00:00+01:00'],
    ['2007-04-17', '10:30', 'Asia/Kolkata', '2007-04-17T05:00:00.000Z', '2007-04-17T10:30:00+05:30'],
  ])('%s %s in %s is %s', (date, time, zone, instant, isoLocal) => {
    expect(localToInstant(date, time, zone).toISOString()).toBe(instant);
    expect(localIso(date, time, zone)).toBe(isoLocal);
  });

  it('ends a day at the next local midnight, 23 or 25 hours later on a change', () => {
    const hours = (date: string) => (endOfLocalDay(date, NY).getTime() - localToInstant(date, '00:00', NY).getTime()) / 3_600_000;
    expect(hours('2007-04-17')).toBe(24);
    expect(hours('2007-03-11')).toBe(23);
    expect(hours('2007-11-04')).toBe(25);
  });
});

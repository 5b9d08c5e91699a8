/** Zone arithmetic against literal tables and against an independent oracle (Python's zoneinfo and the system's tzdata). */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { addDays, daysBetween, offsetText, utc, weekday, Zones } from '../../src/core/time';

const zones = new Zones();
const resolveIso = (zone: string, date: string, time: string) => {
  const r = zones.resolve(zone, date, Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  return r.kind === 'gap' ? 'gap' : `${r.instant.toISOString()} ${offsetText(r.offset)}${r.repeated ? ' repeated' : ''}`;
};

describe('resolve: one rule for clock times that do not exist or happen twice', () => {
  it.each([
    // zone, date, time, the instant taken (the earlier where the time happens twice), or "gap"
    ['America/New_York', '2007-04-17', '10:30', '2007-04-17T14:30:00.000Z -04:00'],
    ['America/New_York', '2007-03-11', '01:59', '2007-03-11T06:59:00.000Z -05:00'],
    ['America/New_York', '2007-03-11', '02:30', 'gap'],
    ['America/New_York', '2007-03-11', '03:00', '2007-03-11T07:00:00.000Z -04:00'],
    ['America/New_York', '2007-11-04', '01:30', '2007-11-04T05:30:00.000Z -04:00 repeated'],
    ['Europe/London', '2007-03-25', '01:30', 'gap'],
    ['Europe/London', '2007-10-28', '01:30', '2007-10-28T00:30:00.000Z +01:00 repeated'],
    ['Europe/Dublin', '2007-10-28', '01:30', '2007-10-28T00:30:00.000Z +01:00 repeated'],
    ['Australia/Lord_Howe', '2007-10-28', '02:15', 'gap'],
    ['Australia/Lord_Howe', '2007-10-28', '02:30', '2007-10-27T15:30:00.000Z +11:00'],
    ['Australia/Lord_Howe', '2007-03-25', '01:45', '2007-03-24T14:45:00.000Z +11:00 repeated'],
    ['Australia/Sydney', '2007-03-25', '02:30', '2007-03-24T15:30:00.000Z +11:00 repeated'],
    ['Pacific/Chatham', '2007-09-30', '03:00', 'gap'],
    ['Pacific/Chatham', '2008-04-06', '03:00', '2008-04-05T13:15:00.000Z +13:45 repeated'],
    ['America/St_Johns', '2007-03-11', '00:30', 'gap'],
    ['America/St_Johns', '2007-11-03', '23:30', '2007-11-04T02:00:00.000Z -02:30 repeated'],
    ['America/Sao_Paulo', '2007-10-14', '00:30', 'gap'],
    ['America/Sao_Paulo', '2008-02-16', '23:30', '2008-02-17T01:30:00.000Z -02:00 repeated'],
    ['America/Havana', '2007-03-11', '00:30', 'gap'],
    ['Asia/Kolkata', '2007-04-17', '10:30', '2007-04-17T05:00:00.000Z +05:30'],
  ])('%s %s %s -> %s', (zone, date, time, expected) => {
    expect(resolveIso(zone, date, time)).toBe(expected);
  });

  it('starts a day at its first instant, also where midnight does not exist', () => {
    expect(zones.startOfDate('America/New_York', '2007-04-17').toISOString()).toBe('2007-04-17T04:00:00.000Z');
    // Havana's clocks went from 00:00 to 01:00 on 11 March 2007: the day began at 01:00 CDT.
    expect(zones.startOfDate('America/Havana', '2007-03-11').toISOString()).toBe('2007-03-11T05:00:00.000Z');
    const hours = (date: string) => (zones.startOfDate('America/New_York', addDays(date, 1)).getTime() - zones.startOfDate('America/New_York', date).getTime()) / 3_600_000;
    expect([hours('2007-04-17'), hours('2007-03-11'), hours('2007-11-04')]).toEqual([24, 23, 25]);
  });
});

describe('offsets, ISO text and dates', () => {
  it('writes every offset one way, zero as +00:00', () => {
    expect(zones.iso(new Date('2007-04-17T14:30:00Z'), 'America/New_York')).toBe('2007-04-17T10:30:00-04:00');
    expect(zones.iso(new Date('2007-04-17T14:30:00Z'), 'UTC')).toBe('2007-04-17T14:30:00+00:00');
    expect(zones.iso(new Date('2007-01-17T14:30:00Z'), 'Europe/London')).toBe('2007-01-17T14:30:00+00:00');
    expect(zones.iso(new Date('2007-04-17T14:30:00Z'), 'Pacific/Chatham')).toBe('2007-04-18T03:15:00+12:45');
  });
  it('gives the date on the clock of the zone', () => {
    expect(zones.dateOf(new Date('2007-04-18T01:00:00Z'), 'America/New_York')).toBe('2007-04-17');
    expect(zones.dateOf(new Date('2007-04-18T01:00:00Z'), 'Europe/London')).toBe('2007-04-18');
  });
  it('does calendar arithmetic in every year, 1 to 99 included', () => {
    expect(addDays('2007-04-30', 1)).toBe('2007-05-01');
    expect(addDays('0001-01-01', -1)).toBe('0000-12-31');
    expect(daysBetween('2007-04-17', '2008-04-17')).toBe(366);
    expect(weekday('2007-04-17')).toBe(2);
    expect(new Date(utc(50, 0, 1)).toISOString()).toBe('0050-01-01T00:00:00.000Z');
  });
  it('knows every name of the database, links and old names included', () => {
    for (const name of ['EST5EDT', 'CST6CDT', 'PST8PDT', 'GMT0', 'GMT+0', 'NZ-CHAT', 'W-SU', 'Etc/GMT+5', 'Asia/Calcutta', 'UTC']) {
      expect([name, zones.isKnown(name)]).toEqual([name, true]);
    }
    for (const name of ['Mars/Olympus', '', 'JST-9', 'UTC+3']) expect([name, zones.isKnown(name)]).toEqual([name, false]);
  });
});

describe('spans, counted on the clock being shown', () => {
  const span = (from: string, to: string, zone: string) => zones.span(new Date(from), new Date(to), zone);
  it('counts calendar days of that clock, whatever the process zone', () => {
    expect(span('2007-03-20T12:00:00Z', '2007-04-17T12:00:00Z', 'UTC')).toEqual({ years: 0, months: 0, days: 28, hours: 0, minutes: 0 });
    expect(span('2007-03-20T12:00:00Z', '2007-04-17T12:00:00Z', 'America/New_York')).toEqual({ years: 0, months: 0, days: 28, hours: 0, minutes: 0 });
    // London moved its clocks on 25 March: its clock reads 12:00 GMT, then 13:00 BST.
    expect(span('2007-03-20T12:00:00Z', '2007-04-17T12:00:00Z', 'Europe/London')).toEqual({ years: 0, months: 0, days: 28, hours: 1, minutes: 0 });
    expect(span('2007-04-19T04:00:00Z', '2026-12-01T12:00:00Z', 'America/New_York')).toMatchObject({ years: 19, months: 7 });
  });
  it('keeps the exact hours across a change within a day', () => {
    expect(span('2007-03-11T05:00:00Z', '2007-03-11T08:00:00Z', 'America/New_York')).toEqual({ years: 0, months: 0, days: 0, hours: 3, minutes: 0 });
  });
});

const python = spawnSync('python3', ['-c', 'import zoneinfo'], { encoding: 'utf8' });
const oracle = python.status === 0 ? describe : describe.skip;
if (python.status !== 0) console.warn('time oracle skipped: python3 with zoneinfo is not on this machine');

/** Offsets and wall-clock resolutions from Python's zoneinfo, over the system's tzdata. */
function ask(cases: { zone: string; instant?: number; wall?: [number, number, number, number, number] }[]): string[] {
  const script = `
import sys, json, zoneinfo, datetime as dt
UTC = dt.timezone.utc
out = []
for c in json.loads(sys.stdin.read()):
    z = zoneinfo.ZoneInfo(c['zone'])
    if 'instant' in c:
        t = dt.datetime.fromtimestamp(c['instant'] / 1000, UTC).astimezone(z)
        out.append(str(int(t.utcoffset().total_seconds() // 60)))
    else:
        w = dt.datetime(*c['wall'])
        found = sorted({int(w.replace(tzinfo=z, fold=f).astimezone(UTC).timestamp() * 1000) for f in (0, 1)
                 if w.replace(tzinfo=z, fold=f).astimezone(UTC).astimezone(z).replace(tzinfo=None) == w})
        out.append('gap' if not found else str(found[0]) + (' repeated' if len(found) > 1 else ''))
print(json.dumps(out))
`;
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

oracle('against the oracle', () => {
  const intl = Intl as unknown as { supportedValuesOf: (k: string) => string[] };
  const all = intl.supportedValuesOf('timeZone');
  const runs = Number(process.env.XENSUMMIT_FUZZ_RUNS ?? 2000);
  // 1990-2020: rules both databases have agreed on for years (newer changes may reach them at different times).
  const from = Date.UTC(1990, 0, 1);
  const to = Date.UTC(2020, 0, 1);

  it('gives the offset of any instant in any zone', () => {
    const cases = fc.sample(fc.record({ zone: fc.constantFrom(...all), instant: fc.integer({ min: from, max: to }) }), { numRuns: runs, seed: 8 });
    const theirs = ask(cases);
    const ours = cases.map((c) => String(zones.offset(c.zone, c.instant)));
    const wrong = cases.filter((_, i) => ours[i] !== theirs[i]).map((c, i) => ({ ...c, ours: ours[i], theirs: theirs[i] }));
    expect(wrong).toEqual([]);
  });

  it('resolves any wall clock the same way, near the changes too', () => {
    // Instants near each zone's changes: the hours around the offsets' jumps, found by sampling.
    const cases = fc.sample(
      fc.record({
        zone: fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'America/Sao_Paulo', 'America/Havana', ...all),
        y: fc.integer({ min: 1995, max: 2019 }),
        m: fc.constantFrom(3, 4, 9, 10, 11, 1, 2),
        d: fc.integer({ min: 1, max: 28 }),
        h: fc.integer({ min: 0, max: 23 }),
        mi: fc.constantFrom(0, 15, 30, 45, 59),
      }),
      { numRuns: runs, seed: 12 },
    );
    const theirs = ask(cases.map((c) => ({ zone: c.zone, wall: [c.y, c.m, c.d, c.h, c.mi] as [number, number, number, number, number] })));
    const ours = cases.map((c) => {
      const r = zones.resolve(c.zone, `${c.y}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}`, c.h, c.mi);
      return r.kind === 'gap' ? 'gap' : `${r.instant.getTime()}${r.repeated ? ' repeated' : ''}`;
    });
    const wrong = cases.map((c, i) => ({ ...c, ours: ours[i], theirs: theirs[i] })).filter((c) => c.ours !== c.theirs);
    expect(wrong).toEqual([]);
  });
});

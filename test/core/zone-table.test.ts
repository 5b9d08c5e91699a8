/** The venue's zone worked out ahead gives what the database gives, instant by instant. */
import fc from 'fast-check';
import { tzName, tzOffset } from '@date-fns/tz';
import { buildZoneTable, tableName, tableOffset } from '../../src/core/zone-table';
import { Zones } from '../../src/core/time';

const NY = 'America/New_York';
const table = buildZoneTable(NY, 2000, 2030);
const runs = Number(process.env.XENSUMMIT_FUZZ_RUNS ?? 1000);

describe('buildZoneTable', () => {
  it('finds every change to the minute, with the short names', () => {
    // 2007: the first year of the new US rules.
    const changes2007 = table.changes.filter((t) => new Date(t).getUTCFullYear() === 2007).map((t) => new Date(t).toISOString());
    expect(changes2007).toEqual(['2007-03-11T07:00:00.000Z', '2007-11-04T06:00:00.000Z']);
    expect(tableOffset(table, Date.parse('2007-04-17T14:30:00Z'))).toBe(-240);
    expect(tableName(table, Date.parse('2007-04-17T14:30:00Z'))).toBe('EDT');
    expect(tableName(table, Date.parse('2007-12-17T14:30:00Z'))).toBe('EST');
  });

  it('says nothing outside its span', () => {
    expect(tableOffset(table, Date.parse('1999-12-31T23:59:00Z'))).toBeUndefined();
    expect(tableOffset(table, Date.parse('2030-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('agrees with the database at any instant of its span', () => {
    fc.assert(
      fc.property(fc.integer({ min: table.from, max: table.to - 1 }), (t) => {
        expect([tableOffset(table, t), tableName(table, t)]).toEqual([tzOffset(NY, new Date(t)), tzName(NY, new Date(t), 'short')]);
      }),
      { numRuns: runs, seed: 3 },
    );
  });

  it('agrees next to each change, a minute either side', () => {
    for (const c of table.changes) {
      for (const t of [c - 60_000, c, c + 60_000]) expect(tableOffset(table, t)).toBe(tzOffset(NY, new Date(t)));
    }
  });

  it('makes Zones answer as it would without the table', () => {
    const withTable = new Zones({ [NY]: table });
    const without = new Zones();
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), (t) => {
        const d = new Date(t);
        expect([withTable.iso(d, NY), withTable.abbreviation(NY, d), withTable.dateOf(d, NY)]).toEqual([without.iso(d, NY), without.abbreviation(NY, d), without.dateOf(d, NY)]);
      }),
      { numRuns: runs, seed: 4 },
    );
  });
});

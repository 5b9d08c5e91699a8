import { chartKey, chartSort, queryStats, totals } from '../../src/core/stats';
import type { ContributorRow } from '../../src/types';

const rows: ContributorRow[] = [
  { domain: 'b.example', aliases: 2, checkins: 10, insertions: 300 },
  { domain: 'a.example', aliases: 5, checkins: 30, insertions: 100 },
  { domain: 'c.example', aliases: 1, checkins: 20, insertions: 200 },
  { domain: 'other', aliases: 9, checkins: 40, insertions: 400, aggregate: true },
];
const domains = (r: { rows: { domain: string }[] }) => r.rows.map((x) => x.domain);

describe('queryStats', () => {
  it('keeps the given order by default', () => {
    expect(domains(queryStats(rows))).toEqual(['b.example', 'a.example', 'c.example', 'other']);
  });
  it('sorts numbers descending and keeps "other" last', () => {
    expect(domains(queryStats(rows, { sort: 'checkins' }))).toEqual(['a.example', 'c.example', 'b.example', 'other']);
    expect(domains(queryStats(rows, { sort: 'insertions' }))).toEqual(['b.example', 'c.example', 'a.example', 'other']);
  });
  it('sorts domains A-Z, reverse flips the order but not "other"', () => {
    expect(domains(queryStats(rows, { sort: 'domain' }))).toEqual(['a.example', 'b.example', 'c.example', 'other']);
    expect(domains(queryStats(rows, { sort: 'aliases', reverse: true }))).toEqual(['c.example', 'b.example', 'a.example', 'other']);
  });
  it('top N keeps N rows while totals stay over every row', () => {
    const r = queryStats(rows, { sort: 'checkins', top: 2 });
    expect(domains(r)).toEqual(['a.example', 'c.example']);
    expect(r.totals).toEqual({ rows: 4, aliases: 17, checkins: 100, insertions: 1000 });
  });
  it('gives each row its share of all check-ins and insertions', () => {
    const a = queryStats(rows).rows[1];
    expect(a.checkinsShare).toBeCloseTo(0.3);
    expect(a.insertionsShare).toBeCloseTo(0.1);
  });
  it('totals of nothing are zero, and shares of a zero total are zero', () => {
    expect(totals([])).toEqual({ rows: 0, aliases: 0, checkins: 0, insertions: 0 });
    expect(queryStats([{ domain: 'x', aliases: 0, checkins: 0, insertions: 0 }]).rows[0].checkinsShare).toBe(0);
  });
});

describe('chartKey', () => {
  it('charts the sort key, or check-ins', () => {
    expect(chartKey(undefined)).toBe('checkins');
    expect(chartKey('domain')).toBe('checkins');
    expect(chartKey('insertions')).toBe('insertions');
    expect(chartKey('deck')).toBe('checkins');
  });
  it('a chart sorts by its key unless an order is asked for', () => {
    expect(chartSort(undefined)).toBe('checkins');
    expect(chartSort('domain')).toBe('domain');
    expect(chartSort('deck')).toBe('deck');
    expect(chartSort('insertions')).toBe('insertions');
  });
});

describe('--sort deck', () => {
  it("is the deck's order, asked for by name", () => {
    expect(domains(queryStats(rows, { sort: 'deck' }))).toEqual(['b.example', 'a.example', 'c.example', 'other']);
  });
});

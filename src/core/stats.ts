/** Pure core of the contributor table: sorting, totals and shares. */
import type { ContributorRow } from '../types';

/** `deck` is the deck's own order, asked for by name. */
export const SORT_KEYS = ['aliases', 'checkins', 'insertions', 'domain', 'deck'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type NumericKey = Exclude<SortKey, 'domain' | 'deck'>;

export interface StatsOptions {
  /** Absent or `deck`: the deck's order. */
  sort?: SortKey;
  reverse?: boolean;
  /** Keep the first N rows after sorting. */
  top?: number;
}

export interface Totals {
  rows: number;
  aliases: number;
  checkins: number;
  insertions: number;
}

export interface StatsRow extends ContributorRow {
  /** Share of all check-ins and of all insertions, 0..1. */
  checkinsShare: number;
  insertionsShare: number;
}

export interface StatsResult {
  rows: StatsRow[];
  /** Over every row of the table, whatever --top keeps. */
  totals: Totals;
}

export function totals(rows: readonly ContributorRow[]): Totals {
  const sum = (key: NumericKey) => rows.reduce((acc, r) => acc + r[key], 0);
  return { rows: rows.length, aliases: sum('aliases'), checkins: sum('checkins'), insertions: sum('insertions') };
}

function compare(a: ContributorRow, b: ContributorRow, key: Exclude<SortKey, 'deck'>): number {
  if (key === 'domain') return a.domain.localeCompare(b.domain, 'en');
  return b[key] - a[key];
}

/**
 * The deck's order, or sorted by `sort` (numbers descending, domains A-Z); `reverse` flips that.
 * Aggregate rows ("other") stay last whatever the order. Ties keep the deck's order.
 */
export function queryStats(rows: readonly ContributorRow[], options: StatsOptions = {}): StatsResult {
  const all = totals(rows);
  const named = rows.filter((r) => !r.aggregate);
  const aggregates = rows.filter((r) => r.aggregate);
  const { sort } = options;
  const sorted = sort === undefined || sort === 'deck' ? [...named] : [...named].sort((a, b) => compare(a, b, sort));
  if (options.reverse) sorted.reverse();
  const ordered = [...sorted, ...aggregates];
  const kept = options.top === undefined ? ordered : ordered.slice(0, options.top);
  const share = (value: number, total: number) => (total === 0 ? 0 : value / total);
  return {
    totals: all,
    rows: kept.map((r) => ({
      ...r,
      checkinsShare: share(r.checkins, all.checkins),
      insertionsShare: share(r.insertions, all.insertions),
    })),
  };
}

/** The numeric column a chart of this sort draws: the sort key, or check-ins. */
export function chartKey(sort: SortKey | undefined): NumericKey {
  return sort === undefined || sort === 'domain' || sort === 'deck' ? 'checkins' : sort;
}

/** A chart's rows are sorted by the key it draws unless an order was asked for. */
export function chartSort(sort: SortKey | undefined): SortKey {
  return sort ?? chartKey(sort);
}

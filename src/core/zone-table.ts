/**
 * A zone's offsets and short names over a span of years, worked out once from the time-zone
 * database (through @date-fns/tz) — derived data, not hand-written offsets. The build puts the
 * table of the bundled venue's zone into the bundle (scripts/build.mjs), so that the commonest
 * runs need no Intl formatter at all: Node's first one costs more than the rest of a run.
 * Outside the table's span, and for every other zone, the database is asked as usual.
 */
import { tzOffset } from '@date-fns/tz/tzOffset';

export interface ZoneTable {
  /** The span covered: [from, to) in epoch milliseconds. */
  from: number;
  to: number;
  /** The instants at which the offset (or the short name) changes, ascending. */
  changes: number[];
  /** offsets[i] (minutes east of UTC) and names[i] hold from changes[i - 1] (or `from`) up to changes[i]. */
  offsets: number[];
  names: string[];
}

const HOUR = 3_600_000;

/** Index of the segment that holds `t`: the number of changes at or before it. */
function segment(table: ZoneTable, t: number): number {
  let lo = 0;
  let hi = table.changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.changes[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function tableOffset(table: ZoneTable, t: number): number | undefined {
  return t >= table.from && t < table.to ? table.offsets[segment(table, t)] : undefined;
}

export function tableName(table: ZoneTable, t: number): string | undefined {
  return t >= table.from && t < table.to ? table.names[segment(table, t)] : undefined;
}

/**
 * tzName(zone, date, 'short') with one formatter for all dates: tzName makes an Intl formatter at each
 * call (0.1 ms), and a year's table asks about 1,500 dates. The same options and the same reading of
 * its text as @date-fns/tz's tzName, so the same names (a test holds them equal).
 */
function shortNames(zone: string): (t: number) => string {
  const format = new Intl.DateTimeFormat('en-US', { hour: 'numeric', timeZone: zone, timeZoneName: 'short' });
  return (t) => format.format(new Date(t)).split(/\s/g).slice(2).join(' ');
}

/** The table of `zone` from 1 January `fromYear` to 1 January `toYear` (UTC), to the minute. */
export function buildZoneTable(zone: string, fromYear: number, toYear: number): ZoneTable {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear, 0, 1);
  const nameAt = shortNames(zone);
  const at = (t: number) => ({ offset: Math.round(tzOffset(zone, new Date(t))), name: nameAt(t) });
  const same = (a: { offset: number; name: string }, b: { offset: number; name: string }) => a.offset === b.offset && a.name === b.name;
  const table: ZoneTable = { from, to, changes: [], offsets: [at(from).offset], names: [at(from).name] };
  let previous = at(from);
  // Zones change at most a few times a year: step by six hours, then find each change to the minute.
  for (let t = from + 6 * HOUR; t < to + 6 * HOUR; t += 6 * HOUR) {
    const now = at(Math.min(t, to - 60_000));
    if (same(now, previous)) continue;
    let lo = t - 6 * HOUR;
    let hi = Math.min(t, to - 60_000);
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (same(at(mid), previous)) lo = mid;
      else hi = mid;
    }
    table.changes.push(hi);
    table.offsets.push(now.offset);
    table.names.push(now.name);
    previous = now;
  }
  return table;
}

/**
 * Zone arithmetic: wall clock <-> instant, offsets, calendar dates and spans, always in a named zone.
 * Nothing here reads the clock or depends on the process's own time zone: the zone rules come from
 * the time-zone database (through @date-fns/tz, which asks Intl), and every calendar computation is
 * done on UTC fields. Errors for users are not raised here: a wall clock that does not exist comes
 * back as a `gap` result for the caller to word.
 *
 * The rule for local times (README, "Local times"), for --at and for data files alike:
 * - a wall-clock time that happens twice (clocks going back) is the earlier of the two instants
 *   (RFC 5545's and Temporal's "compatible" choice), and outputs show the offset taken;
 * - a wall-clock time that does not exist (clocks going forward) is a gap, and the caller rejects it.
 */
import { tzName } from '@date-fns/tz/tzName';
import { tzOffset } from '@date-fns/tz/tzOffset';
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { intervalToDuration } from 'date-fns/intervalToDuration';
import { tableName, tableOffset, type ZoneTable } from './zone-table';

const MINUTE = 60_000;

/** date-fns context for UTC fields (the mini UTCDate: no Intl formatter made at load). */
export const utcDate = (value: Date | number | string): Date => new UTCDateMini(+new Date(value));
const DAY = 86_400_000;

/** A calendar date and a clock time, as numbers. `month` is 1-12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export type Resolved =
  | { kind: 'ok'; instant: Date; /** minutes east of UTC */ offset: number; /** the time happens twice; the earlier was taken */ repeated: boolean }
  | { kind: 'gap'; /** the offsets before and after the clocks jumped */ before: number; after: number };

export interface Span {
  years: number;
  months: number;
  days: number;
  hours: number;
  minutes: number;
}

/** Date.UTC for every year, 1 to 99 included (Date.UTC reads those as 1901-1999). */
export function utc(year: number, month0: number, day: number, hour = 0, minute = 0): number {
  // 400 Gregorian years are exactly 146,097 days.
  if (year >= 0 && year < 100) return Date.UTC(year + 400, month0, day, hour, minute) - 146_097 * DAY;
  return Date.UTC(year, month0, day, hour, minute);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "+05:30", "-04:00", "+00:00": one way to write an offset, zero included. */
export function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Splits "YYYY-MM-DD" (already checked) into numbers. */
export function dateParts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** "YYYY-MM-DD" of a UTC-fields date. */
function ymd(t: Date): string {
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The date `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = dateParts(date);
  return ymd(new Date(utc(y, m - 1, d + days)));
}

/** Days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = dateParts(from);
  const [y2, m2, d2] = dateParts(to);
  return Math.round((utc(y2, m2 - 1, d2) - utc(y1, m1 - 1, d1)) / DAY);
}

/** 0 = Sunday … 6 = Saturday, for a YYYY-MM-DD date. */
export function weekday(date: string): number {
  const [y, m, d] = dateParts(date);
  return new Date(utc(y, m - 1, d)).getUTCDay();
}

/**
 * Year tables of zones other than the ones built in (src/io/zone-cache.ts keeps them on disk):
 * `has`: a table of the zone is at hand (so the database knows it); `year`: the table of that UTC
 * year, from 1 January to 1 January, or undefined (then the database is asked).
 */
export interface YearTables {
  has(zone: string): boolean;
  year(zone: string, year: number): ZoneTable | undefined;
}

/**
 * The zone rules, with the caches they keep. One instance serves a run; nothing is module state.
 * Look-ups in the database cost an Intl call each, so results are kept per zone and day.
 */
export class Zones {
  /** zone -> date -> the offset that holds all that day, or null when it changes that day. */
  private readonly steady = new Map<string, Map<string, number | null>>();
  private readonly known = new Map<string, boolean>();
  private readonly isoTexts = new Map<string, Map<number, string>>();
  /**
   * The last two texts `iso` wrote, with their instants and zones: the sessions of a slot ask for
   * the same start and end in turn, and a look-up keyed by a number costs far more than these tests.
   */
  private isoRecent = [
    { time: NaN, zone: '', text: '' },
    { time: NaN, zone: '', text: '' },
  ];
  private isoNext = 0;
  private readonly dayNumbers = new Map<string, number>();
  /** zone -> UTC year -> its table from `years`, or null where there is none. */
  private readonly yearTables = new Map<string, Map<number, ZoneTable | null>>();

  /**
   * `tables`: zones whose offsets were worked out ahead (src/core/zone-table.ts); `years`: tables of
   * other zones, a year each; for anything else the database is asked.
   */
  constructor(
    private readonly tables: Readonly<Record<string, ZoneTable>> = {},
    private readonly years?: YearTables,
  ) {}

  /** The table that covers `instant` in `zone`, if any. */
  private tableAt(zone: string, instant: number): ZoneTable | undefined {
    const table = this.tables[zone];
    if (table !== undefined && instant >= table.from && instant < table.to) return table;
    if (this.years === undefined || !Number.isFinite(instant)) return undefined;
    let byYear = this.yearTables.get(zone);
    if (byYear === undefined) this.yearTables.set(zone, (byYear = new Map()));
    const year = new Date(instant).getUTCFullYear();
    let found = byYear.get(year);
    if (found === undefined) byYear.set(year, (found = this.years.year(zone, year) ?? null));
    return found ?? undefined;
  }

  /** Minutes east of UTC in `zone` at `instant`. */
  offset(zone: string, instant: number): number {
    const table = this.tableAt(zone, instant);
    const known = table === undefined ? undefined : tableOffset(table, instant);
    return known ?? Math.round(tzOffset(zone, new Date(instant)));
  }

  /** True when the time-zone database knows `zone`. */
  isKnown(zone: string): boolean {
    let ok = this.known.get(zone) ?? (zone in this.tables || this.years?.has(zone) === true ? true : undefined);
    if (ok === undefined) {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        ok = zone.trim() !== '' && !Number.isNaN(tzOffset(zone, new Date(0)));
      } catch {
        ok = false;
      }
      this.known.set(zone, ok);
    }
    return ok;
  }

  /** The offset that holds for the whole of `date` in `zone` (with a day's margin either side), or null. */
  private steadyOffset(zone: string, date: string): number | null {
    let byDate = this.steady.get(zone);
    if (byDate === undefined) this.steady.set(zone, (byDate = new Map()));
    let offset = byDate.get(date);
    if (offset === undefined) {
      const [y, m, d] = dateParts(date);
      const midnight = utc(y, m - 1, d);
      const a = this.offset(zone, midnight - DAY);
      const b = this.offset(zone, midnight + DAY / 2);
      const c = this.offset(zone, midnight + 2 * DAY);
      offset = a === b && b === c ? a : null;
      byDate.set(date, offset);
    }
    return offset;
  }

  /** The instant at which the clock in `zone` reads `date` (YYYY-MM-DD) at `hour`:`minute`, by the rule above. */
  resolve(zone: string, date: string, hour: number, minute: number): Resolved {
    const [y, m, d] = dateParts(date);
    const wall = utc(y, m - 1, d, hour, minute);
    const steady = this.steadyOffset(zone, date);
    if (steady !== null) return { kind: 'ok', instant: new Date(wall - steady * MINUTE), offset: steady, repeated: false };
    const before = this.offset(zone, wall - DAY);
    const after = this.offset(zone, wall + DAY);
    const candidates = [...new Set([before, after])]
      .map((o) => wall - o * MINUTE)
      .filter((t) => this.offset(zone, t) * MINUTE === wall - t)
      .sort((p, q) => p - q);
    if (candidates.length === 0) return { kind: 'gap', before, after };
    const instant = candidates[0];
    return { kind: 'ok', instant: new Date(instant), offset: (wall - instant) / MINUTE, repeated: candidates.length > 1 };
  }

  /** The wall clock of `instant` in `zone`. */
  wall(instant: Date, zone: string): WallClock & { offset: number } {
    const offset = this.offset(zone, instant.getTime());
    const t = new Date(instant.getTime() + offset * MINUTE);
    return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), hour: t.getUTCHours(), minute: t.getUTCMinutes(), offset };
  }

  /** The calendar date (YYYY-MM-DD) that `instant` falls on in `zone`. */
  dateOf(instant: Date, zone: string): string {
    const w = this.wall(instant, zone);
    return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
  }

  /** ISO 8601 with the offset of that instant in `zone`, to the second: 2007-04-17T10:30:00-04:00. */
  iso(instant: Date, zone: string): string {
    // Schedules repeat the same instants many times: each is written once.
    const time = instant.getTime();
    const a = this.isoRecent[0];
    const b = this.isoRecent[1];
    if (time === a.time && zone === a.zone) return a.text;
    if (time === b.time && zone === b.zone) return b.text;
    let byInstant = this.isoTexts.get(zone);
    if (byInstant === undefined) this.isoTexts.set(zone, (byInstant = new Map()));
    let text = byInstant.get(time);
    if (text === undefined) {
      const offset = this.offset(zone, time);
      const t = new Date(Math.floor(time / 1000) * 1000 + offset * MINUTE);
      text = `${t.toISOString().slice(0, 19)}${offsetText(offset)}`;
      byInstant.set(time, text);
    }
    const slot = this.isoRecent[this.isoNext];
    this.isoNext = 1 - this.isoNext;
    slot.time = time;
    slot.zone = zone;
    slot.text = text;
    return text;
  }

  /** The day number (days since 1970-01-01) of a YYYY-MM-DD date. */
  dayNumber(date: string): number {
    let n = this.dayNumbers.get(date);
    if (n === undefined) {
      const [y, m, d] = dateParts(date);
      n = Math.round(utc(y, m - 1, d) / DAY);
      this.dayNumbers.set(date, n);
    }
    return n;
  }

  /** The day number of the date that `instant` falls on in `zone`. */
  dayNumberOf(instant: Date, zone: string): number {
    return Math.floor((instant.getTime() + this.offset(zone, instant.getTime()) * MINUTE) / DAY);
  }

  /** "HH:MM" of `instant` on the clock of `zone`. */
  clockTime(instant: Date, zone: string): string {
    const t = instant.getTime() + this.offset(zone, instant.getTime()) * MINUTE;
    const minutes = Math.floor((((t % DAY) + DAY) % DAY) / MINUTE);
    return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  }

  /** The first instant of `date` in `zone` (its midnight, or the first minute after a gap there). */
  startOfDate(zone: string, date: string): Date {
    for (let minute = 0; minute < 24 * 60; minute += 15) {
      const r = this.resolve(zone, date, Math.floor(minute / 60), minute % 60);
      // After a gap at midnight, the first wall time that exists is the jump's instant.
      if (r.kind === 'ok') return r.instant;
    }
    throw new Error(`${date} has no time in ${zone}`);
  }

  /** The zone's short name at `instant` ("EDT", "GMT+1"), as the database gives it in English. */
  abbreviation(zone: string, instant: Date): string {
    const table = this.tableAt(zone, instant.getTime());
    return (table === undefined ? undefined : tableName(table, instant.getTime())) ?? tzName(zone, instant, 'short');
  }

  /**
   * From `from` to `to` (in either order), counted on the clock of `zone`: whole years, months and
   * days of that calendar, then the exact hours and minutes that remain (as Temporal counts).
   */
  span(from: Date, to: Date, zone: string): Span {
    const [start, end] = from.getTime() <= to.getTime() ? [from, to] : [to, from];
    const a = this.wall(start, zone);
    const b = this.wall(end, zone);
    // Calendar part, on UTC fields (no machine zone involved).
    const wallA = utc(a.year, a.month - 1, a.day, a.hour, a.minute);
    const wallB = utc(b.year, b.month - 1, b.day, b.hour, b.minute);
    const d = intervalToDuration({ start: wallA, end: wallB }, { in: utcDate });
    let years = d.years ?? 0;
    let months = d.months ?? 0;
    let days = d.days ?? 0;
    // Where that many calendar units lead on the real clock, then the exact rest.
    const landing = (): number => {
      const t = new Date(utc(a.year + years, a.month - 1 + months, a.day + days, a.hour, a.minute));
      const r = this.resolve(zone, ymd(t), t.getUTCHours(), t.getUTCMinutes());
      return r.kind === 'ok' ? r.instant.getTime() : t.getTime() - r.before * MINUTE;
    };
    // The seconds that the wall clock of `start` leaves out.
    const residual = start.getTime() - (wallA - a.offset * MINUTE);
    let mid = landing() + residual;
    while (mid > end.getTime() && (years > 0 || months > 0 || days > 0)) {
      if (days > 0) days--;
      else if (months > 0) {
        months--;
        days = 0;
      } else years--;
      mid = landing() + residual;
    }
    const rest = Math.floor(Math.max(0, end.getTime() - mid) / MINUTE);
    return { years, months, days, hours: Math.floor(rest / 60), minutes: rest % 60 };
  }
}

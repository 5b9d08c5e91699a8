/**
 * Strict parsing of --at, --day, --track and --tz values, and the venue-local <-> instant
 * conversions they need. Nothing here reads the clock: "now" is always passed in.
 */
import { TZDate } from '@date-fns/tz';
import { UsageError } from './errors';
import { suggestion } from './suggest';
import type { DayInfo } from './types';

interface WallClock {
  instant: Date;
  /** ISO 8601 with the zone's offset at that instant. */
  iso: string;
}

interface LocalDay {
  byTime: Map<string, WallClock>;
  /** The zone's offset in minutes for the whole day, or null on a day when it changes (DST). */
  offset: number | null;
  /** The first instant of the next day: the end of this one. */
  end: Date;
}

/** zone -> date -> the day's resolved wall clocks. Schedules repeat the same dates and times many times. */
const dayCache = new Map<string, Map<string, LocalDay>>();

/** The last (zone, date) looked up: sessions come day by day, so most look-ups repeat it. */
let last: { zone: string; date: string; day: LocalDay } | undefined;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function ymd(date: string): [number, number, number] {
  const [y, mo, d] = date.split('-').map(Number);
  return [y, mo - 1, d];
}

function localDay(zone: string, date: string): LocalDay {
  if (last !== undefined && last.zone === zone && last.date === date) return last.day;
  let byDate = dayCache.get(zone);
  if (byDate === undefined) dayCache.set(zone, (byDate = new Map()));
  let day = byDate.get(date);
  if (day === undefined) {
    const [y, m, d] = ymd(date);
    // Two look-ups in the time-zone database a day: if midnight and the next midnight keep the
    // same offset, every time of the day does, and resolves by arithmetic.
    const start = new TZDate(y, m, d, 0, 0, zone).getTime();
    const end = new TZDate(y, m, d + 1, 0, 0, zone).getTime();
    const startOffset = Math.round((Date.UTC(y, m, d) - start) / 60_000);
    const endOffset = Math.round((Date.UTC(y, m, d + 1) - end) / 60_000);
    day = { byTime: new Map(), offset: startOffset === endOffset ? startOffset : null, end: new Date(end) };
    byDate.set(date, day);
  }
  last = { zone, date, day };
  return day;
}

function resolveWallClock(date: string, time: string, zone: string): WallClock {
  const day = localDay(zone, date);
  let wall = day.byTime.get(time);
  if (wall === undefined) {
    const [y, m, d] = ymd(date);
    const [h, mi] = time.split(':').map(Number);
    const wallUtc = Date.UTC(y, m, d, h, mi);
    const instant = new Date(day.offset === null ? new TZDate(y, m, d, h, mi, zone).getTime() : wallUtc - day.offset * 60_000);
    // The offset is the difference between the wall clock and the instant: no formatter needed.
    const offset = Math.round((wallUtc - instant.getTime()) / 60_000);
    const abs = Math.abs(offset);
    const iso = `${date}T${time}:00${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    wall = { instant, iso };
    day.byTime.set(time, wall);
  }
  return wall;
}

/** The instant at which the wall clock in `zone` reads `date` `time` (YYYY-MM-DD, HH:MM). */
export function localToInstant(date: string, time: string, zone: string): Date {
  return resolveWallClock(date, time, zone).instant;
}

/** ISO 8601 with offset for a wall-clock `date` `time` in `zone`, e.g. 2007-04-17T10:30:00-04:00. */
export function localIso(date: string, time: string, zone: string): string {
  return resolveWallClock(date, time, zone).iso;
}

/** The first instant of the venue-local day after `date`: the end of that day. */
export function endOfLocalDay(date: string, zone: string): Date {
  return localDay(zone, date).end;
}

/** The calendar date (YYYY-MM-DD) that `instant` falls on in `zone`. */
export function localDate(instant: Date, zone: string): string {
  const t = new TZDate(instant.getTime(), zone);
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EXTRA_ABBREVIATIONS: Record<string, string[]> = {
  tuesday: ['tues'],
  wednesday: ['weds'],
  thursday: ['thur', 'thurs'],
};

function weekdayOf(date: string): string {
  const [y, mo, d] = date.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
}

/** Every word that names `day`: its date, weekday, the usual abbreviations and the deck's label. */
export function dayWords(day: DayInfo): string[] {
  const weekday = weekdayOf(day.date);
  return [day.date, weekday, weekday.slice(0, 3), ...(EXTRA_ABBREVIATIONS[weekday] ?? []), day.label.toLowerCase()];
}

/** --day: a date or a weekday word of one of the summit's days, in any case. */
export function parseDay(value: string, days: readonly DayInfo[]): DayInfo {
  const word = value.trim().toLowerCase();
  const day = days.find((d) => dayWords(d).includes(word));
  if (day === undefined) {
    const valid = days.flatMap((d) => [weekdayOf(d.date).slice(0, 3), d.date]);
    throw new UsageError(
      `invalid --day "${value}": use one of ${valid.join(', ')}${suggestion(word, days.flatMap(dayWords))}`,
    );
  }
  return day;
}

/** --track: one of the tracks the data knows, in any case. */
export function parseTrack(value: string, tracks: readonly string[]): string {
  const track = tracks.find((t) => t.toLowerCase() === value.trim().toLowerCase());
  if (track === undefined) {
    throw new UsageError(`invalid --track "${value}": use one of ${tracks.join(', ')}${suggestion(value, tracks)}`);
  }
  return track;
}

/** True when `zone` is a time zone name the runtime knows. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Time zone names to suggest from, where the runtime can list them. */
function zoneNames(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return [...(intl.supportedValuesOf?.('timeZone') ?? []), 'UTC', 'local', 'venue'];
}

/**
 * --tz: an IANA name, "venue" (the summit's zone) or "local" (`localZone`, the system's).
 * Returns the IANA name to display times in.
 */
export function parseZone(value: string, venueZone: string, localZone: () => string): string {
  const v = value.trim();
  if (v.toLowerCase() === 'venue') return venueZone;
  if (v.toLowerCase() === 'local') return localZone();
  if (/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(v) && isKnownZone(v)) return v;
  throw new UsageError(
    `invalid --tz "${value}": use an IANA time zone name such as Europe/London, or "venue" or "local"${suggestion(v, zoneNames())}`,
  );
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]+(\d{1,2})[:.](\d{2}))?$/i;
const DAY_WORD_TIME = /^([a-z]+)(?:\s+(\d{1,2})[:.](\d{2}))?$/i;

const AT_HELP = 'use ISO 8601 with an offset (2007-04-17T14:45:00Z), a date and time (2007-04-17 10:45) or a day and time (tues 10:45)';

function checkClock(value: string, h: number, mi: number): string {
  if (h > 23 || mi > 59) throw new UsageError(`invalid --at "${value}": ${h}:${String(mi).padStart(2, '0')} is not a time of day`);
  return `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}

function checkDate(value: string, y: number, mo: number, d: number): string {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new UsageError(`invalid --at "${value}": ${y}-${mo}-${d} is not a date`);
  }
  return date.toISOString().slice(0, 10);
}

/**
 * --at: the moment to reason about. A value without an offset is read as wall-clock time in `zone`.
 * A day word (tues, weds, ...) names one of the summit's `days`; a date or day without a time means its start.
 */
export function parseAt(value: string, zone: string, days: readonly DayInfo[]): Date {
  const v = value.trim();
  let m = ISO_WITH_OFFSET.exec(v);
  if (m) {
    checkDate(v, Number(m[1]), Number(m[2]), Number(m[3]));
    checkClock(v, Number(m[4]), Number(m[5]));
    const instant = new Date(v.replace(' ', 'T'));
    if (Number.isNaN(instant.getTime())) throw new UsageError(`invalid --at "${value}": ${AT_HELP}`);
    return instant;
  }
  m = LOCAL_DATE_TIME.exec(v);
  if (m) {
    const date = checkDate(v, Number(m[1]), Number(m[2]), Number(m[3]));
    const time = m[4] === undefined ? '00:00' : checkClock(v, Number(m[4]), Number(m[5]));
    return localToInstant(date, time, zone);
  }
  m = DAY_WORD_TIME.exec(v);
  if (m) {
    const day = days.find((d) => dayWords(d).includes(m![1].toLowerCase()));
    if (day === undefined) {
      const words = days.flatMap(dayWords).filter((w) => /^[a-z]+$/.test(w));
      throw new UsageError(`invalid --at "${value}": "${m[1]}" is not a day of the summit; use ${[...new Set(words)].join(', ')}${suggestion(m[1], words)}`);
    }
    const time = m[2] === undefined ? '00:00' : checkClock(v, Number(m[2]), Number(m[3]));
    return localToInstant(day.date, time, zone);
  }
  throw new UsageError(`invalid --at "${value}": ${AT_HELP}`);
}

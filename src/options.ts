/**
 * Every option value parser. Each takes the raw text and what it must be checked against, and
 * throws the one usage error (exit 2) naming the value and what would do, with a "did you mean".
 */
import { UsageError } from './errors';
import { suggestion } from './core/suggest';
import { addDays, weekday, type Zones } from './core/time';
import { SORT_KEYS, type SortKey } from './core/stats';
import type { Day } from './types';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EXTRA_ABBREVIATIONS: Record<string, string[]> = {
  tuesday: ['tues'],
  wednesday: ['weds'],
  thursday: ['thur', 'thurs'],
};

/** Every word that names `day`: its date, weekday, the usual abbreviations and the data's label. */
export function dayWords(day: Pick<Day, 'date' | 'label'>): string[] {
  const name = WEEKDAYS[weekday(day.date)];
  return [...new Set([day.date, name, name.slice(0, 3), ...(EXTRA_ABBREVIATIONS[name] ?? []), day.label.toLowerCase()])];
}

/** The words to offer for a day: "tue, 2007-04-17, wed, 2007-04-18". */
function dayChoices(days: readonly Day[]): string {
  return days.flatMap((d) => [WEEKDAYS[weekday(d.date)].slice(0, 3), d.date]).join(', ');
}

/** --day: a date or a weekday word of one of the conference's days, in any case. */
export function parseDay(value: string, days: readonly Day[]): Day {
  const word = value.trim().toLowerCase();
  const day = days.find((d) => dayWords(d).includes(word));
  if (day === undefined) {
    throw new UsageError(`invalid --day "${value}": use one of ${dayChoices(days)}${suggestion(word, days.flatMap(dayWords))}`);
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

/** --room: one of the rooms the data names, in any case. */
export function parseRoom(value: string, rooms: readonly string[]): string {
  const room = rooms.find((r) => r.toLowerCase() === value.trim().toLowerCase());
  if (room === undefined) {
    throw new UsageError(`invalid --room "${value}": use one of ${rooms.join(', ')}${suggestion(value, rooms)}`);
  }
  return room;
}

/** --sort: one of SORT_KEYS, in any case, "check-ins" too. */
export function parseSort(value: string): SortKey {
  const word = value.trim().toLowerCase().replace(/-/g, '');
  const key = SORT_KEYS.find((k) => k === word);
  if (key === undefined) throw new UsageError(`invalid --sort "${value}": use one of ${SORT_KEYS.join(', ')}${suggestion(word, SORT_KEYS)}`);
  return key;
}

/** --top: a whole number of 1 or more. */
export function parseTop(value: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`invalid --top "${value}": use a whole number of 1 or more`);
  return n;
}

/** The fastest --speed: a summit day in under a minute. */
export const MAX_SPEED = 3600;

/** --speed: how many summit seconds pass in a second, a number from above 0 to MAX_SPEED. */
export function parseSpeed(value: string): number {
  const n = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!(n > 0 && n <= MAX_SPEED)) throw new UsageError(`invalid --speed "${value}": use a number above 0 and up to ${MAX_SPEED} (60: a summit minute a second)`);
  return n;
}

/** One of a fixed list of words, in any case (--format). */
export function parseChoice<T extends string>(option: string, value: string, choices: readonly T[]): T {
  const word = value.trim().toLowerCase();
  const choice = choices.find((c) => c === word);
  if (choice === undefined) throw new UsageError(`invalid ${option} "${value}": use one of ${choices.join(', ')}${suggestion(word, choices)}`);
  return choice;
}

/** What --tz is read against. */
export interface ZoneContext {
  zones: Zones;
  /** The conference's own zone, for "venue". */
  venueZone: string;
  /** The system's zone name as the runtime reports it (undefined when it cannot name it). */
  systemZone: () => string | undefined;
  /** The TZ environment variable, for the system zone when the runtime cannot name it. */
  tzVariable: string | undefined;
  /** Where the value came from, for the error: "--tz" (the default) or "XENSUMMIT_TZ". */
  source?: string;
}

export interface ZoneChoice {
  zone: string;
  /** Said once on stderr: why the zone is not the one asked for. */
  warning?: string;
}

/** The system's zone: the runtime's name for it, else the name inside TZ, else UTC with a warning. */
export function localZone({ zones, systemZone, tzVariable }: ZoneContext): ZoneChoice {
  const named = systemZone();
  if (named !== undefined && named !== 'Etc/Unknown' && zones.isKnown(named)) return { zone: named };
  const tzv = tzVariable;
  if (tzv === undefined || tzv === '') return { zone: 'UTC' };
  // "TZ=:Europe/Paris" and "TZ=/usr/share/zoneinfo/Europe/Paris" name a zone file.
  const fromPath = /(?:^:|zoneinfo\/)([A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*)$/.exec(tzv)?.[1];
  if (fromPath !== undefined && zones.isKnown(fromPath)) return { zone: fromPath };
  return {
    zone: 'UTC',
    warning: `the system time zone (TZ=${JSON.stringify(tzv)}) has no name in the time-zone database; showing UTC (pass --tz ZONE to choose)`,
  };
}

/** Time zone names to suggest from, where the runtime can list them. */
/**
 * Current names of renamed zones: the runtime accepts them, but its list (ICU's) still gives the
 * old ones (Asia/Calcutta, Europe/Kiev), so a completion or a "did you mean" would never offer them.
 */
const CURRENT_NAMES = [
  'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Ho_Chi_Minh', 'Asia/Yangon', 'Europe/Kyiv', 'Atlantic/Faroe',
  'America/Nuuk', 'Pacific/Chuuk', 'Pacific/Pohnpei', 'Pacific/Kanton', 'America/Argentina/Buenos_Aires',
];

/** Every zone name --tz takes: the runtime's time-zone database, current names, UTC, "local" and "venue". */
export function zoneNames(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return [...new Set([...(intl.supportedValuesOf?.('timeZone') ?? []), ...CURRENT_NAMES, 'UTC', 'local', 'venue'])];
}

/** --tz (or XENSUMMIT_TZ): any name the time-zone database knows, "venue" (the conference's zone) or "local" (the system's). */
export function parseZone(value: string, context: ZoneContext): ZoneChoice {
  const v = value.trim();
  if (v.toLowerCase() === 'venue') return { zone: context.venueZone };
  if (v.toLowerCase() === 'local') return localZone(context);
  if (v !== '' && !/[\s\\]/.test(v) && context.zones.isKnown(v)) return { zone: v };
  throw new UsageError(
    `invalid ${context.source ?? '--tz'} "${value}": use a time zone name such as Europe/London, or "venue" or "local"${suggestion(v, zoneNames())}`,
  );
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]+(\d{1,2})[:.](\d{2}))?$/i;
const DAY_WORD_TIME = /^([a-z]+)(?:\s+(\d{1,2})[:.](\d{2}))?$/i;

const AT_HELP = 'use ISO 8601 with an offset (2007-04-17T14:45:00Z), a date and time (2007-04-17 10:45) or a day and time (tues 10:45)';

function checkClock(value: string, h: number, mi: number): void {
  if (h > 23 || mi > 59) throw new UsageError(`invalid --at "${value}": ${h}:${String(mi).padStart(2, '0')} is not a time of day`);
}

function checkDate(value: string, y: number, mo: number, d: number): string {
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  if (y < 1 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new UsageError(`invalid --at "${value}": ${y}-${mo}-${d} is not a date`);
  }
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** What --at is read against: the clock it is read on and the conference's days. */
export interface AtContext {
  zones: Zones;
  /** The --tz zone: a time without an offset is read on its clock. */
  zone: string;
  days: readonly Day[];
}

function clockText(h: number, mi: number): string {
  return `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}

function gapError(value: string, date: string, h: number, mi: number, zone: string, before: number, after: number): UsageError {
  const jump = after - before;
  return new UsageError(
    `invalid --at "${value}": ${clockText(h, mi)} does not exist on ${date} in ${zone} (the clocks went forward ${jump} min there); use a time after the change`,
  );
}

/**
 * --at: the moment to reason about (README, "Local times").
 * - ISO 8601 with an offset or Z: that instant.
 * - A date, or a date and time: that wall clock on the --tz clock; midnight without a time.
 * - A day word (tues, weds, sat, the date's weekday): a day of the conference, as --day reads it;
 *   with a time, the moment in that conference day at which the --tz clock shows it; without, the day's start.
 * A wall clock that happens twice is the earlier; one that does not exist is an error.
 */
export function parseAt(value: string, { zones, zone, days }: AtContext): Date {
  const v = value.trim();
  let m = ISO_WITH_OFFSET.exec(v);
  if (m) {
    checkDate(v, Number(m[1]), Number(m[2]), Number(m[3]));
    checkClock(v, Number(m[4]), Number(m[5]));
    if (Number(m[6] ?? 0) > 59) throw new UsageError(`invalid --at "${value}": ${m[6]} is not a second`);
    const offset = /^[+-](\d{2}):?(\d{2})$/.exec(m[7]);
    if (offset && (Number(offset[1]) > 23 || Number(offset[2]) > 59)) throw new UsageError(`invalid --at "${value}": ${m[7]} is not an offset`);
    const instant = new Date(v.replace(' ', 'T'));
    if (Number.isNaN(instant.getTime())) throw new UsageError(`invalid --at "${value}": ${AT_HELP}`);
    return instant;
  }
  m = LOCAL_DATE_TIME.exec(v);
  if (m) {
    const date = checkDate(v, Number(m[1]), Number(m[2]), Number(m[3]));
    const [h, mi] = m[4] === undefined ? [0, 0] : [Number(m[4]), Number(m[5])];
    checkClock(v, h, mi);
    const r = zones.resolve(zone, date, h, mi);
    if (r.kind === 'gap') {
      if (m[4] === undefined) return zones.startOfDate(zone, date);
      throw gapError(value, date, h, mi, zone, r.before, r.after);
    }
    return r.instant;
  }
  m = DAY_WORD_TIME.exec(v);
  if (m) {
    const word = m[1].toLowerCase();
    const day = days.find((d) => dayWords(d).includes(word));
    if (day === undefined) {
      const words = [...new Set(days.flatMap(dayWords).filter((w) => /^[a-z]+$/.test(w)))];
      throw new UsageError(`invalid --at "${value}": "${m[1]}" is not a day of the conference; use ${words.join(', ')}${suggestion(m[1], words)}`);
    }
    if (m[2] === undefined) return day.start;
    const h = Number(m[2]);
    const mi = Number(m[3]);
    checkClock(v, h, mi);
    return atInDay(value, day, h, mi, zones, zone);
  }
  throw new UsageError(`invalid --at "${value}": ${AT_HELP}`);
}

/** The first moment in the 24 hours from `day.start` at which the clock of `zone` reads h:mi. */
function atInDay(value: string, day: Day, h: number, mi: number, zones: Zones, zone: string): Date {
  const from = day.start.getTime();
  const first = zones.dateOf(day.start, zone);
  let gap: { date: string; before: number; after: number } | undefined;
  for (const date of [first, addDays(first, 1)]) {
    const r = zones.resolve(zone, date, h, mi);
    if (r.kind === 'gap') gap ??= { date, before: r.before, after: r.after };
    else if (r.instant.getTime() >= from && r.instant.getTime() < from + 86_400_000) return r.instant;
  }
  if (gap !== undefined) throw gapError(value, gap.date, h, mi, zone, gap.before, gap.after);
  throw new UsageError(`invalid --at "${value}": ${clockText(h, mi)} does not fall in ${day.date} on the ${zone} clock`);
}

const DURATION = /^(?:(\d{1,3})\s*h)?\s*(?:(\d{1,4})\s*m(?:in)?)?$/i;

/** --within, --alarm: a span of whole minutes, "10m", "90min", "1h", "1h30m", up to a week. */
export function parseDuration(option: string, value: string): number {
  const m = DURATION.exec(value.trim());
  const minutes = m === null || (m[1] === undefined && m[2] === undefined) ? NaN : Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  if (!Number.isFinite(minutes) || minutes > 7 * 24 * 60) {
    throw new UsageError(`invalid ${option} "${value}": use minutes or hours, such as 10m, 90m, 1h or 1h30m (a week at most)`);
  }
  return minutes * 60_000;
}

/**
 * Session ids as the data spells them; an unknown one is a usage error with a "did you mean".
 * `known` are the ids the command accepts (the data's, and for unstar the starred ones it no longer has).
 */
export function parseSessionIds(values: readonly string[], known: readonly string[]): string[] {
  const set = new Set(known);
  for (const v of values) {
    if (!set.has(v)) {
      const hint = suggestion(v, known);
      throw new UsageError(`unknown session "${v}"${hint === '' ? ': xensummit schedule --json lists the ids' : hint}`);
    }
  }
  return [...new Set(values)];
}

/** XENSUMMIT_TIMEOUT: seconds, more than none (0.5 is half a second). */
export function parseTimeout(value: string): number {
  const seconds = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`invalid XENSUMMIT_TIMEOUT "${value}": use a number of seconds, such as 10 or 2.5`);
  }
  return Math.round(seconds * 1000);
}

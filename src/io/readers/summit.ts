/**
 * The reader for the project's own JSON (data/summit.json and --data files of its shape): checks the
 * shape, names the first field that is not as expected, and yields the one model.
 */
import { DataError } from '../../errors';
import { compareSessions } from '../../core/agenda';
import { firstRepeat } from '../../core/repeat';
import { addDays, type Resolved, type Zones } from '../../core/time';
import type { ChangeList, Conference, Day, LogisticsItem, Room, Session, Stats, Benchmarks } from '../../types';

/** A session as the file stores it: wall-clock times at the venue. */
export interface SessionRecord {
  id: string;
  date: string;
  start: string;
  end: string | null;
  track: string | null;
  room: string | null;
  number: number | null;
  title: string;
  chair: string | null;
  note?: string;
}

/** The file as stored. */
export interface SummitRecord {
  title: string;
  acronym: string;
  venue: { name: string; timeZone: string };
  days: { date: string; label: string }[];
  rooms: { track: string; name: string; notes: string[] }[];
  logistics: LogisticsItem[];
  sessions: SessionRecord[];
  changelog: ChangeList[];
  benchmarks: Benchmarks;
  stats: Stats;
}

/** Where a value was found: the thing it is in, and its key there. The path text is built only for an error. */
interface At {
  parent: At | undefined;
  key: string | number;
}

/** Checks `value`, found under `key` of the thing at `parent`. */
type Check = (value: unknown, parent: At | undefined, key: string | number) => void;

const join = (parent: string, key: string | number) => (typeof key === 'number' ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`);

const pathOf = (at: At | undefined): string => (at === undefined ? '' : join(pathOf(at.parent), at.key));

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

class ShapeError extends Error {
  constructor(readonly path: string, expected: string, value: unknown) {
    super(`${path}: expected ${expected}, got ${describe(value)}`);
  }
}

const fail = (parent: At | undefined, key: string | number, expected: string, value: unknown): never => {
  throw new ShapeError(join(pathOf(parent), key), expected, value);
};

const string: Check = (v, p, k) => {
  if (typeof v !== 'string') fail(p, k, 'a string', v);
};
const pattern = (re: RegExp, expected: string): Check => (v, p, k) => {
  if (typeof v !== 'string' || !re.test(v)) fail(p, k, expected, v);
};
/** A pattern check that remembers the values it passed: schedules repeat the same dates and times. */
const repeatedPattern = (re: RegExp, expected: string): Check => {
  const passed = new Set<string>();
  return (v, p, k) => {
    if (typeof v === 'string' && passed.has(v)) return;
    if (typeof v !== 'string' || !re.test(v)) fail(p, k, expected, v);
    passed.add(v as string);
  };
};
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const date = repeatedPattern(DATE, 'a date "YYYY-MM-DD"');
const time = repeatedPattern(TIME, 'a time "HH:MM"');
// At most 2^53 - 1: a count a number holds exactly, and whose sums with the others stay finite
// (two counts of 1e308 made the share of each NaN%).
const count: Check = (v, p, k) => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) fail(p, k, 'a whole number of 0 or more, at most 9007199254740991', v);
};
const boolean: Check = (v, p, k) => {
  if (typeof v !== 'boolean') fail(p, k, 'true or false', v);
};
const nullable = (check: Check): Check => (v, p, k) => {
  if (v !== null) check(v, p, k);
};
const array = (check: Check): Check => (v, p, k) => {
  if (!Array.isArray(v)) fail(p, k, 'an array', v);
  const at: At = { parent: p, key: k };
  const items = v as unknown[];
  for (let i = 0; i < items.length; i++) check(items[i], at, i);
};
const object = (fields: Record<string, Check>, optional: Record<string, Check> = {}): Check => {
  const required = Object.keys(fields);
  const requiredChecks = Object.values(fields);
  const maybe = Object.keys(optional);
  const maybeChecks = Object.values(optional);
  return (v, p, k) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(p, k, 'an object', v);
    const o = v as Record<string, unknown>;
    const at: At = { parent: p, key: k };
    for (let i = 0; i < required.length; i++) requiredChecks[i](o[required[i]], at, required[i]);
    for (let i = 0; i < maybe.length; i++) if (o[maybe[i]] !== undefined) maybeChecks[i](o[maybe[i]], at, maybe[i]);
  };
};

const changeItem: Check = (v, p, k) => changeItemShape(v, p, k);
const changeItemShape: Check = object({ text: string, items: array(changeItem) });

/** The sessions' shape as a table: it names the first field that is not as expected. */
const sessionsShape = array(
  object(
    {
      id: pattern(ID, 'an id of letters, digits, ".", "_" or "-"'),
      date,
      start: time,
      end: nullable(time),
      track: nullable(string),
      room: nullable(string),
      number: nullable(count),
      title: string,
      chair: nullable(string),
    },
    { note: string },
  ),
);

const isText = (v: unknown): boolean => v === null || typeof v === 'string';

/**
 * True when every session passes sessionsShape, asked in one loop without a call per field: a
 * large schedule has as many sessions as the rest has fields, and this loop runs hot soonest.
 * Dates and times already seen are not tested again.
 */
function fitSessions(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  const dates = new Set<string>();
  const times = new Set<string>();
  let lastDate = '';
  for (let i = 0; i < v.length; i++) {
    const s: unknown = v[i];
    if (typeof s !== 'object' || s === null || Array.isArray(s)) return false;
    const { id, date: day, start, end, track, room, number, title, chair, note } = s as Record<string, unknown>;
    if (typeof id !== 'string' || !ID.test(id)) return false;
    if (typeof day !== 'string') return false;
    if (day !== lastDate) {
      if (!dates.has(day) && !DATE.test(day)) return false;
      dates.add(day);
      lastDate = day;
    }
    if (typeof start !== 'string' || (!times.has(start) && !TIME.test(start))) return false;
    times.add(start);
    if (end !== null) {
      if (typeof end !== 'string' || (!times.has(end) && !TIME.test(end))) return false;
      times.add(end);
    }
    if (!isText(track) || !isText(room) || !isText(chair) || typeof title !== 'string') return false;
    if (number !== null && (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0)) return false;
    if (note !== undefined && typeof note !== 'string') return false;
  }
  return true;
}

/** The sessions: the one loop, and the table only to name what failed it. */
const sessions: Check = (v, p, k) => {
  if (!fitSessions(v)) sessionsShape(v, p, k);
};

const summitShape = object({
  title: string,
  acronym: string,
  venue: object({ name: string, timeZone: string }),
  days: array(object({ date, label: string })),
  rooms: array(object({ track: string, name: string, notes: array(string) })),
  logistics: array(object({ topic: string, text: string }, { details: array(string) })),
  sessions,
  changelog: array(object({ title: string, items: array(changeItem) })),
  benchmarks: object({ note: string, charts: array(string) }),
  stats: object({
    title: string,
    note: string,
    rows: array(object({ domain: string, aliases: count, checkins: count, insertions: count }, { aggregate: boolean })),
  }),
});

/** A field that fails a rule across fields. */
function ruleError(file: string, path: string, message: string): DataError {
  return new DataError(`${file}: ${path}: ${message}`);
}

/** Rules across fields: known zone, sessions on known days, times that exist, ends after starts, unique ids. The sessions come back in time order. */
function checkConsistency(data: SummitRecord, file: string, zones: Zones): Session[] {
  const zone = data.venue.timeZone;
  if (!zones.isKnown(zone)) throw ruleError(file, 'summit.venue.timeZone', `expected a time zone name, got ${describe(zone)}`);
  const days = new Set(data.days.map((d) => d.date));
  const { sessions } = data;
  const repeated = firstRepeat(sessions.map((s) => s.id));
  const resolved: Session[] = [];
  // Sessions are most often stored in time order: then they need no sort.
  let inOrder = true;
  const clock = venueClock(zone, zones);
  // Sessions come in runs of one date: each run's date is looked up once.
  let knownDate: string | undefined;
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i];
    if (s.date !== knownDate) {
      if (!days.has(s.date)) throw ruleError(file, `summit.sessions[${i}].date`, `expected one of the days (${[...days].join(', ')}), got ${describe(s.date)}`);
      knownDate = s.date;
    }
    if (i === repeated) throw ruleError(file, `summit.sessions[${i}].id`, `expected an id no other session has, got ${describe(s.id)}`);
    const session = resolveSession(s, clock);
    if (typeof session === 'string') {
      const time = session === 'start' ? s.start : s.end!;
      const gap = clock.instant(s.date, time) as Gap;
      throw ruleError(file, `summit.sessions[${i}].${session}`, `${time} does not exist on ${s.date} in ${zone} (the clocks went forward ${gap.after - gap.before} min)`);
    }
    if (session.endsAt !== null && session.endsAt.getTime() <= session.startsAt.getTime()) {
      throw ruleError(file, `summit.sessions[${i}].end`, `expected a time after the start ${s.start}, got ${describe(s.end)}`);
    }
    if (inOrder && i > 0 && compareSessions(resolved[i - 1], session) > 0) inOrder = false;
    resolved.push(session);
  }
  return inOrder ? resolved : resolved.sort(compareSessions);
}

type Gap = Extract<Resolved, { kind: 'gap' }>;

/**
 * The venue's wall clock, each date and time resolved once (schedules repeat the same ones, and
 * sessions that start together share one Date, which nothing changes), and the end of each date.
 */
interface VenueClock {
  instant(date: string, time: string): Date | Gap;
  dayEnd(date: string): Date;
}

function venueClock(zone: string, zones: Zones): VenueClock {
  const instants = new Map<string, Map<string, Date | Gap>>();
  const ends = new Map<string, Date>();
  // The times of the date asked last: sessions come in runs of one date.
  let lastDate: string | undefined;
  let lastTimes = new Map<string, Date | Gap>();
  return {
    instant(date, time) {
      let byTime = date === lastDate ? lastTimes : instants.get(date);
      if (byTime === undefined) instants.set(date, (byTime = new Map()));
      lastDate = date;
      lastTimes = byTime;
      let instant = byTime.get(time);
      if (instant === undefined) {
        const r = zones.resolve(zone, date, Number(time.slice(0, 2)), Number(time.slice(3, 5)));
        byTime.set(time, (instant = r.kind === 'gap' ? r : r.instant));
      }
      return instant;
    },
    dayEnd(date) {
      let end = ends.get(date);
      if (end === undefined) ends.set(date, (end = zones.startOfDate(zone, addDays(date, 1))));
      return end;
    },
  };
}

/** A stored session with its wall-clock times resolved at the venue (README, "Local times"), or the field whose time does not exist. */
function resolveSession(record: SessionRecord, clock: VenueClock): Session | 'start' | 'end' {
  const startsAt = clock.instant(record.date, record.start);
  if (!(startsAt instanceof Date)) return 'start';
  const endsAt = record.end === null ? null : clock.instant(record.date, record.end);
  if (endsAt !== null && !(endsAt instanceof Date)) return 'end';
  const session: Session = {
    id: record.id,
    date: record.date,
    startsAt,
    endsAt,
    until: endsAt ?? clock.dayEnd(record.date),
    track: record.track,
    room: record.room,
    number: record.number,
    title: record.title,
    chair: record.chair,
  };
  if (record.note !== undefined) session.note = record.note;
  return session;
}

/** Checks the shape of `data`; throws a DataError naming `file` and the first field that is not as expected. */
export function checkSummitShape(data: unknown, file: string): SummitRecord {
  try {
    summitShape(data, undefined, 'summit');
  } catch (error) {
    if (error instanceof ShapeError) throw new DataError(`${file}: ${error.message}`);
    throw error;
  }
  return data as SummitRecord;
}

function toDays(record: SummitRecord, zones: Zones): Day[] {
  const zone = record.venue.timeZone;
  return record.days.map((d) => ({ date: d.date, label: d.label, start: zones.startOfDate(zone, d.date), end: zones.startOfDate(zone, addDays(d.date, 1)) }));
}

function toRooms(record: SummitRecord): Room[] {
  return record.rooms.map((r) => ({ track: r.track, name: r.name, notes: r.notes }));
}

/**
 * The model of a checked record. Days and sessions are resolved on first use: that needs the
 * time-zone database, which `stats` and `changelog` never ask.
 */
function conferenceOf(record: SummitRecord, zones: Zones, sessions?: Session[], file?: string): Conference {
  let days: Day[] | undefined;
  // Given, they are checked and in order (checkConsistency).
  let resolved = sessions;
  const conference = {
    kind: 'summit' as const,
    title: record.title,
    acronym: record.acronym,
    venue: record.venue,
    rooms: toRooms(record),
    logistics: record.logistics,
    changelog: record.changelog,
    benchmarks: record.benchmarks,
    stats: record.stats,
    ...(file === undefined ? {} : { file }),
    get days(): Day[] {
      return (days ??= toDays(record, zones));
    },
    get sessions(): Session[] {
      if (resolved === undefined) {
        const zone = record.venue.timeZone;
        const clock = venueClock(zone, zones);
        resolved = record.sessions
          .map((s) => {
            const session = resolveSession(s, clock);
            if (typeof session === 'string') throw new Error(`bundled data: ${s[session]} does not exist in ${zone}`);
            return session;
          })
          .sort(compareSessions);
      }
      return resolved;
    },
  };
  return conference;
}

/** The bundled record, trusted (test/data.test.ts checks it with readSummit). */
export function bundledSummit(record: SummitRecord, zones: Zones): Conference {
  return conferenceOf(record, zones);
}

/** A --data file's parsed JSON: its shape and every rule checked, then the model. */
export function readSummit(data: unknown, file: string, zones: Zones): Conference {
  const record = checkSummitShape(data, file);
  const sessions = checkConsistency(record, file, zones);
  return conferenceOf(record, zones, sessions, file);
}

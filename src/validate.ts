/** Checks that parsed JSON has the shape of a summit data file; names the first field that does not. */
import { DataError } from './errors';
import { isKnownZone } from './when';
import type { SummitRecord } from './types';

/** Checks `value`, found under `key` of the thing at `parent`; the path string is built only when needed. */
type Check = (value: unknown, parent: string, key: string | number) => void;

const join = (parent: string, key: string | number) => (typeof key === 'number' ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`);

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

const fail = (path: string, expected: string, value: unknown): never => {
  throw new ShapeError(path, expected, value);
};

const string: Check = (v, p, k) => {
  if (typeof v !== 'string') fail(join(p, k), 'a string', v);
};
const pattern = (re: RegExp, expected: string): Check => (v, p, k) => {
  if (typeof v !== 'string' || !re.test(v)) fail(join(p, k), expected, v);
};
/** A pattern check that remembers the values it passed: schedules repeat the same dates and times. */
const repeatedPattern = (re: RegExp, expected: string): Check => {
  const passed = new Set<string>();
  return (v, p, k) => {
    if (typeof v === 'string' && passed.has(v)) return;
    if (typeof v !== 'string' || !re.test(v)) fail(join(p, k), expected, v);
    passed.add(v as string);
  };
};
const date = repeatedPattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date "YYYY-MM-DD"');
const time = repeatedPattern(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time "HH:MM"');
const count: Check = (v, p, k) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(join(p, k), 'a whole number of 0 or more', v);
};
const boolean: Check = (v, p, k) => {
  if (typeof v !== 'boolean') fail(join(p, k), 'true or false', v);
};
const nullable = (check: Check): Check => (v, p, k) => {
  if (v !== null) check(v, p, k);
};
const array = (check: Check): Check => (v, p, k) => {
  if (!Array.isArray(v)) fail(join(p, k), 'an array', v);
  const path = join(p, k);
  const items = v as unknown[];
  for (let i = 0; i < items.length; i++) check(items[i], path, i);
};
const object = (fields: Record<string, Check>, optional: Record<string, Check> = {}): Check => {
  const required = Object.entries(fields);
  const maybe = Object.entries(optional);
  return (v, p, k) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(join(p, k), 'an object', v);
    const o = v as Record<string, unknown>;
    const path = join(p, k);
    for (const [key, check] of required) check(o[key], path, key);
    for (const [key, check] of maybe) if (o[key] !== undefined) check(o[key], path, key);
  };
};

const changeItem: Check = (v, p, k) => changeItemShape(v, p, k);
const changeItemShape: Check = object({ text: string, items: array(changeItem) });

const summitShape = object({
  title: string,
  acronym: string,
  venue: object({ name: string, timeZone: string }),
  days: array(object({ date, label: string })),
  rooms: array(object({ track: string, name: string, notes: array(string) })),
  logistics: array(object({ topic: string, text: string }, { details: array(string) })),
  sessions: array(
    object(
      {
        id: pattern(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id of letters, digits, ".", "_" or "-"'),
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
  ),
  changelog: array(object({ title: string, items: array(changeItem) })),
  benchmarks: object({ note: string, charts: array(string) }),
  stats: object({
    title: string,
    note: string,
    rows: array(object({ domain: string, aliases: count, checkins: count, insertions: count }, { aggregate: boolean })),
  }),
});

/** Rules across fields: known zone, sessions on known days, ends after starts, unique ids. */
function checkConsistency(data: SummitRecord): void {
  if (!isKnownZone(data.venue.timeZone)) fail('summit.venue.timeZone', 'an IANA time zone name', data.venue.timeZone);
  const days = new Set(data.days.map((d) => d.date));
  const ids = new Set<string>();
  const { sessions } = data;
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i];
    const p = 'summit.sessions';
    if (!days.has(s.date)) fail(join(join(p, i), 'date'), `one of the days (${[...days].join(', ')})`, s.date);
    if (s.end !== null && s.end <= s.start) fail(join(join(p, i), 'end'), `a time after the start ${s.start}`, s.end);
    if (ids.has(s.id)) fail(join(join(p, i), 'id'), 'an id no other session has', s.id);
    ids.add(s.id);
  }
}

/** Throws a DataError naming `file` and the first field that is not as expected. */
export function validateSummit(data: unknown, file: string): SummitRecord {
  try {
    summitShape(data, '', 'summit');
    checkConsistency(data as SummitRecord);
  } catch (error) {
    if (error instanceof ShapeError) throw new DataError(`${file}: ${error.message}`);
    throw error;
  }
  return data as SummitRecord;
}

/** Checks that parsed JSON has the shape of a summit data file; names the first field that does not. */
import { DataError } from './errors';
import { isKnownZone } from './when';
import type { SummitRecord } from './types';

type Check = (value: unknown, path: string) => void;

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

const string: Check = (v, p) => {
  if (typeof v !== 'string') fail(p, 'a string', v);
};
const pattern = (re: RegExp, expected: string): Check => (v, p) => {
  if (typeof v !== 'string' || !re.test(v)) fail(p, expected, v);
};
const date = pattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date "YYYY-MM-DD"');
const time = pattern(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time "HH:MM"');
const count: Check = (v, p) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(p, 'a whole number of 0 or more', v);
};
const boolean: Check = (v, p) => {
  if (typeof v !== 'boolean') fail(p, 'true or false', v);
};
const nullable = (check: Check): Check => (v, p) => {
  if (v !== null) check(v, p);
};
const array = (check: Check): Check => (v, p) => {
  if (!Array.isArray(v)) fail(p, 'an array', v);
  (v as unknown[]).forEach((item, i) => check(item, `${p}[${i}]`));
};
const object =
  (fields: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(p, 'an object', v);
    const o = v as Record<string, unknown>;
    for (const [key, check] of Object.entries(fields)) {
      check(o[key], `${p}.${key}`);
    }
    for (const [key, check] of Object.entries(optional)) if (o[key] !== undefined) check(o[key], `${p}.${key}`);
  };

const changeItem: Check = (v, p) => object({ text: string, items: array(changeItem) })(v, p);

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
  data.sessions.forEach((s, i) => {
    const p = `summit.sessions[${i}]`;
    if (!days.has(s.date)) fail(`${p}.date`, `one of the days (${[...days].join(', ')})`, s.date);
    if (s.end !== null && s.end <= s.start) fail(`${p}.end`, `a time after the start ${s.start}`, s.end);
    if (ids.has(s.id)) fail(`${p}.id`, 'an id no other session has', s.id);
    ids.add(s.id);
  });
}

/** Throws a DataError naming `file` and the first field that is not as expected. */
export function validateSummit(data: unknown, file: string): SummitRecord {
  try {
    summitShape(data, 'summit');
    checkConsistency(data as SummitRecord);
  } catch (error) {
    if (error instanceof ShapeError) throw new DataError(`${file}: ${error.message}`);
    throw error;
  }
  return data as SummitRecord;
}

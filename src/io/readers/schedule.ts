/**
 * What frab's schedule.xml and the schedule.json of frab, pretalx and voc share: days that hold rooms
 * that hold events. Each of their readers turns its file into a RawSchedule (text and numbers as the
 * file gives them); this turns that into the one model, with the rules for real, messy files
 * (README, "Other conferences"):
 * - an event's instant is its `date` with its offset; without a `date`, its day's date and `start`;
 * - the zone is `time_zone_name` when the offsets agree with it, else the offsets (with a warning);
 * - an event belongs to the day it is listed under (frab's day change: 00:30 on a day that runs
 *   to 04:00 is that day's);
 * - no duration (or 00:00): no set end; persons given as one comma-separated text are split;
 * - an id used twice keeps both events, the later one renamed with a warning.
 */
import { DataError } from '../../errors';
import { addDays, offsetText, type Zones } from '../../core/time';
import type { Conference, Day, Link, Room, Session } from '../../types';

export interface RawEvent {
  id?: unknown;
  guid?: unknown;
  date?: unknown;
  start?: unknown;
  duration?: unknown;
  room?: unknown;
  title?: unknown;
  subtitle?: unknown;
  track?: unknown;
  type?: unknown;
  language?: unknown;
  abstract?: unknown;
  description?: unknown;
  slug?: unknown;
  url?: unknown;
  /** The names as listed; one entry holding commas when the file gives them as one text. */
  persons: string[];
  links: Link[];
}

export interface RawRoom {
  name: unknown;
  events: RawEvent[];
}

export interface RawDay {
  index?: unknown;
  date?: unknown;
  start?: unknown;
  end?: unknown;
  rooms: RawRoom[];
}

export interface RawSchedule {
  format: 'schedule.xml' | 'schedule.json';
  version?: unknown;
  title?: unknown;
  acronym?: unknown;
  zoneName?: unknown;
  /** Room names in the file's own order, where it lists them apart from the days (pretalx). */
  rooms?: string[];
  days: RawDay[];
}

const MINUTE = 60_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DURATION = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/;

/** A text field: strings trimmed, numbers as written, anything else (missing, null, a list) undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A text field that is there and not empty. */
function given(value: unknown): string | undefined {
  const t = text(value);
  return t === undefined || t === '' ? undefined : t;
}

function quoted(value: unknown): string {
  const t = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}…` : t);
}

function checkDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** "2014-12-27T11:00:00+01:00" -> the instant and the offset; undefined when it is not one. */
interface Stamp {
  instant: number;
  /** Minutes east of UTC; null when the text gives none. */
  offset: number | null;
}

function stamp(value: string): Stamp | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  if (!checkDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined;
  let offset: number | null = null;
  if (m[7] !== undefined) {
    if (m[7].toUpperCase() === 'Z') offset = 0;
    else {
      const o = /^([+-])(\d{2}):?(\d{2})$/.exec(m[7])!;
      if (Number(o[2]) > 23 || Number(o[3]) > 59) return undefined;
      offset = (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3]));
    }
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  return { instant: wall - (offset ?? 0) * MINUTE, offset };
}

/** The zone that keeps a fixed offset: "UTC", "Etc/GMT-1" (which is UTC+01:00). */
export function offsetZone(minutes: number): string | undefined {
  if (minutes === 0) return 'UTC';
  if (minutes % 60 !== 0) return undefined;
  const hours = minutes / 60;
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

class Place {
  constructor(readonly file: string) {}
  error(where: string, message: string): DataError {
    return new DataError(`${this.file}: ${where === '' ? '' : `${where}: `}${message}`);
  }
}

function splitPersons(persons: string[]): string[] {
  const names = persons.map((p) => p.trim()).filter((p) => p !== '');
  // One text for all of them ("Alice, Bob"): a list in all but form.
  if (names.length === 1 && names[0].includes(',')) return names[0].split(',').map((p) => p.trim()).filter((p) => p !== '');
  return names;
}

/** Minutes of a duration "01:30" or "01:30:00"; null for none or zero. */
function minutesOf(value: string): number | null | undefined {
  const m = DURATION.exec(value);
  if (!m || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]) + (Number(m[3] ?? 0) >= 30 ? 1 : 0);
  return minutes === 0 ? null : minutes;
}

interface DayPlan {
  day: Day;
  /** The offset the day's own start gives, for events that have only a clock time. */
  offset: number | null;
  where: string;
  raw: RawDay;
}

/** The days: their dates and bounds, checked; bounds the file does not give are filled in later. */
function planDays(raw: RawSchedule, place: Place): (Omit<DayPlan, 'day'> & { date: string; index: number | undefined; start?: Stamp; end?: Stamp })[] {
  return raw.days.map((d, i) => {
    const index = typeof d.index === 'number' ? d.index : /^\d+$/.test(text(d.index) ?? '') ? Number(text(d.index)) : undefined;
    const where = `day ${index ?? i + 1}`;
    const start = given(d.start);
    const end = given(d.end);
    const startStamp = start === undefined ? undefined : stamp(start);
    if (start !== undefined && startStamp === undefined) throw place.error(where, `start ${quoted(start)} is not a date and time`);
    const endStamp = end === undefined ? undefined : stamp(end);
    if (end !== undefined && endStamp === undefined) throw place.error(where, `end ${quoted(end)} is not a date and time`);
    let date = given(d.date);
    if (date === undefined && start !== undefined) date = start.slice(0, 10);
    if (date === undefined) throw place.error(where, 'no date (the day gives neither a date nor a start)');
    const m = DATE.exec(date);
    if (!m || !checkDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw place.error(where, `date ${quoted(date)} is not a date (YYYY-MM-DD)`);
    if (startStamp !== undefined && endStamp !== undefined && endStamp.instant <= startStamp.instant) {
      throw place.error(where, `end ${quoted(end)} is not after its start ${quoted(start)}`);
    }
    return { date, index, where, raw: d, offset: startStamp?.offset ?? endStamp?.offset ?? null, start: startStamp, end: endStamp };
  });
}

/** Reads a RawSchedule into the model; throws a DataError naming `file` and the place of the first fault. */
export function buildSchedule(raw: RawSchedule, file: string, zones: Zones): Conference {
  const place = new Place(file);
  const warnings: string[] = [];
  const plans = planDays(raw, place);
  const zoneName = given(raw.zoneName);
  let named: string | undefined;
  if (zoneName !== undefined) {
    if (zones.isKnown(zoneName)) named = zoneName;
    else warnings.push(`${file}: time_zone_name ${quoted(zoneName)} is not a zone the time-zone database knows; the offsets of its dates stand`);
  }

  interface Pending {
    session: Session;
    /** The offset written in the event's date, null when it gives none. */
    offset: number | null;
    clock?: { h: number; mi: number; dayIndex: number };
    minutes: number | null;
    roomIndex: number;
    dayIndex: number;
  }
  const pending: Pending[] = [];
  const roomOrder = new Map<string, number>();
  for (const name of raw.rooms ?? []) if (!roomOrder.has(name)) roomOrder.set(name, roomOrder.size);
  const ids = new Map<string, string[]>();

  plans.forEach((plan, dayIndex) => {
    for (const room of plan.raw.rooms) {
      const roomName = given(room.name);
      for (const e of room.events) {
        const rawId = given(e.id) ?? given(e.guid);
        const title = text(e.title) ?? '';
        const where = `${plan.where}, room ${quoted(roomName ?? given(e.room) ?? '')}, event ${rawId ?? quoted(title)}`;
        if (rawId === undefined) throw place.error(where, 'no id (the event gives neither an id nor a guid)');
        const name = roomName ?? given(e.room) ?? null;
        if (name !== null && !roomOrder.has(name)) roomOrder.set(name, roomOrder.size);
        const startText = given(e.start);
        let clock: Pending['clock'];
        if (startText !== undefined) {
          const c = CLOCK.exec(startText);
          if (!c || Number(c[1]) > 23 || Number(c[2]) > 59 || Number(c[3] ?? 0) > 59) throw place.error(where, `start ${quoted(startText)} is not a time`);
          clock = { h: Number(c[1]), mi: Number(c[2]), dayIndex };
        }
        const dateText = given(e.date);
        let at: Stamp | undefined;
        if (dateText !== undefined) {
          at = stamp(dateText);
          if (at === undefined) throw place.error(where, `date ${quoted(dateText)} is not a date and time`);
          if (at.offset === null) clock = { h: Number(dateText.slice(11, 13)), mi: Number(dateText.slice(14, 16)), dayIndex };
        } else if (clock === undefined) throw place.error(where, 'no date and no start: it has no time');
        const durationText = given(e.duration);
        let minutes: number | null = null;
        if (durationText !== undefined) {
          const m = minutesOf(durationText);
          if (m === undefined) throw place.error(where, `duration ${quoted(durationText)} is not a duration (HH:MM)`);
          minutes = m;
        }
        let id = rawId;
        const seen = ids.get(rawId);
        if (seen !== undefined) {
          let n = seen.length + 1;
          while (ids.has(`${rawId}-${n}`)) n++;
          id = `${rawId}-${n}`;
          warnings.push(`${file}: event id ${rawId} is used again in ${plan.where}, room ${quoted(name ?? '')}; that one is ${id} here`);
          seen.push(id);
        }
        ids.set(id, seen ?? [id]);
        const session: Session = {
          id,
          date: plan.date,
          startsAt: new Date(at?.offset === null || at === undefined ? 0 : at.instant),
          endsAt: null,
          until: new Date(0),
          track: null,
          room: name,
          number: null,
          title,
          chair: null,
          speakers: splitPersons(e.persons),
          topic: given(e.track) ?? null,
          links: e.links,
        };
        // Fields that are missing or empty are left out; prose keeps its own spacing.
        const subtitle = given(e.subtitle);
        if (subtitle !== undefined) session.subtitle = subtitle;
        const type = given(e.type);
        if (type !== undefined) session.type = type;
        const language = given(e.language);
        if (language !== undefined) session.language = language;
        if (typeof e.abstract === 'string' && e.abstract.trim() !== '') session.abstract = e.abstract;
        if (typeof e.description === 'string' && e.description.trim() !== '') session.description = e.description;
        const guid = given(e.guid);
        if (guid !== undefined) session.guid = guid;
        const slug = given(e.slug);
        if (slug !== undefined) session.slug = slug;
        const url = given(e.url);
        if (url !== undefined) session.url = url;
        pending.push({
          session,
          offset: at?.offset ?? null,
          clock: at?.offset === null || at === undefined ? clock : undefined,
          minutes,
          roomIndex: roomOrder.get(name ?? '') ?? Number.MAX_SAFE_INTEGER,
          dayIndex,
        });
      }
    }
  });

  // The zone: the name, when the offsets agree with it; else the offsets'.
  const firstOffset = pending.find((p) => p.offset !== null)?.offset ?? plans.find((p) => p.offset !== null)?.offset ?? null;
  let zone = named;
  if (named !== undefined) {
    const checked = new Set<string>();
    for (const p of pending) {
      if (p.offset === null) continue;
      const key = `${p.offset}|${Math.floor(p.session.startsAt.getTime() / 3_600_000)}`;
      if (checked.has(key)) continue;
      checked.add(key);
      if (zones.offset(named, p.session.startsAt.getTime()) !== p.offset) {
        const fixed = offsetZone(p.offset);
        const shown = fixed === undefined ? named : `UTC${offsetText(p.offset)}`;
        warnings.push(
          `${file}: time_zone_name ${quoted(named)} disagrees with the offsets of its dates (${p.session.date}: ${offsetText(p.offset)}); the offsets win, times are shown at ${shown}`,
        );
        zone = fixed ?? named;
        break;
      }
    }
  }
  if (zone === undefined) {
    if (firstOffset === null) throw place.error('', 'no time zone: no time_zone_name and no date with an offset');
    zone = offsetZone(firstOffset);
    if (zone === undefined) {
      throw place.error('', `its dates carry the offset ${offsetText(firstOffset)} and it names no time_zone_name: give it one (an offset of whole hours needs none)`);
    }
  }

  // Times given as clock readings only (no offset): read on the conference's clock, after the day's start.
  const days: Day[] = plans.map((plan) => {
    const start = plan.start?.instant ?? zones.startOfDate(zone!, plan.date).getTime();
    const end = plan.end?.instant ?? Math.max(start + 86_400_000, zones.startOfDate(zone!, addDays(plan.date, 1)).getTime());
    const day: Day = { date: plan.date, label: `Day ${plan.index ?? plans.indexOf(plan) + 1}`, start: new Date(start), end: new Date(end) };
    if (plan.index !== undefined) day.index = plan.index;
    return day;
  });
  for (const p of pending) {
    const { session } = p;
    const day = days[p.dayIndex];
    if (p.clock !== undefined) {
      const c = p.clock;
      const dayOfClock = plans[c.dayIndex];
      let instant: number | undefined;
      for (const date of [dayOfClock.date, addDays(dayOfClock.date, 1)]) {
        const r = zones.resolve(zone, date, c.h, c.mi);
        const t = r.kind === 'ok' ? r.instant.getTime() : undefined;
        if (t !== undefined && t >= days[c.dayIndex].start.getTime()) {
          instant = t;
          break;
        }
      }
      session.startsAt = new Date(instant ?? zones.startOfDate(zone, dayOfClock.date).getTime() + (c.h * 60 + c.mi) * MINUTE);
    }
    session.endsAt = p.minutes === null ? null : new Date(session.startsAt.getTime() + p.minutes * MINUTE);
    const dayEnd = day.end.getTime();
    session.until = session.endsAt ?? new Date(Math.max(dayEnd, session.startsAt.getTime()));
  }
  const sessions = pending
    .sort((a, b) => a.session.startsAt.getTime() - b.session.startsAt.getTime() || a.roomIndex - b.roomIndex)
    .map((p) => p.session);
  const rooms: Room[] = [...roomOrder.keys()].map((name) => ({ track: null, name, notes: [] }));
  const title = given(raw.title) ?? given(raw.acronym) ?? file;
  const conference: Conference = {
    kind: 'schedule',
    file,
    format: { name: raw.format, version: given(raw.version) ?? null },
    title,
    acronym: given(raw.acronym) ?? title,
    venue: { name: null, timeZone: zone },
    days,
    rooms,
    logistics: [],
    sessions,
  };
  if (warnings.length > 0) conference.warnings = warnings;
  return conference;
}

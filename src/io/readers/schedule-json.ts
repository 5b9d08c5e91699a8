/**
 * The schedule.json that frab, pretalx and the c3voc tools write: { "schedule": { "conference":
 * { …, "days": [{ "rooms": { "Room": [event, …] } }] } } }. Ids may be numbers or strings; persons
 * are objects with a public name (frab, pretalx) or plain names.
 */
import { DataError } from '../../errors';
import { buildSchedule, text, type RawEvent, type RawSchedule } from './schedule';
import type { Zones } from '../../core/time';
import type { Conference, Link } from '../../types';

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);

/** True when `json` has the shape of a schedule.json: { schedule: { conference: {…} } }. */
export function isScheduleJson(json: unknown): boolean {
  return isNode(json) && isNode(json.schedule) && isNode(json.schedule.conference);
}

function person(p: unknown): string {
  if (isNode(p)) return text(p.public_name) ?? text(p.full_public_name) ?? text(p.name) ?? '';
  return text(p) ?? '';
}

function persons(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(person);
  return typeof value === 'string' ? [value] : [];
}

function links(value: unknown): Link[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((l) => {
    const url = isNode(l) ? (text(l.url) ?? text(l.href) ?? '') : (text(l) ?? '');
    const title = isNode(l) ? (text(l.title) ?? '') : '';
    return url === '' && title === '' ? [] : [{ title: title === '' ? url : title, url }];
  });
}

function event(e: unknown): RawEvent {
  const n = isNode(e) ? e : {};
  return {
    id: n.id,
    guid: n.guid,
    date: n.date,
    start: n.start,
    duration: n.duration,
    room: n.room,
    title: n.title,
    subtitle: n.subtitle,
    track: n.track,
    type: n.type,
    language: n.language,
    abstract: n.abstract,
    description: n.description,
    slug: n.slug,
    url: n.url,
    persons: persons(n.persons),
    links: links(n.links),
  };
}

/** A parsed schedule.json, read into the model; `file` names it in errors. */
export function readScheduleJson(json: unknown, file: string, zones: Zones): Conference {
  const schedule = (json as { schedule: Node }).schedule;
  const conference = schedule.conference as Node;
  if (!Array.isArray(conference.days)) {
    throw new DataError(`${file}: schedule.conference.days: expected an array of days, got ${conference.days === undefined ? 'nothing (the field is missing)' : typeof conference.days}`);
  }
  const days = conference.days.map((d: unknown, i: number) => {
    if (!isNode(d)) throw new DataError(`${file}: schedule.conference.days[${i}]: expected a day (an object)`);
    const rooms = isNode(d.rooms) ? d.rooms : {};
    return {
      index: d.index,
      date: d.date,
      start: d.day_start ?? d.start,
      end: d.day_end ?? d.end,
      rooms: Object.entries(rooms).map(([name, events]) => ({ name, events: Array.isArray(events) ? events.map(event) : [] })),
    };
  });
  const roomList = Array.isArray(conference.rooms) ? conference.rooms : [];
  const raw: RawSchedule = {
    format: 'schedule.json',
    version: schedule.version,
    title: conference.title,
    acronym: conference.acronym,
    zoneName: conference.time_zone_name,
    rooms: roomList.map((r) => (isNode(r) ? text(r.name) : text(r))).filter((n): n is string => n !== undefined && n !== ''),
    days,
  };
  return buildSchedule(raw, file, zones);
}

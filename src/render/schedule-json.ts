/**
 * A published schedule written back as schedule.json (the c3voc schema that frab, pretalx and voc
 * write), which `--data` reads back to the same schedule: `export --format json` of another conference.
 */
import { byDay } from '../core/agenda';
import { zoneLabel } from './words';
import { scheduleDuration, uniqueKeys } from './xml';
import type { JsonClock } from './json';
import type { Conference, Session } from '../types';

function event(s: Session, key: { id: number; guid: string; slug: string }, clock: JsonClock): Record<string, unknown> {
  const date = clock.zones.iso(s.startsAt, clock.venueZone);
  return {
    id: /^[1-9]\d{0,14}$/.test(s.id) ? Number(s.id) : s.id,
    guid: key.guid,
    date,
    start: date.slice(11, 16),
    duration: scheduleDuration(s),
    room: s.room,
    slug: key.slug,
    url: s.url ?? null,
    title: s.title,
    subtitle: s.subtitle ?? '',
    track: s.topic ?? null,
    type: s.type ?? '',
    language: s.language ?? '',
    abstract: s.abstract ?? '',
    description: s.description ?? '',
    persons: (s.speakers ?? []).map((name) => ({ public_name: name })),
    links: s.links ?? [],
  };
}

export function renderScheduleJson(conference: Conference, sessions: readonly Session[], version: string, clock: JsonClock, pretty: boolean): string {
  const iso = (t: Date) => clock.zones.iso(t, clock.venueZone);
  const keys = uniqueKeys(conference);
  const zone = conference.venue.timeZone;
  const dates = conference.days.map((d) => d.date).sort();
  const roomNames = conference.rooms.map((r) => r.name);
  const value = {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'xensummit', version },
    schedule: {
      version: conference.format?.version ?? version,
      conference: {
        acronym: conference.acronym,
        title: conference.title,
        ...(dates.length === 0 ? {} : { start: dates[0], end: dates[dates.length - 1] }),
        daysCount: conference.days.length,
        // A fixed offset is no zone name: the dates' offsets say it.
        ...(zoneLabel(zone) === zone && zone !== 'UTC' ? { time_zone_name: zone } : {}),
        rooms: roomNames.map((name) => ({ name })),
        days: byDay(conference.days, sessions).map(({ day, sessions: daySessions }, i) => {
          const rooms: Record<string, Record<string, unknown>[]> = Object.fromEntries(roomNames.map((r) => [r, []]));
          for (const s of daySessions) (rooms[s.room ?? ''] ??= []).push(event(s, keys.get(s.id)!, clock));
          return { index: day.index ?? i + 1, date: day.date, day_start: iso(day.start), day_end: iso(day.end), rooms };
        }),
      },
    },
  };
  return `${pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`;
}

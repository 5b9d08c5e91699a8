/**
 * The JSON renderer: every public, documented shape (README, "JSON output") is built here and
 * nowhere else. Additive changes only. Instants are ISO 8601 with the venue's offset of that
 * instant, written one way ("+00:00", never "Z").
 */
import { TextBuilder } from './builder';
import { chairField, trackField } from './session';
import type { Zones } from '../core/time';
import type { NowResult } from '../core/agenda';
import type { SearchResult } from '../core/search';
import { changeCount, sessionKey, type Field, type ScheduleChanges } from '../core/changes';
import type { StatsRow } from '../core/stats';
import type { Priority } from '../core/mine';
import type { ChangeList, Conference, Session } from '../types';

export interface SessionJson {
  id: string;
  date: string;
  start: string;
  end: string | null;
  track: string | null;
  room: string | null;
  number: number | null;
  title: string;
  chair: string | null;
}

/** How instants are written: the zone rules and the venue's zone. */
export interface JsonClock {
  zones: Zones;
  venueZone: string;
}

/** Indented on a terminal (`pretty`); compact otherwise, which is smaller and faster for programs. */
export function json(value: unknown, pretty: boolean): string {
  return `${pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`;
}

/** A published schedule's session adds these to the session shape (the summit's have none of them). */
export interface ScheduleSessionJson extends SessionJson {
  speakers: string[];
  subtitle: string | null;
  type: string | null;
  language: string | null;
  guid: string | null;
  url: string | null;
}

export function sessionJson(s: Session, clock: JsonClock): SessionJson | ScheduleSessionJson {
  const base: SessionJson = {
    id: s.id,
    date: s.date,
    start: clock.zones.iso(s.startsAt, clock.venueZone),
    end: s.endsAt === null ? null : clock.zones.iso(s.endsAt, clock.venueZone),
    track: trackField(s),
    room: s.room,
    number: s.number,
    title: s.title,
    chair: chairField(s),
  };
  if (s.speakers === undefined) return base;
  return {
    ...base,
    speakers: s.speakers,
    subtitle: s.subtitle ?? null,
    type: s.type ?? null,
    language: s.language ?? null,
    guid: s.guid ?? null,
    url: s.url ?? null,
  };
}

/** Sessions written at a time by sessionsJson: their objects die young instead of all living until one stringify of them all. */
const JSON_BATCH = 1024;

export function sessionsJson(sessions: readonly Session[], clock: JsonClock, pretty: boolean): string {
  if (pretty || sessions.length <= JSON_BATCH) return json(sessions.map((s) => sessionJson(s, clock)), pretty);
  // Compact: the array's items joined by commas, as JSON.stringify of the whole array writes them.
  const out = new TextBuilder();
  const batch: (SessionJson | ScheduleSessionJson)[] = [];
  for (let from = 0; from < sessions.length; from += JSON_BATCH) {
    batch.length = 0;
    for (let i = from; i < Math.min(from + JSON_BATCH, sessions.length); i++) batch.push(sessionJson(sessions[i], clock));
    const text = JSON.stringify(batch);
    out.add(from === 0 ? '[' : ',');
    out.add(text.slice(1, -1));
  }
  out.add(']\n');
  return out.text();
}

export function nowJson(result: NowResult, clock: JsonClock, pretty: boolean): string {
  return json(
    {
      at: clock.zones.iso(result.at, clock.venueZone),
      phase: result.phase,
      ...(result.pause === undefined ? {} : { pause: result.pause }),
      now: result.now.map((s) => sessionJson(s, clock)),
      next: result.next.map((s) => sessionJson(s, clock)),
    },
    pretty,
  );
}

/** `show --json`: the session shape, and what the session says besides, as the file gives it (HTML kept). */
export function showJson(s: Session, clock: JsonClock, pretty: boolean): string {
  return json(
    {
      ...sessionJson(s, clock),
      topic: s.topic ?? null,
      abstract: s.abstract ?? null,
      description: s.description ?? null,
      links: s.links ?? [],
      slug: s.slug ?? null,
      note: s.note ?? null,
    },
    pretty,
  );
}

export function statsJson(rows: readonly StatsRow[], pretty: boolean): string {
  return json(
    rows.map((r) => ({
      domain: r.domain,
      aliases: r.aliases,
      checkins: r.checkins,
      insertions: r.insertions,
      checkinsShare: r.checkinsShare,
      insertionsShare: r.insertionsShare,
      aggregate: r.aggregate === true,
    })),
    pretty,
  );
}

function changeListJson(lists: readonly ChangeList[]): unknown {
  const items = (list: ChangeList['items']): unknown[] => list.map((i) => ({ text: i.text, items: items(i.items) }));
  return lists.map((l) => ({ title: l.title, items: items(l.items) }));
}

export function changelogJson(lists: readonly ChangeList[], pretty: boolean): string {
  return json(changeListJson(lists), pretty);
}

export function searchJson(result: SearchResult, clock: JsonClock, pretty: boolean): string {
  return json(
    [
      ...result.sessions.map((s) => ({ kind: 'session', session: sessionJson(s, clock) })),
      ...result.changes.map((c) => ({ kind: 'change', list: c.list, parents: c.parents, text: c.text })),
    ],
    pretty,
  );
}

export function infoJson(c: Conference, clock: JsonClock, pretty: boolean): string {
  return json(
    {
      title: c.title,
      venue: { name: c.venue.name, timeZone: c.venue.timeZone },
      rooms: c.rooms.map((r) => ({ track: r.track, name: r.name, notes: r.notes })),
      logistics: c.logistics.map((l) => ({ topic: l.topic, text: l.text, ...(l.details === undefined ? {} : { details: l.details }) })),
      days: c.days.map((d) => ({ date: d.date, label: d.label })),
      ...(c.benchmarks === undefined ? {} : { benchmarks: { note: c.benchmarks.note, charts: c.benchmarks.charts } }),
      sessions: c.sessions.map((s) => sessionJson(s, clock)),
    },
    pretty,
  );
}

export interface MineJsonInput {
  sessions: readonly Session[];
  stars: Readonly<Record<string, Priority>>;
  conflicts: ReadonlyMap<string, readonly Session[]>;
  /** Starred ids the data does not have. */
  missing: readonly string[];
  /** With --friend: the friend's stars. */
  friend?: Readonly<Record<string, Priority>>;
}

/** `mine --json`: { sessions: [session + priority + conflicts], missing, friend? }. */
export function mineJson(input: MineJsonInput, clock: JsonClock, pretty: boolean): string {
  return json(
    {
      sessions: input.sessions.map((s) => ({
        ...sessionJson(s, clock),
        priority: input.stars[s.id],
        conflicts: (input.conflicts.get(s.id) ?? []).map((o) => o.id),
      })),
      missing: input.missing,
      ...(input.friend === undefined ? {} : { friend: input.friend }),
    },
    pretty,
  );
}

export interface ChangedJson {
  /** The fields that differ, in the order of core/changes FIELDS. */
  fields: Field[];
  old: SessionJson & { starred: boolean };
  new: SessionJson & { starred: boolean };
}

/** `changes --json`: the counts and the three groups; every session marked starred or not. */
export function changesJson(changes: ScheduleChanges, labels: { from: string; to: string }, starred: ReadonlySet<string>, clock: JsonClock, pretty: boolean): string {
  const one = (s: Session) => ({ ...sessionJson(s, clock), starred: starred.has(sessionKey(s)) });
  return json(
    {
      from: labels.from,
      to: labels.to,
      count: changeCount(changes),
      cancelled: changes.cancelled.map(one),
      added: changes.added.map(one),
      changed: changes.changed.map((c): ChangedJson => ({ fields: c.fields, old: one(c.old), new: one(c.session) })),
    },
    pretty,
  );
}

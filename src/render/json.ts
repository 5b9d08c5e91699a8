/**
 * The JSON renderer: every public, documented shape (README, "JSON output") is built here and
 * nowhere else. Additive changes only. Instants are ISO 8601 with the venue's offset of that
 * instant, written one way ("+00:00", never "Z").
 */
import type { Zones } from '../core/time';
import type { NowResult } from '../core/agenda';
import type { SearchResult } from '../core/search';
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

export function sessionJson(s: Session, clock: JsonClock): SessionJson {
  return {
    id: s.id,
    date: s.date,
    start: clock.zones.iso(s.startsAt, clock.venueZone),
    end: s.endsAt === null ? null : clock.zones.iso(s.endsAt, clock.venueZone),
    track: s.track,
    room: s.room,
    number: s.number,
    title: s.title,
    chair: s.chair,
  };
}

export function sessionsJson(sessions: readonly Session[], clock: JsonClock, pretty: boolean): string {
  return json(sessions.map((s) => sessionJson(s, clock)), pretty);
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
      benchmarks: { note: c.benchmarks.note, charts: c.benchmarks.charts },
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

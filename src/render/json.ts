/** The JSON renderer: the public, documented shapes (README, "JSON output"). Additive changes only. */
import { formatISO } from 'date-fns/formatISO';
import { tz } from '@date-fns/tz';
import { localIso } from '../when';
import type { NowResult } from '../agenda';
import type { StatsRow } from '../stats';
import type { ChangeList, Session } from '../types';

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

/** ISO 8601 with the venue's UTC offset of that instant, e.g. 2007-04-17T10:30:00-04:00. */
export function isoAt(instant: Date, zone: string): string {
  return formatISO(instant, { in: tz(zone) });
}

export function sessionJson(s: Session, zone: string): SessionJson {
  return {
    id: s.id,
    date: s.date,
    start: localIso(s.date, s.start, zone),
    end: s.end === null ? null : localIso(s.date, s.end, zone),
    track: s.track,
    room: s.room,
    number: s.number,
    title: s.title,
    chair: s.chair,
  };
}

/** Indented on a terminal (`pretty`); compact otherwise, which is smaller and faster for programs. */
export function json(value: unknown, pretty: boolean): string {
  return `${pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`;
}

export function sessionsJson(sessions: readonly Session[], zone: string, pretty: boolean): string {
  return json(sessions.map((s) => sessionJson(s, zone)), pretty);
}

export function nowJson(result: NowResult, zone: string, pretty: boolean): string {
  return json({
    at: isoAt(result.at, zone),
    phase: result.phase,
    now: result.now.map((s) => sessionJson(s, zone)),
    next: result.next.map((s) => sessionJson(s, zone)),
  }, pretty);
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

export function changelogJson(lists: readonly ChangeList[], pretty: boolean): string {
  return json(lists, pretty);
}

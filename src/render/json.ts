/** The JSON renderer: the public, documented shapes (README, "JSON output"). Additive changes only. */
import { formatISO } from 'date-fns';
import { tz } from '@date-fns/tz';
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
    start: isoAt(s.startsAt, zone),
    end: s.endsAt === null ? null : isoAt(s.endsAt, zone),
    track: s.track,
    room: s.room,
    number: s.number,
    title: s.title,
    chair: s.chair,
  };
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function sessionsJson(sessions: readonly Session[], zone: string): string {
  return json(sessions.map((s) => sessionJson(s, zone)));
}

export function nowJson(result: NowResult, zone: string): string {
  return json({
    at: isoAt(result.at, zone),
    phase: result.phase,
    now: result.now.map((s) => sessionJson(s, zone)),
    next: result.next.map((s) => sessionJson(s, zone)),
  });
}

export function statsJson(rows: readonly StatsRow[]): string {
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
  );
}

export function changelogJson(lists: readonly ChangeList[]): string {
  return json(lists);
}

/** Pure core of the agenda: what is on at an instant, what is next, filters. Time is always passed in. */
import { endOfLocalDay, localToInstant } from './when';
import type { Session, SessionRecord } from './types';

export type Phase = 'before' | 'during' | 'break' | 'after';

export interface Filter {
  /** Venue-local date, YYYY-MM-DD. */
  date?: string;
  /** Keeps this track's sessions and those for everyone (no track). */
  track?: string;
  /** Matches any part of the chair's name, ignoring case and accents. */
  chair?: string;
}

export interface NowResult {
  at: Date;
  phase: Phase;
  now: Session[];
  next: Session[];
  /** First start and last "until" of the sessions considered; null when there are none. */
  opens: Date | null;
  closes: Date | null;
}

/** Resolves a stored session's wall-clock times into instants in the venue zone. */
export function resolveSession(record: SessionRecord, zone: string): Session {
  const startsAt = localToInstant(record.date, record.start, zone);
  const endsAt = record.end === null ? null : localToInstant(record.date, record.end, zone);
  const session: Session = {
    id: record.id,
    date: record.date,
    start: record.start,
    end: record.end,
    track: record.track,
    room: record.room,
    number: record.number,
    title: record.title,
    chair: record.chair,
    startsAt,
    endsAt,
    until: endsAt ?? endOfLocalDay(record.date, zone),
  };
  if (record.note !== undefined) session.note = record.note;
  return session;
}

/** Plain code-unit order: stable, locale-free and fast on large schedules. */
function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Time order; at the same start, sessions for everyone, then Track A before Track B. */
export function compareSessions(a: Session, b: Session): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || order(a.track ?? '', b.track ?? '') || order(a.id, b.id);
}

/** Lower case without accents, for forgiving matches ("Nieuwéjaar" finds "Nieuwejaar"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function filterSessions(sessions: readonly Session[], filter: Filter): Session[] {
  const chair = filter.chair === undefined ? undefined : fold(filter.chair);
  return sessions.filter(
    (s) =>
      (filter.date === undefined || s.date === filter.date) &&
      (filter.track === undefined || s.track === null || s.track === filter.track) &&
      (chair === undefined || (s.chair !== null && fold(s.chair).includes(chair))),
  );
}

/** A session is in progress from its start up to, not including, its end. */
export function inProgress(session: Session, at: Date): boolean {
  const t = at.getTime();
  return session.startsAt.getTime() <= t && t < session.until.getTime();
}

/** All the sessions that share the soonest start after `at`. `sessions` must be in time order. */
export function nextSessions(sessions: readonly Session[], at: Date): Session[] {
  const t = at.getTime();
  const first = sessions.find((s) => s.startsAt.getTime() > t);
  if (first === undefined) return [];
  const start = first.startsAt.getTime();
  return sessions.filter((s) => s.startsAt.getTime() === start);
}

/** What is on at `at`, and what comes next. `sessions` must be in time order. */
export function whatsOn(sessions: readonly Session[], at: Date): NowResult {
  const now = sessions.filter((s) => inProgress(s, at));
  const next = nextSessions(sessions, at);
  const opens = sessions.length === 0 ? null : sessions[0].startsAt;
  let closes: Date | null = null;
  for (const s of sessions) if (closes === null || s.until > closes) closes = s.until;
  let phase: Phase;
  if (now.length > 0) phase = 'during';
  else if (opens === null || closes === null || at.getTime() >= closes.getTime()) phase = 'after';
  else if (at.getTime() < opens.getTime()) phase = 'before';
  else phase = 'break';
  return { at, phase, now, next, opens, closes };
}

/** The tracks that the sessions name, in order. */
export function tracksOf(sessions: readonly Session[]): string[] {
  return [...new Set(sessions.flatMap((s) => (s.track === null ? [] : [s.track])))].sort();
}

/** Sessions grouped by venue date, each group in the given order: one pass, however many days. */
export function byDate(sessions: readonly Session[]): Map<string, Session[]> {
  const groups = new Map<string, Session[]>();
  for (const s of sessions) {
    const group = groups.get(s.date);
    if (group === undefined) groups.set(s.date, [s]);
    else group.push(s);
  }
  return groups;
}

/** Pure core of the agenda: what is on at an instant, what is next, filters, days. Time is always passed in. */
import type { Day, Session } from '../types';

export type Phase = 'before' | 'during' | 'break' | 'after';

/** In a break: between two sessions of a day, after a day's last session, or before its first. */
export type Pause = 'between' | 'day-over' | 'day-not-begun';

export interface Filter {
  /** A conference day, YYYY-MM-DD. */
  date?: string;
  /** Keeps this track's sessions and those for everyone (no track). */
  track?: string;
  /** Matches any part of the chair's name, ignoring case and accents. */
  chair?: string;
  /** A published schedule's track (a topic): keeps that topic's sessions only. */
  topic?: string;
  /** Keeps this room's sessions. */
  room?: string;
  /** Matches any part of a speaker's or the chair's name, ignoring case and accents. */
  person?: string;
}

export interface NowResult {
  at: Date;
  phase: Phase;
  /** Set when `phase` is "break". */
  pause?: Pause;
  now: Session[];
  next: Session[];
  /** First start and last "until" of the sessions considered; null when there are none. */
  opens: Date | null;
  closes: Date | null;
  /** True when the sessions that end last have no set end (they run to the end of their day). */
  closesOpenEnded: boolean;
}

/** Plain code-unit order: stable, locale-free and fast on large schedules. */
export function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Time order; at the same start, sessions for everyone, then Track A before Track B. */
export function compareSessions(a: Session, b: Session): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || order(a.track ?? '', b.track ?? '') || order(a.id, b.id);
}

/** Lower case without accents, for forgiving matches ("Nieuwéjaar" finds "Nieuwejaar"). */
export function fold(text: string): string {
  // ASCII has no accents to take off (NFD leaves it as it is): lower case is all.
  return ASCII.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

/** The people of a session: its speakers and its chair. */
export function peopleOf(s: Session): string[] {
  const people = s.speakers === undefined ? [] : [...s.speakers];
  if (s.chair !== null) people.push(s.chair);
  return people;
}

export function filterSessions(sessions: readonly Session[], filter: Filter): Session[] {
  // No filter (the commonest run): every session, without a test of each.
  if (Object.values(filter).every((v) => v === undefined)) return sessions.slice();
  const chair = filter.chair === undefined ? undefined : fold(filter.chair);
  const person = filter.person === undefined ? undefined : fold(filter.person);
  return sessions.filter(
    (s) =>
      (filter.date === undefined || s.date === filter.date) &&
      (filter.track === undefined || s.track === null || s.track === filter.track) &&
      (filter.topic === undefined || s.topic === filter.topic) &&
      (filter.room === undefined || s.room === filter.room) &&
      (chair === undefined || (s.chair !== null && fold(s.chair).includes(chair))) &&
      (person === undefined || peopleOf(s).some((p) => fold(p).includes(person))),
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
  const out: Session[] = [];
  for (const s of sessions) {
    const start = s.startsAt.getTime();
    if (start <= t) continue;
    if (out.length > 0 && start !== out[0].startsAt.getTime()) break;
    out.push(s);
  }
  return out;
}

/** The conference day that `at` falls in, if any. */
export function dayAt(days: readonly Day[], at: Date): Day | undefined {
  const t = at.getTime();
  return days.find((d) => d.start.getTime() <= t && t < d.end.getTime());
}

/** What is on at `at`, and what comes next. `sessions` must be in time order. */
export function whatsOn(sessions: readonly Session[], days: readonly Day[], at: Date): NowResult {
  const t = at.getTime();
  const now = sessions.filter((s) => inProgress(s, at));
  const next = nextSessions(sessions, at);
  const opens = sessions.length === 0 ? null : sessions[0].startsAt;
  let closes: Date | null = null;
  for (const s of sessions) if (closes === null || s.until.getTime() > closes.getTime()) closes = s.until;
  const closesOpenEnded = closes !== null && sessions.some((s) => s.endsAt === null && s.until.getTime() === closes!.getTime());
  const result: NowResult = { at, phase: 'break', now, next, opens, closes, closesOpenEnded };
  if (now.length > 0) result.phase = 'during';
  else if (opens === null || closes === null || t >= closes.getTime()) result.phase = 'after';
  else if (t < opens.getTime()) result.phase = 'before';
  else {
    const today = dayAt(days, at)?.date;
    if (next[0] !== undefined && next[0].date !== today) result.pause = 'day-over';
    else result.pause = sessions.some((s) => s.date === today && s.startsAt.getTime() <= t) ? 'between' : 'day-not-begun';
  }
  return result;
}

/** The tracks that the sessions name, in order. */
export function tracksOf(sessions: readonly Session[]): string[] {
  return [...named(sessions, (s) => s.track)].sort();
}

/** The topics (a published schedule's tracks) that the sessions name, in order. */
export function topicsOf(sessions: readonly Session[]): string[] {
  return [...named(sessions, (s) => s.topic)].sort(order);
}

/** The rooms that the sessions name, in the order they first appear. */
export function roomsOf(sessions: readonly Session[]): string[] {
  return [...named(sessions, (s) => s.room)];
}

/** The values `field` gives, each once, in the order they first appear; none for null or undefined. One pass, no array per session. */
function named(sessions: readonly Session[], field: (s: Session) => string | null | undefined): Set<string> {
  const seen = new Set<string>();
  for (const s of sessions) {
    const value = field(s);
    if (value !== null && value !== undefined) seen.add(value);
  }
  return seen;
}

export interface DaySessions {
  day: Day;
  sessions: Session[];
}

/** `items` grouped by the date `dateOf` gives them: a group for each of `days`, in their order, each in the given order; one pass, however many. */
export function groupByDate<T>(days: readonly Day[], items: readonly T[], dateOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>(days.map((d) => [d.date, []]));
  // Items come in runs of one date: each run's group is looked up once.
  let date: string | undefined;
  let group: T[] | undefined;
  for (const item of items) {
    const d = dateOf(item);
    if (d !== date) {
      date = d;
      group = groups.get(d);
    }
    group?.push(item);
  }
  return days.map((day) => groups.get(day.date)!);
}

/** The sessions of each day, in the days' order and each in the given order. */
export function byDay(days: readonly Day[], sessions: readonly Session[]): DaySessions[] {
  const groups = groupByDate(days, sessions, (s) => s.date);
  return days.map((day, i) => ({ day, sessions: groups[i] }));
}

/** The latest "until" of `sessions`, without spreading them into arguments (no stack limit). */
export function latestUntil(sessions: readonly Session[]): Date | null {
  let latest: Date | null = null;
  // Compared as numbers: `>` on two Dates asks each for its primitive value, a call apiece.
  for (const s of sessions) if (latest === null || s.until.getTime() > latest.getTime()) latest = s.until;
  return latest;
}

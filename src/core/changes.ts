/**
 * What changed between two versions of a schedule, as EventFahrplan's
 * ScheduleChanges.computeSessionsWithChangeFlags does it: sessions matched by their key, each one
 * added, cancelled (gone from the new version), or changed field by field. A pure function: it does
 * not modify the given schedules, and with no old schedule it flags nothing.
 * One function serves `changes`, the note after a refresh and (later) reminders.
 */
import { compareSessions } from './agenda';
import type { Conference, Day, Session } from '../types';

/** The fields compared, in the order they are reported; speakers are compared as a set of names. */
export const FIELDS = ['title', 'subtitle', 'chair', 'speakers', 'language', 'room', 'track', 'day', 'start', 'duration'] as const;
export type Field = (typeof FIELDS)[number];


export interface Changed {
  /** The session as the new version has it. */
  session: Session;
  old: Session;
  /** The fields whose value differs, in FIELDS order; never empty. */
  fields: Field[];
}

export interface ScheduleChanges {
  /** In the new version only, in time order. */
  added: Session[];
  /** In the old version only (as it was there), in time order. */
  cancelled: Session[];
  /** In both, with some field changed, in the new version's time order. */
  changed: Changed[];
}

/** The key two versions of a session share: frab's `guid` where the file gives one, else its id. */
export function sessionKey(s: Session): string {
  return s.guid ?? s.id;
}

/** Speakers as a set of names: the same people in another order are no change. */
function samePeople(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = [...(a ?? [])].sort();
  const y = [...(b ?? [])].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** How far into its conference day a session starts, in ms: the time of day, whatever the day. */
function intoDay(s: Session, days: ReadonlyMap<string, Day>): number {
  const day = days.get(s.date);
  return day === undefined ? s.startsAt.getTime() : s.startsAt.getTime() - day.start.getTime();
}

/** The length in ms, or null for a session with no end. */
export function durationOf(s: Session): number | null {
  return s.endsAt === null ? null : s.endsAt.getTime() - s.startsAt.getTime();
}

type Compare = (a: Session, b: Session, aDays: ReadonlyMap<string, Day>, bDays: ReadonlyMap<string, Day>) => boolean;

/** True when the field is the same in both versions. */
const COMPARE: Record<Field, Compare> = {
  title: (a, b) => a.title === b.title && a.number === b.number && a.note === b.note,
  subtitle: (a, b) => (a.subtitle ?? '') === (b.subtitle ?? ''),
  chair: (a, b) => a.chair === b.chair,
  speakers: (a, b) => samePeople(a.speakers, b.speakers),
  language: (a, b) => (a.language ?? '') === (b.language ?? ''),
  room: (a, b) => a.room === b.room,
  track: (a, b) => a.track === b.track,
  day: (a, b) => a.date === b.date,
  // The time of day: a session moved to another day at the same hour has only its day changed.
  start: (a, b, aDays, bDays) => intoDay(a, aDays) === intoDay(b, bDays),
  duration: (a, b) => durationOf(a) === durationOf(b),
};

/** Sessions by key; a key used twice keeps both, in time order, matched in turn. */
function byKey(sessions: readonly Session[]): Map<string, Session[]> {
  const map = new Map<string, Session[]>();
  for (const s of sessions) {
    const list = map.get(sessionKey(s));
    if (list === undefined) map.set(sessionKey(s), [s]);
    else list.push(s);
  }
  return map;
}

const daysOf = (c: Conference) => new Map(c.days.map((d) => [d.date, d]));

/** What changed from `old` to `now`; with no old schedule, nothing. */
export function scheduleChanges(now: Conference, old: Conference | undefined): ScheduleChanges {
  const result: ScheduleChanges = { added: [], cancelled: [], changed: [] };
  if (old === undefined) return result;
  const newDays = daysOf(now);
  const oldDays = daysOf(old);
  const olds = byKey([...old.sessions].sort(compareSessions));
  const used = new Map<string, number>();
  for (const session of [...now.sessions].sort(compareSessions)) {
    const key = sessionKey(session);
    const n = used.get(key) ?? 0;
    const before = olds.get(key)?.[n];
    used.set(key, n + 1);
    if (before === undefined) {
      result.added.push(session);
      continue;
    }
    const fields = FIELDS.filter((f) => !COMPARE[f](session, before, newDays, oldDays));
    if (fields.length > 0) result.changed.push({ session, old: before, fields });
  }
  for (const [key, list] of olds) result.cancelled.push(...list.slice(used.get(key) ?? 0));
  result.cancelled.sort(compareSessions);
  return result;
}

/** How many sessions were added, cancelled or changed. */
export function changeCount(changes: ScheduleChanges): number {
  return changes.added.length + changes.cancelled.length + changes.changed.length;
}

/** The same changes with starred sessions (by key) first in each group, the order otherwise kept. */
export function starredFirst(changes: ScheduleChanges, starred: ReadonlySet<string>): ScheduleChanges {
  const first = <T>(list: readonly T[], session: (x: T) => Session) => [
    ...list.filter((x) => starred.has(sessionKey(session(x)))),
    ...list.filter((x) => !starred.has(sessionKey(session(x)))),
  ];
  return {
    added: first(changes.added, (s) => s),
    cancelled: first(changes.cancelled, (s) => s),
    changed: first(changes.changed, (c) => c.session),
  };
}

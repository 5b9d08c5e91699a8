/**
 * The live board's logic, pure, time passed in: what each room has on and next, how far a session
 * has gone, and the moments at which any of that changes (for the linear mode and the redraw loop).
 */
import { tracksOf } from './agenda';
import type { Conference, Session } from '../types';

const MINUTE = 60_000;

/** For this many minutes after its start a session says "began N min ago", for people arriving late. */
export const JUST_BEGUN_MINUTES = 10;

/** One column of the board: a track (or everyone), what is on there now, what comes next, and the rest of that day. */
export interface Lane {
  /** The track; null for a lane that stands for everyone (no tracks, or every lane showing the same). */
  track: string | null;
  /** The room the data ties to the track, if any. */
  room: string | null;
  now: Session | null;
  next: Session | null;
  /** The lane's sessions after `next` on the same day. */
  later: Session[];
}

function laneOf(sessions: readonly Session[], track: string | null, room: string | null, at: Date): Lane {
  const t = at.getTime();
  const mine = track === null ? sessions : sessions.filter((s) => s.track === null || s.track === track);
  const now = mine.find((s) => s.startsAt.getTime() <= t && t < s.until.getTime()) ?? null;
  const i = mine.findIndex((s) => s.startsAt.getTime() > t);
  const next = i === -1 ? null : mine[i];
  const later = next === null ? [] : mine.slice(i + 1).filter((s) => s.date === next.date);
  return { track, room, now, next, later };
}

/** The ids a lane shows, to tell whether two lanes show the same. */
const shown = (l: Lane) => [l.now, l.next, ...l.later].map((s) => s?.id ?? '-').join(' ');

/**
 * The board's lanes at `at`: one per track of `sessions` (in time order, already filtered), each with
 * the sessions for everyone too. When every lane shows the same sessions, all for everyone (the
 * plenary day, the evening), one lane for everyone.
 */
export function lanesAt(conference: Conference, sessions: readonly Session[], at: Date): Lane[] {
  const tracks = tracksOf(sessions);
  if (tracks.length === 0) return [laneOf(sessions, null, null, at)];
  const roomOf = (track: string) => conference.rooms.find((r) => r.track === track)?.name ?? null;
  const lanes = tracks.map((track) => laneOf(sessions, track, roomOf(track), at));
  const forEveryone = (l: Lane) => [l.now, l.next].every((s) => s === null || s.track === null);
  if (lanes.length > 1 && lanes.every((l) => forEveryone(l) && shown(l) === shown(lanes[0]))) return [{ ...lanes[0], track: null, room: null }];
  return lanes;
}

/** How far `session` has gone at `at`, 0 to 1. */
export function progress(session: Session, at: Date): number {
  const length = session.until.getTime() - session.startsAt.getTime();
  if (length <= 0) return 1;
  return Math.max(0, Math.min(1, (at.getTime() - session.startsAt.getTime()) / length));
}

/** Minutes since the session began, while that is under JUST_BEGUN_MINUTES; undefined after (or before it began). */
export function justBegun(session: Session, at: Date): number | undefined {
  const t = at.getTime() - session.startsAt.getTime();
  return t >= 0 && t < JUST_BEGUN_MINUTES * MINUTE ? Math.floor(t / MINUTE) : undefined;
}

/** The start of the minute `at` is in: the board shows whole minutes, as its clock does. */
export function startOfMinute(at: Date): Date {
  return new Date(Math.floor(at.getTime() / MINUTE) * MINUTE);
}

/** The start of the minute after `at`: when a board redraws. */
export function nextMinute(at: Date): Date {
  return new Date((Math.floor(at.getTime() / MINUTE) + 1) * MINUTE);
}

export type ChangeKind = 'began' | 'ended';

/** Something that happens to the board: a session begins or ends. */
export interface Change {
  at: Date;
  kind: ChangeKind;
  session: Session;
}

/**
 * The changes after `from` up to and including `to`, in time order; at the same instant, what ends
 * comes before what begins. A session with no set end does not "end": its day does.
 */
export function changesBetween(sessions: readonly Session[], from: Date, to: Date): Change[] {
  const a = from.getTime();
  const b = to.getTime();
  const out: Change[] = [];
  for (const session of sessions) {
    const start = session.startsAt.getTime();
    if (start > a && start <= b) out.push({ at: session.startsAt, kind: 'began', session });
    const end = session.endsAt?.getTime();
    if (end !== undefined && end > a && end <= b) out.push({ at: session.endsAt!, kind: 'ended', session });
  }
  const rank = (c: Change) => (c.kind === 'ended' ? 0 : 1);
  return out.sort((x, y) => x.at.getTime() - y.at.getTime() || rank(x) - rank(y));
}

/** The first change strictly after `at`, or null when nothing is left to happen. */
export function nextChange(sessions: readonly Session[], at: Date): Date | null {
  const t = at.getTime();
  let best: number | null = null;
  for (const s of sessions) {
    for (const u of [s.startsAt.getTime(), s.endsAt?.getTime()]) if (u !== undefined && u > t && (best === null || u < best)) best = u;
  }
  return best === null ? null : new Date(best);
}

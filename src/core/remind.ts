/** What `remind` is to announce at a moment: pure, the moment and the record of earlier announcements passed in. */
import type { Announced, Mine } from './mine';
import type { Session } from '../types';

export interface Due {
  session: Session;
  /** What this run records for it. */
  announce: Announced;
  /** What an earlier run announced, when the session has moved or changed room since. */
  before?: Announced;
}

/**
 * The sessions of `sessions` that start from `at` to `at + withinMs` (both included) and have not
 * been announced as they are now: never, or with another start or room. `startOf` writes the start
 * as it is recorded (ISO with the venue's offset).
 */
export function dueReminders(sessions: readonly Session[], mine: Mine, at: Date, withinMs: number, startOf: (s: Session) => string): Due[] {
  const from = at.getTime();
  const to = from + withinMs;
  const due: Due[] = [];
  for (const session of sessions) {
    const t = session.startsAt.getTime();
    if (t < from || t > to) continue;
    const announce = { start: startOf(session), room: session.room };
    const before = Object.hasOwn(mine.reminded, session.id) ? mine.reminded[session.id] : undefined;
    if (before !== undefined && before.start === announce.start && before.room === announce.room) continue;
    due.push(before === undefined ? { session, announce } : { session, announce, before });
  }
  return due;
}

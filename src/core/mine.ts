/**
 * What a user keeps about a conference (stars with priorities, hidden tracks and sessions, what
 * `remind` announced) and the set operations on it. Pure: every function returns a new value and
 * leaves its arguments as they were; src/io/state.ts reads and writes it.
 */
import type { Session } from '../types';

export const PRIORITIES = ['high', 'normal'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** What `remind` announced of a session: its start (ISO) and room then, to announce it again when either changes. */
export interface Announced {
  start: string;
  room: string | null;
}

export interface Mine {
  /** Starred session ids and their priority. Ids the data no longer has are kept. */
  stars: Readonly<Record<string, Priority>>;
  hidden: { readonly tracks: readonly string[]; readonly sessions: readonly string[] };
  reminded: Readonly<Record<string, Announced>>;
}

export const EMPTY: Mine = { stars: {}, hidden: { tracks: [], sessions: [] }, reminded: {} };

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** True when nothing is hidden: the common case, answered without a look at each session. */
const hidesNothing = (mine: Mine): boolean => mine.hidden.tracks.length === 0 && mine.hidden.sessions.length === 0;

/** Why `session` is hidden: its track, itself, or not at all. */
export function hiddenBy(mine: Mine, session: Pick<Session, 'id' | 'track'>): 'track' | 'session' | undefined {
  if (session.track !== null && mine.hidden.tracks.includes(session.track)) return 'track';
  return mine.hidden.sessions.includes(session.id) ? 'session' : undefined;
}

export function isStarred(mine: Mine, id: string): boolean {
  return Object.hasOwn(mine.stars, id);
}

/** Stars `ids` with `priority` (a star already there takes the new priority). */
export function addStars(mine: Mine, ids: readonly string[], priority: Priority): Mine {
  const stars = { ...mine.stars };
  for (const id of ids) stars[id] = priority;
  return { ...mine, stars: sortedRecord(stars) };
}

export function removeStars(mine: Mine, ids: readonly string[]): Mine {
  const stars = { ...mine.stars };
  for (const id of ids) delete stars[id];
  return { ...mine, stars };
}

export interface Hiding {
  tracks: readonly string[];
  sessions: readonly string[];
}

export function addHidden(mine: Mine, add: Hiding): Mine {
  return { ...mine, hidden: { tracks: sorted([...mine.hidden.tracks, ...add.tracks]), sessions: sorted([...mine.hidden.sessions, ...add.sessions]) } };
}

export function removeHidden(mine: Mine, remove: Hiding): Mine {
  return {
    ...mine,
    hidden: {
      tracks: mine.hidden.tracks.filter((t) => !remove.tracks.includes(t)),
      sessions: mine.hidden.sessions.filter((s) => !remove.sessions.includes(s)),
    },
  };
}

/** Records announcements: `entries` replace what was recorded for their sessions. */
export function addReminded(mine: Mine, entries: Readonly<Record<string, Announced>>): Mine {
  return { ...mine, reminded: sortedRecord({ ...mine.reminded, ...entries }) };
}

/** Forgets the announcements of `ids`, where what is recorded is still `entries[id]` (another run may have recorded since). */
export function removeReminded(mine: Mine, entries: Readonly<Record<string, Announced>>): Mine {
  const reminded = { ...mine.reminded };
  for (const [id, entry] of Object.entries(entries)) {
    const now = reminded[id];
    if (now !== undefined && now.start === entry.start && now.room === entry.room) delete reminded[id];
  }
  return { ...mine, reminded };
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The sessions to show: without the hidden ones unless `all`; only the starred with `onlyMine`. */
export function visibleSessions(sessions: readonly Session[], mine: Mine, { all = false, onlyMine = false } = {}): Session[] {
  if (!onlyMine && (all || hidesNothing(mine))) return sessions.slice();
  return sessions.filter((s) => (onlyMine ? isStarred(mine, s.id) : all || hiddenBy(mine, s) === undefined));
}

/** The starred sessions, in the data's order. */
export function starredSessions(sessions: readonly Session[], mine: Mine): Session[] {
  return sessions.filter((s) => isStarred(mine, s.id));
}

/** Starred ids that the data does not have (any more): kept, and reported. */
export function missingStars(sessions: readonly Session[], mine: Mine): string[] {
  const known = new Set(sessions.map((s) => s.id));
  return Object.keys(mine.stars).filter((id) => !known.has(id));
}

/** The number of sessions `mine` hides. */
export function hiddenCount(sessions: readonly Session[], mine: Mine): number {
  if (hidesNothing(mine)) return 0;
  return sessions.filter((s) => hiddenBy(mine, s) !== undefined).length;
}

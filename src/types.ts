/**
 * The one model: every reader yields a Conference, every query and renderer takes one.
 * The summit's data file (data/summit.json) is read into it by src/io/readers/summit.ts.
 */

export type TrackId = string;

export interface Room {
  /** The track the room holds, where the data ties rooms to tracks (the summit: A, B). */
  track: TrackId | null;
  name: string;
  notes: string[];
}

export interface LogisticsItem {
  topic: string;
  text: string;
  details?: string[];
}

/** A day of the conference: its date, its word for the day, and when it runs. */
export interface Day {
  /** The conference's calendar date, YYYY-MM-DD. */
  date: string;
  /** The data's own word for the day, e.g. "Tues". */
  label: string;
  /** When the day begins and ends: the venue's midnights, unless the data says otherwise. */
  start: Date;
  end: Date;
}

/** A session with its instants resolved. */
export interface Session {
  id: string;
  /** The conference day it belongs to (YYYY-MM-DD). */
  date: string;
  startsAt: Date;
  /** The end as given; null when the data gives none. */
  endsAt: Date | null;
  /** When the session stops being "in progress": its end, or the end of its day when open-ended. */
  until: Date;
  track: TrackId | null;
  room: string | null;
  number: number | null;
  title: string;
  chair: string | null;
  note?: string;
}

export interface ChangeItem {
  text: string;
  items: ChangeItem[];
}

export interface ChangeList {
  title: string;
  items: ChangeItem[];
}

export interface ContributorRow {
  domain: string;
  aliases: number;
  checkins: number;
  insertions: number;
  /** True for the "other" row, an aggregate that always sorts last. */
  aggregate?: boolean;
}

export interface Benchmarks {
  note: string;
  charts: string[];
}

export interface Stats {
  title: string;
  note: string;
  rows: ContributorRow[];
}

export interface Conference {
  title: string;
  acronym: string;
  venue: { name: string; timeZone: string };
  days: Day[];
  rooms: Room[];
  logistics: LogisticsItem[];
  /** In time order (see core/agenda compareSessions). */
  sessions: Session[];
  changelog: ChangeList[];
  benchmarks: Benchmarks;
  stats: Stats;
}

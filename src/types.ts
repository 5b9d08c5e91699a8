/**
 * The one model: every reader yields a Conference, every query and renderer takes one.
 * The summit's data file (data/summit.json) is read into it by src/io/readers/summit.ts; frab's
 * schedule.xml and the schedule.json of frab, pretalx and voc by readers/frab-xml.ts and
 * readers/schedule-json.ts (through readers/schedule.ts).
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
  /** The data's own number for the day (schedule.xml and schedule.json), where it gives one. */
  index?: number;
}

/** A link of a session: its title and where it points. */
export interface Link {
  title: string;
  url: string;
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
  /**
   * What a published schedule (schedule.xml, schedule.json) says of an event besides; absent for
   * the summit. `speakers` take the chair's place; `topic` is the data's track (a subject, not a
   * column: the columns of such a schedule are its rooms). Text is as the file gives it (HTML kept).
   */
  speakers?: string[];
  topic?: string | null;
  subtitle?: string;
  type?: string;
  language?: string;
  abstract?: string;
  description?: string;
  links?: Link[];
  guid?: string;
  slug?: string;
  url?: string;
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

/**
 * "summit": the project's own JSON (tracks are the parallel columns, sessions have chairs);
 * "schedule": a conference's published schedule (rooms are the columns, tracks are topics, events have speakers).
 */
export type ConferenceKind = 'summit' | 'schedule';

export interface Conference {
  kind: ConferenceKind;
  /** The data file it was read from, as named; absent for the bundled summit. */
  file?: string;
  /** What the reader noticed and the user should hear once (stderr), e.g. a zone name its offsets contradict. */
  warnings?: string[];
  /** The file's format and version, for a published schedule: "schedule.xml", "1.5". */
  format?: { name: 'schedule.xml' | 'schedule.json'; version: string | null };
  title: string;
  acronym: string;
  /** `name` is null where the data names no venue (published schedules seldom do). */
  venue: { name: string | null; timeZone: string };
  days: Day[];
  rooms: Room[];
  logistics: LogisticsItem[];
  /** In time order (see core/agenda compareSessions). */
  sessions: Session[];
  /** The deck's change log, benchmark charts and contributor stats: the summit's only. */
  changelog?: ChangeList[];
  benchmarks?: Benchmarks;
  stats?: Stats;
}

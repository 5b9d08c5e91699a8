/** The summit as the data file describes it (see data/summit.json). */

export type TrackId = string;

export interface Room {
  track: TrackId;
  name: string;
  notes: string[];
}

export interface LogisticsItem {
  topic: string;
  text: string;
  details?: string[];
}

export interface DayInfo {
  /** Venue-local calendar date, YYYY-MM-DD. */
  date: string;
  /** The deck's own word for the day, e.g. "Tues". */
  label: string;
}

/** A session as stored in the data file: venue-local wall-clock times. */
export interface SessionRecord {
  id: string;
  date: string;
  start: string;
  end: string | null;
  track: TrackId | null;
  room: string | null;
  number: number | null;
  title: string;
  chair: string | null;
  note?: string;
}

/** A session with its instants resolved in the venue's time zone. */
export interface Session extends SessionRecord {
  startsAt: Date;
  /** The end as given; null when the deck gives none. */
  endsAt: Date | null;
  /** When the session stops being "in progress": its end, or the end of its day when open-ended. */
  until: Date;
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

export interface SummitRecord {
  title: string;
  acronym: string;
  venue: { name: string; timeZone: string };
  days: DayInfo[];
  rooms: Room[];
  logistics: LogisticsItem[];
  sessions: SessionRecord[];
  changelog: ChangeList[];
  benchmarks: { note: string; charts: string[] };
  stats: { title: string; note: string; rows: ContributorRow[] };
}

/** The loaded summit: sessions resolved and sorted. */
export interface Summit extends Omit<SummitRecord, 'sessions'> {
  sessions: Session[];
}

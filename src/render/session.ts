/** How one session is named and placed, shared by every human renderer. */
import { show } from './text';
import { NO_CHAIR, NO_ROOM, NO_ROOM_GIVEN, NO_SPEAKERS, trackName } from './words';
import type { Marks } from './style';
import type { Session } from '../types';

/** "Session 2: I/O Virtualization", "Dinner and Billiards": the label without the note. */
export function sessionTitle(s: Session): string {
  return s.number === null ? show(s.title) : `Session ${s.number}: ${show(s.title)}`;
}

/** "Session 2: I/O Virtualization", "Dinner and Billiards", "BOF Sessions (TBD)". */
export function sessionLabel(s: Session): string {
  const title = sessionTitle(s);
  return s.note === undefined ? title : `${title} (${show(s.note)})`;
}

/** The label with the star mark in front when the session is starred: "★ Session 2: I/O Virtualization". */
export function markedLabel(s: Session, marks: Marks | undefined): string {
  const label = sessionLabel(s);
  return marks !== undefined && marks.starred.has(s.id) ? `${marks.mark} ${label}` : label;
}

/**
 * "Track A · Yorktown Auditorium", "Everyone · room not given in the deck"; for a published
 * schedule its room and track (a topic): "Saal 1 · Ethics, Society & Politics".
 */
export function sessionPlace(s: Session): string {
  if (s.speakers !== undefined) {
    const room = s.room === null ? NO_ROOM_GIVEN : show(s.room);
    return s.topic === undefined || s.topic === null ? room : `${room} · ${show(s.topic)}`;
  }
  return `${show(trackName(s.track))} · ${s.room === null ? NO_ROOM : show(s.room)}`;
}

/** "Chair: Keir Fraser"; for a published schedule its speakers, who take the chair's place. */
export function chairText(s: Session): string {
  if (s.speakers !== undefined) return s.speakers.length === 0 ? NO_SPEAKERS : show(s.speakers.join(', '));
  return s.chair === null ? NO_CHAIR : `Chair: ${show(s.chair)}`;
}

/** The chair, or the speakers joined, for the formats that have one field for them (CSV, JSON). */
export function chairField(s: Session): string | null {
  if (s.speakers !== undefined) return s.speakers.length === 0 ? null : s.speakers.join(', ');
  return s.chair;
}

/** The track field of CSV and JSON: the summit's track, or a published schedule's (a topic). */
export function trackField(s: Session): string | null {
  return s.speakers !== undefined ? (s.topic ?? null) : s.track;
}

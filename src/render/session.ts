/** How one session is named and placed, shared by every human renderer. */
import { show } from './text';
import { NO_CHAIR, NO_ROOM, trackName } from './words';
import type { Marks } from './style';
import type { Session } from '../types';

/** "Session 2: I/O Virtualization", "Dinner and Billiards", "BOF Sessions (TBD)". */
export function sessionLabel(s: Session): string {
  const title = s.number === null ? show(s.title) : `Session ${s.number}: ${show(s.title)}`;
  return s.note === undefined ? title : `${title} (${show(s.note)})`;
}

/** The label with the star mark in front when the session is starred: "★ Session 2: I/O Virtualization". */
export function markedLabel(s: Session, marks: Marks | undefined): string {
  const label = sessionLabel(s);
  return marks !== undefined && marks.starred.has(s.id) ? `${marks.mark} ${label}` : label;
}

/** "Track A · Yorktown Auditorium", "Everyone · room not given in the deck". */
export function sessionPlace(s: Session): string {
  return `${show(trackName(s.track))} · ${s.room === null ? NO_ROOM : show(s.room)}`;
}

export function chairText(s: Session): string {
  return s.chair === null ? NO_CHAIR : `Chair: ${show(s.chair)}`;
}

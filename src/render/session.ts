/** How one session is named and placed, shared by every human renderer. */
import { show } from './text';
import type { Session } from '../types';

export const NO_ROOM = 'room not given in the deck';

/** "Session 2: I/O Virtualization", "Dinner and Billiards", "BOF Sessions (TBD)". */
export function sessionLabel(s: Session): string {
  const title = s.number === null ? show(s.title) : `Session ${s.number}: ${show(s.title)}`;
  return s.note === undefined ? title : `${title} (${show(s.note)})`;
}

/** "Track A · Yorktown Auditorium", "Everyone · room not given in the deck". */
export function sessionPlace(s: Session): string {
  const who = s.track === null ? 'Everyone' : `Track ${show(s.track)}`;
  return `${who} · ${s.room === null ? NO_ROOM : show(s.room)}`;
}

export function chairText(s: Session): string {
  return s.chair === null ? 'no chair given' : `Chair: ${show(s.chair)}`;
}

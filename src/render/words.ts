/** The words the renderers share, written once. */

/** A session for every attendee (no track). */
export const EVERYONE = 'Everyone';

/** Where the data gives no room. */
export const NO_ROOM = 'room not given in the deck';

/** Where the data gives no chair. */
export const NO_CHAIR = 'no chair given';

/** Said of a session with no end: it counts as on until its day ends. */
export const OPEN_END = 'No end time in the deck: shown until the end of the day.';

/** "Room not given in the deck": the same words at the start of a sentence or a name. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Track A", or "Everyone" for a session with no track. */
export function trackName(track: string | null): string {
  return track === null ? EVERYONE : `Track ${track}`;
}

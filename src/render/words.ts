/** The words the renderers share, written once. */
import type { ConferenceKind } from '../types';

/** A session for every attendee (no track). */
export const EVERYONE = 'Everyone';

/** Where the data gives no room. */
export const NO_ROOM = 'room not given in the deck';

/** Where the data gives no chair. */
export const NO_CHAIR = 'no chair given';

/** Said of a session with no end: it counts as on until its day ends. */
export const OPEN_END = 'No end time in the deck: shown until the end of the day.';

/** Where a published schedule gives no room, speakers or duration. */
export const NO_ROOM_GIVEN = 'no room given';
export const NO_SPEAKERS = 'no speakers given';
export const NO_DURATION = 'No duration in the schedule: shown until the end of its day.';

/** What the tool calls the event: the summit, or any other conference. */
export function eventNoun(kind: ConferenceKind): string {
  return kind === 'summit' ? 'summit' : 'conference';
}

/** "UTC+01:00" for the fixed-offset zones a schedule without a zone name is shown in, else the zone's name. */
export function zoneLabel(zone: string): string {
  const m = /^Etc\/GMT([+-])(\d+)$/.exec(zone);
  if (m === null) return zone;
  const hours = Number(m[2]);
  return `UTC${m[1] === '-' ? '+' : '-'}${String(hours).padStart(2, '0')}:00`;
}

/** "Room not given in the deck": the same words at the start of a sentence or a name. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Track A", or "Everyone" for a session with no track. */
export function trackName(track: string | null): string {
  return track === null ? EVERYONE : `Track ${track}`;
}

/**
 * A session's trackName as a format writes it (escaped by `escape`), worked out once per track: a
 * schedule has a few tracks and may have a hundred thousand sessions.
 */
export function trackNames(escape: (text: string) => string): (s: { track: string | null }) => string {
  const texts = new Map<string | null, string>();
  return (s) => {
    let text = texts.get(s.track);
    if (text === undefined) texts.set(s.track, (text = escape(trackName(s.track))));
    return text;
  };
}

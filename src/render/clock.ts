/** Showing instants on the display clock, with the venue's clock beside when they differ. */
import { format } from 'date-fns/format';
import { utcDate } from '../core/time';
import type { Clock } from './style';
import type { Session } from '../types';

/**
 * `instant` on the clock of `zone`, with a date-fns pattern (English names). The zone rules give
 * the offset; date-fns formats the shifted wall clock in UTC, so no formatter of the runtime's is needed.
 */
export function inZone(clock: Clock, instant: Date, zone: string, pattern: string): string {
  // The commonest pattern, once per session and more: no date-fns call needed.
  if (pattern === 'HH:mm') return clock.zones.clockTime(instant, zone);
  const offset = clock.zones.offset(zone, instant.getTime());
  return format(instant.getTime() + offset * 60_000, pattern, { in: utcDate });
}

export function zoneName(clock: Clock, zone: string, instant: Date): string {
  return clock.zones.abbreviation(zone, instant);
}

/** True when the display clock reads differently from the venue's at `instant`. */
export function twoClocks(clock: Clock, instant: Date): boolean {
  return clock.zone !== clock.venueZone && clock.zones.offset(clock.zone, instant.getTime()) !== clock.zones.offset(clock.venueZone, instant.getTime());
}

function dayShift(clock: Clock, instant: Date, zone: string, fromDate: string): string {
  const days = clock.zones.dayNumberOf(instant, zone) - clock.zones.dayNumber(fromDate);
  return days === 0 ? '' : days > 0 ? ` (+${days}d)` : ` (${days}d)`;
}

/** "Tue 17 Apr 2007, 10:45 EDT", with "(… at the venue)" when the clocks differ. */
export function moment(instant: Date, clock: Clock): string {
  const here = `${inZone(clock, instant, clock.zone, 'EEE d MMM yyyy, HH:mm')} ${zoneName(clock, clock.zone, instant)}`;
  if (!twoClocks(clock, instant)) return here;
  return `${here} (${inZone(clock, instant, clock.venueZone, 'EEE HH:mm')} ${zoneName(clock, clock.venueZone, instant)} at the venue)`;
}

/** A clock time in `zone`, marked "(+1d)" when that falls on another date than `date`. */
export function timeOf(clock: Clock, instant: Date, zone: string, date: string): string {
  return `${inZone(clock, instant, zone, 'HH:mm')}${dayShift(clock, instant, zone, date)}`;
}

function range(clock: Clock, session: Session, zone: string): string {
  const start = timeOf(clock, session.startsAt, zone, session.date);
  if (session.endsAt === null) return `from ${start}`;
  const startShift = dayShift(clock, session.startsAt, zone, session.date);
  const endShift = dayShift(clock, session.endsAt, zone, session.date);
  // "02:30–04:30 (+1d)" rather than "02:30 (+1d)–04:30 (+1d)".
  if (startShift !== '' && startShift === endShift) {
    return `${inZone(clock, session.startsAt, zone, 'HH:mm')}–${inZone(clock, session.endsAt, zone, 'HH:mm')}${endShift}`;
  }
  return `${start}–${timeOf(clock, session.endsAt, zone, session.date)}`;
}

/**
 * The session's time range: "10:30–12:30" on the venue clock; on another clock two lines,
 * "15:30–17:30 GMT+1" and "10:30–12:30 EDT at the venue".
 */
export function sessionTimes(session: Session, clock: Clock): string[] {
  if (!twoClocks(clock, session.startsAt)) return [range(clock, session, clock.venueZone)];
  return [
    `${range(clock, session, clock.zone)} ${zoneName(clock, clock.zone, session.startsAt)}`,
    `${range(clock, session, clock.venueZone)} ${zoneName(clock, clock.venueZone, session.startsAt)} at the venue`,
  ];
}

/** "Tuesday 17 April 2007 (2007-04-17, times in EDT)" for a conference day whose first session is at `at`. */
export function longDay(date: string, clock: Clock, at: Date): string {
  const zoneNote = zoneName(clock, clock.venueZone, at);
  const times = twoClocks(clock, at) ? `${zoneName(clock, clock.zone, at)}, then ${zoneNote} at the venue` : zoneNote;
  return `${inZone(clock, at, clock.venueZone, 'EEEE d MMMM yyyy')} (${date}, times in ${times})`;
}

/** Showing instants on the display clock, with the venue's clock beside when they differ. */
import { format } from 'date-fns/format';
import { tz, tzName, tzOffset } from '@date-fns/tz';
import { localDate } from '../when';
import type { Clock } from './style';
import type { Session } from '../types';

export function inZone(instant: Date, zone: string, pattern: string): string {
  return format(instant, pattern, { in: tz(zone) });
}

export function zoneName(zone: string, instant: Date): string {
  return tzName(zone, instant, 'short');
}

/** True when the display clock reads differently from the venue's at `instant`. */
export function twoClocks(clock: Clock, instant: Date): boolean {
  return tzOffset(clock.zone, instant) !== tzOffset(clock.venueZone, instant);
}

function dayShift(instant: Date, zone: string, fromDate: string): string {
  const date = localDate(instant, zone);
  if (date === fromDate) return '';
  const days = Math.round((Date.parse(date) - Date.parse(fromDate)) / 86_400_000);
  return days > 0 ? ` (+${days}d)` : ` (${days}d)`;
}

/** "Tue 17 Apr 2007, 10:45 EDT", with "(… at the venue)" when the clocks differ. */
export function moment(instant: Date, clock: Clock): string {
  const here = `${inZone(instant, clock.zone, 'EEE d MMM yyyy, HH:mm')} ${zoneName(clock.zone, instant)}`;
  if (!twoClocks(clock, instant)) return here;
  return `${here} (${inZone(instant, clock.venueZone, 'EEE HH:mm')} ${zoneName(clock.venueZone, instant)} at the venue)`;
}

/** A clock time on `clock.zone`, marked "(+1d)" when that falls on another date than `venueDate`. */
export function timeOf(instant: Date, zone: string, venueDate: string): string {
  return `${inZone(instant, zone, 'HH:mm')}${dayShift(instant, zone, venueDate)}`;
}

function range(session: Session, zone: string): string {
  const start = timeOf(session.startsAt, zone, session.date);
  if (session.endsAt === null) return `from ${start}`;
  const startShift = dayShift(session.startsAt, zone, session.date);
  const endShift = dayShift(session.endsAt, zone, session.date);
  // "02:30–04:30 (+1d)" rather than "02:30 (+1d)–04:30 (+1d)".
  if (startShift !== '' && startShift === endShift) {
    return `${inZone(session.startsAt, zone, 'HH:mm')}–${inZone(session.endsAt, zone, 'HH:mm')}${endShift}`;
  }
  return `${start}–${timeOf(session.endsAt, zone, session.date)}`;
}

/**
 * The session's time range: "10:30–12:30" on the venue clock; on another clock two lines,
 * "15:30–17:30 GMT+1" and "10:30–12:30 EDT at the venue".
 */
export function sessionTimes(session: Session, clock: Clock): string[] {
  if (!twoClocks(clock, session.startsAt)) return [range(session, clock.venueZone)];
  return [
    `${range(session, clock.zone)} ${zoneName(clock.zone, session.startsAt)}`,
    `${range(session, clock.venueZone)} ${zoneName(clock.venueZone, session.startsAt)} at the venue`,
  ];
}

/** "Tuesday 17 April 2007" for a venue date. */
export function longDay(date: string, clock: Clock, at: Date): string {
  const zoneNote = zoneName(clock.venueZone, at);
  return `${inZone(at, clock.venueZone, 'EEEE d MMMM yyyy')} (${date}, times in ${twoClocks(clock, at) ? `${zoneName(clock.zone, at)}, then ${zoneNote} at the venue` : zoneNote})`;
}

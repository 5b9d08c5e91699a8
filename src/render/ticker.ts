/**
 * The board as lines appended one at a time (not a terminal, TERM=dumb, --linear): something a screen
 * reader can follow and a log can keep. Each line starts with the venue's clock time; a line with the
 * date comes first, and again whenever the date changes.
 */
import { lanesAt, type Change } from '../core/board';
import { laneTitle } from './board';
import { inZone, timeOf, twoClocks, zoneName } from './clock';
import { sessionLabel, sessionPlace } from './session';
import { show, span } from './text';
import type { Clock, Style } from './style';
import type { Conference, Session } from '../types';

/** How the log is written: its clock, its colour, and a rehearsal's speed (1 for the real clock). */
export interface TickerContext {
  clock: Clock;
  style: Style;
  speed: number;
}

/** "Tue 17 Apr 2007 (times in EDT)": the line that opens a day of the log; a rehearsal says so. */
export function dateLine(at: Date, { clock, style, speed }: TickerContext): string {
  const zones = twoClocks(clock, at) ? `${zoneName(clock, clock.venueZone, at)}, and in brackets ${zoneName(clock, clock.zone, at)}` : zoneName(clock, clock.venueZone, at);
  const rehearsal = speed === 1 ? '' : `; a rehearsal, the clock running ${speed}× as fast`;
  return style.heading(`${inZone(clock, at, clock.venueZone, 'EEE d MMM yyyy')} (times in ${zones}${rehearsal})`);
}

/** "10:30", or "10:30 (15:30)" with the --tz clock beside. */
function hhmm(at: Date, { clock, style }: TickerContext): string {
  const venue = inZone(clock, at, clock.venueZone, 'HH:mm');
  return style.time(twoClocks(clock, at) ? `${venue} (${timeOf(clock, at, clock.zone, clock.zones.dateOf(at, clock.venueZone))})` : venue);
}

/** "in Track A · Yorktown Auditorium", "for everyone in Yorktown Auditorium", "for everyone". */
function where(s: Session): string {
  if (s.track !== null) return `in ${sessionPlace(s)}`;
  return s.room === null ? 'for everyone' : `for everyone in ${show(s.room)}`;
}

/** "10:30 Session 2: I/O Virtualization began in Track A · Yorktown Auditorium". */
export function changeLine(change: Change, ctx: TickerContext): string {
  return `${hhmm(change.at, ctx)} ${sessionLabel(change.session)} ${change.kind} ${where(change.session)}`;
}

function nextText(s: Session, at: Date, { clock }: TickerContext): string {
  const day = clock.zones.dateOf(at, clock.venueZone) === clock.zones.dateOf(s.startsAt, clock.venueZone) ? 'HH:mm' : 'EEE HH:mm';
  return `next ${sessionLabel(s)} at ${inZone(clock, s.startsAt, clock.venueZone, day)}, in ${span(at, s.startsAt, clock)}`;
}

/** Where each room stands at `at`: the lines a log starts with. */
export function stateLines(conference: Conference, sessions: readonly Session[], at: Date, ctx: TickerContext): string[] {
  const { clock } = ctx;
  const time = hhmm(at, ctx);
  const lanes = lanesAt(conference, sessions, at);
  if (lanes.every((l) => l.now === null && l.next === null)) return [summitOverLine(at, ctx)];
  return lanes.map((lane) => {
    const parts: string[] = [];
    if (lane.now !== null) {
      const s = lane.now;
      const left = s.endsAt === null ? 'no end time in the deck' : `${span(at, s.until, clock)} left`;
      parts.push(`${sessionLabel(s)} is on${lane.track !== null && s.track === null ? ` ${where(s)}` : ''}, ${left}`);
    } else parts.push('nothing on');
    if (lane.next !== null) parts.push(nextText(lane.next, at, ctx));
    return `${time} ${laneTitle(lane)}: ${parts.join('; ')}`;
  });
}

/** "00:00 The summit is over." */
export function summitOverLine(at: Date, ctx: TickerContext): string {
  return `${hhmm(at, ctx)} The summit is over.`;
}

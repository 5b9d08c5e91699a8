/**
 * The live board's frame: a pure function of the conference, the instant, the screen's size, the clock
 * and the style. One column per room side by side when each gets BOARD_COLUMN columns, else one block
 * after another; what does not fit goes, least needed first (later sessions, then what is next).
 */
import { wrapLine } from './wrap';
import { lineWidth } from './grid';
import { justBegun, lanesAt, progress, type Lane } from '../core/board';
import { inZone, timeOf, twoClocks, zoneName } from './clock';
import { bar } from './stats';
import { chairText, sessionLabel, sessionPlace } from './session';
import { show, span } from './text';
import { EVERYONE, NO_ROOM, trackName } from './words';
import type { Clock, Paint, Style } from './style';
import type { Conference, Session } from '../types';

/** The narrowest a room's column gets before the rooms are stacked instead. */
export const BOARD_COLUMN = 28;
/** The widest a room's column gets, and its progress bar: lines longer than that are hard to read from afar. */
export const BOARD_MAX_COLUMN = 100;
const BAR_MAX = 60;
const GAP = 3;

export interface Size {
  columns: number;
  rows: number;
}

export interface BoardInput {
  conference: Conference;
  /** The sessions to show, in time order (--track already applied). */
  sessions: readonly Session[];
  at: Date;
  size: Size;
  clock: Clock;
  style: Style;
  /** A line pinned to the bottom row (the keys, a rehearsal's speed); none for a single frame. */
  footer?: string;
}

interface Segment {
  text: string;
  paint: Paint;
}
type Line = Segment[];

/** What a part of a lane is, for what goes first when the screen is short. */
type Priority = 0 | 1 | 2;
interface Group {
  priority: Priority;
  lines: Line[];
}

const plainPaint: Paint = (t) => t;
const seg = (text: string, paint: Paint = plainPaint): Segment => ({ text, paint });
/** Columns on the screen, not characters: a CJK character takes two, a combining mark none. */
const widthOf = (line: Line) => line.reduce((n, s) => n + lineWidth(s.text), 0);

/** The line cut to `width` columns, with "…" where it was cut (never half of a wide character). */
function clip(line: Line, width: number): Line {
  if (widthOf(line) <= width) return line;
  const out: Line = [];
  let room = Math.max(0, width - 1);
  for (const s of line) {
    const w = lineWidth(s.text);
    if (w <= room) {
      out.push(s);
      room -= w;
    } else {
      let kept = '';
      for (const c of s.text) {
        const cw = lineWidth(c);
        if (cw > room) break;
        kept += c;
        room -= cw;
      }
      out.push(seg(kept.trimEnd(), s.paint));
      break;
    }
  }
  if (width > 0) out.push(seg('…'));
  return out;
}

/** Text wrapped to `width`, each line painted with `paint`. */
function wrapped(text: string, width: number, paint: Paint): Line[] {
  return wrapLine(text, Math.max(1, width))
    .split('\n')
    .map((l) => [seg(l, paint)]);
}

/** "Track A · Yorktown Auditorium"; for everyone, where its session is: "Everyone · room not given in the deck". */
export function laneTitle(lane: Lane): string {
  if (lane.track === null) {
    const s = lane.now ?? lane.next;
    return s === null ? EVERYONE : sessionPlace(s);
  }
  return `${show(trackName(lane.track))} · ${lane.room === null ? NO_ROOM : show(lane.room)}`;
}

/** "Tue 17 Apr 2007 · 10:35 EDT", with the --tz clock beside: "· 15:35 GMT+1". */
function clockText(at: Date, clock: Clock, short: boolean): string {
  const venue = `${inZone(clock, at, clock.venueZone, 'HH:mm')} ${zoneName(clock, clock.venueZone, at)}`;
  const here = twoClocks(clock, at) ? ` · ${timeOf(clock, at, clock.zone, clock.zones.dateOf(at, clock.venueZone))} ${zoneName(clock, clock.zone, at)}` : '';
  return short ? `${venue}${here}` : `${inZone(clock, at, clock.venueZone, 'EEE d MMM yyyy')} · ${venue}${here}`;
}

function header(input: BoardInput): Line {
  const { conference, at, clock, style, size } = input;
  const left = conference.venue.name === null ? show(conference.title) : `${show(conference.title)} · ${show(conference.venue.name)}`;
  const right = clockText(at, clock, false);
  if (lineWidth(left) + 2 + lineWidth(right) <= size.columns) {
    return [seg(left, style.heading), seg(' '.repeat(size.columns - lineWidth(left) - lineWidth(right))), seg(right, style.time)];
  }
  if (lineWidth(right) <= size.columns) return [seg(right, style.time)];
  return [seg(clockText(at, clock, true), style.time)];
}

/** "10:30–12:30 · 1 h 55 min left", or "from 15:30 · no end time in the deck". */
function timesLine(s: Session, at: Date, clock: Clock): string {
  const start = inZone(clock, s.startsAt, clock.venueZone, 'HH:mm');
  if (s.endsAt === null) return `from ${start} · no end time in the deck`;
  return `${start}–${inZone(clock, s.endsAt, clock.venueZone, 'HH:mm')} · ${span(at, s.until, clock)} left`;
}

/** When a session that is not today starts: "13:30", or "Wed 08:25" on another day. */
function startText(s: Session, at: Date, clock: Clock): string {
  const sameDay = clock.zones.dateOf(at, clock.venueZone) === clock.zones.dateOf(s.startsAt, clock.venueZone);
  return inZone(clock, s.startsAt, clock.venueZone, sameDay ? 'HH:mm' : 'EEE HH:mm');
}

/** Why nothing is on in this lane. */
function nothingOn(lane: Lane, input: BoardInput): string {
  const { at, sessions, clock } = input;
  if (lane.next === null) return 'The summit is over.';
  if (sessions.length > 0 && at < sessions[0].startsAt) return 'The summit has not begun.';
  const today = clock.zones.dateOf(at, clock.venueZone);
  if (lane.next.date !== today) return "Nothing on: today's programme is over.";
  const begunToday = sessions.some((s) => s.date === today && s.startsAt <= at && (lane.track === null || s.track === null || s.track === lane.track));
  return begunToday ? 'Nothing on: a break.' : 'Nothing on yet today.';
}

/** Where the session is, when that is not the lane's own room (the plenary, seen from Track B). */
function placeIfElsewhere(s: Session, lane: Lane): string | undefined {
  if (lane.track === null || s.track === lane.track) return undefined;
  return sessionPlace(s);
}

function laneGroups(lane: Lane, input: BoardInput, width: number, first: boolean): Group[] {
  const { at, clock, style } = input;
  const title = laneTitle(lane);
  const groups: Group[] = [
    {
      priority: 0,
      lines: [...(first ? [] : [[]]), ...wrapped(title, width, style.track), [seg('─'.repeat(Math.min(width, Math.max(10, lineWidth(title)))), style.muted)]],
    },
  ];
  const now: Line[] = [];
  if (lane.now === null) {
    now.push([seg('NOW', style.heading)], ...wrapped(nothingOn(lane, input), width, plainPaint));
  } else {
    const s = lane.now;
    const minutes = justBegun(s, at);
    const began = minutes === undefined ? '' : minutes === 0 ? ' · began just now' : ` · began ${minutes} min ago`;
    now.push([seg('NOW', style.heading), seg(began, style.live)]);
    now.push(...wrapped(sessionLabel(s), width, style.strong));
    const elsewhere = placeIfElsewhere(s, lane);
    if (elsewhere !== undefined) now.push(...wrapped(elsewhere, width, style.track));
    now.push(...wrapped(chairText(s), width, plainPaint));
    now.push(...wrapped(timesLine(s, at, clock), width, style.time));
    if (s.endsAt !== null) {
      const cells = Math.min(width, BAR_MAX);
      const done = bar(progress(s, at), cells);
      now.push([seg(done, style.bar), seg('░'.repeat(Math.max(0, cells - lineWidth(done))), style.muted)]);
    }
  }
  groups.push({ priority: 0, lines: now });
  if (lane.next !== null) {
    const s = lane.next;
    const lines: Line[] = [[], [seg('NEXT', style.heading), seg(` · ${startText(s, at, clock)}, in ${span(at, s.startsAt, clock)}`, style.time)]];
    lines.push(...wrapped(sessionLabel(s), width, style.strong));
    const elsewhere = placeIfElsewhere(s, lane);
    if (elsewhere !== undefined) lines.push(...wrapped(elsewhere, width, style.track));
    lines.push(...wrapped(chairText(s), width, plainPaint));
    groups.push({ priority: 1, lines });
  }
  lane.later.forEach((s, k) => {
    const item = [seg(`${inZone(clock, s.startsAt, clock.venueZone, 'HH:mm')} `, style.time), seg(sessionLabel(s))];
    groups.push({ priority: 2, lines: [...(k === 0 ? [[], [seg('LATER', style.heading)]] : []), clip(item, width)] });
  });
  return groups;
}

/** The groups that fit in `height` lines: all of priority 0 (cut if need be), then 1, then 2, in order while they fit. */
function fit(groups: readonly Group[], height: number): Line[] {
  const chosen = new Set(groups.filter((g) => g.priority === 0));
  let used = [...chosen].reduce((n, g) => n + g.lines.length, 0);
  // Once a group does not fit, nothing after it is shown: no later sessions without what comes next.
  add: for (const priority of [1, 2] as const) {
    for (const g of groups.filter((x) => x.priority === priority)) {
      if (used + g.lines.length > height) break add;
      chosen.add(g);
      used += g.lines.length;
    }
  }
  return groups.filter((g) => chosen.has(g)).flatMap((g) => g.lines).slice(0, Math.max(0, height));
}

function paintLine(line: Line): string {
  return line
    .map((s) => (s.text === '' ? '' : s.paint(s.text)))
    .join('')
    .replace(/[ \t]+$/, '');
}

/** "tue 08:00": the summit's first session, as --at takes it. */
function rehearsalStart({ conference, clock }: BoardInput): string {
  const first = conference.sessions[0]?.startsAt;
  return first === undefined ? 'tue 08:00' : inZone(clock, first, clock.venueZone, 'EEE HH:mm').toLowerCase();
}

/** The board at `at`, `size.rows` lines at most (the footer on the last), none wider than `size.columns`. */
export function renderBoard(input: BoardInput): string {
  const { size } = input;
  const columns = Math.max(1, size.columns);
  const rows = Math.max(1, size.rows);
  const lanes = lanesAt(input.conference, input.sessions, input.at);
  const footer = input.footer === undefined || rows < 4 ? [] : [[seg(input.footer, input.style.muted)]];
  const top = [header(input), []];
  const height = rows - top.length - (footer.length > 0 ? 2 : 0);
  const width = Math.min(BOARD_MAX_COLUMN, Math.floor((columns - GAP * (lanes.length - 1)) / lanes.length));
  let body: Line[];
  if (lanes.every((l) => l.now === null && l.next === null)) {
    body = fit([{ priority: 0, lines: wrapped(`The summit is over. To rehearse it: xensummit board --at "${rehearsalStart(input)}" --speed 60`, columns, plainPaint) }], height);
  } else if (lanes.length > 1 && width >= BOARD_COLUMN) {
    const blocks = lanes.map((lane) => fit(laneGroups(lane, input, width, true), height));
    const tall = Math.max(...blocks.map((b) => b.length));
    body = Array.from({ length: tall }, (_, i) =>
      blocks.flatMap((block, k) => {
        const line = clip(block[i] ?? [], width);
        return k === blocks.length - 1 ? line : [...line, seg(' '.repeat(width - widthOf(line) + GAP))];
      }),
    );
  } else {
    body = fit(lanes.flatMap((lane, k) => laneGroups(lane, input, Math.min(columns, BOARD_MAX_COLUMN), k === 0)), height);
  }
  let lines = [...top, ...body].slice(0, rows - footer.length);
  if (footer.length > 0) lines = [...lines, ...Array.from({ length: rows - 1 - lines.length }, () => []), ...footer];
  return `${lines.map((l) => paintLine(clip(l, columns))).join('\n').replace(/\n+$/, '')}\n`;
}

/** The bottom line of the live board: the keys, and a rehearsal's speed and start. */
export function boardFooter(speed: number, start: Date, clock: Clock): string {
  const rehearsal = speed === 1 ? '' : ` · rehearsal: ${speed}× from ${inZone(clock, start, clock.venueZone, 'EEE HH:mm')}`;
  return `q quit${rehearsal}`;
}

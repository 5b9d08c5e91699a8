/** `schedule` for people: the agenda by day, the tracks side by side where a day has more than one. */
import { longDay, sessionTimes } from './clock';
import { chairText, markedLabel, sessionPlace } from './session';
import { finish, show } from './text';
import { wrap } from './wrap';
import { fitWidths, GAP, table, visibleWidth } from './table';
import { NO_ROOM } from './words';
import { roomsOf, tracksOf, type DaySessions } from '../core/agenda';
import type { RenderContext } from './style';
import type { ConferenceKind, Room, Session } from '../types';

/** The narrowest track column worth reading side by side. */
const MIN_COLUMN = 20;
/** The widest track column side by side: wider, the tracks drift apart on a wide terminal. */
const MAX_TRACK = 40;
/** The widest column of a list: a comfortable line of text. */
const MAX_LIST = 72;

/** A session's times, one line per clock, coloured. */
export function timeCell(s: Session, ctx: RenderContext): string {
  return sessionTimes(s, ctx.clock).map(ctx.style.time).join('\n');
}

/** The widest time cell, at least 11 columns (a loop: no argument-count limit on large days). */
export function timeWidthOf(sessions: readonly Session[], ctx: RenderContext): number {
  let width = 11;
  for (const s of sessions) width = Math.max(width, visibleWidth(timeCell(s, ctx)));
  return width;
}

function trackHead(track: string, rooms: readonly Room[]): string {
  const room = rooms.find((r) => r.track === track);
  return `Track ${show(track)} · ${room === undefined ? NO_ROOM : show(room.name)}`;
}

/** Sessions grouped by start, in order. */
function slots(sessions: readonly Session[]): Session[][] {
  const bySlot = new Map<number, Session[]>();
  for (const s of sessions) {
    const key = s.startsAt.getTime();
    const slot = bySlot.get(key);
    if (slot) slot.push(s);
    else bySlot.set(key, [s]);
  }
  return [...bySlot.values()];
}

/** What makes the parallel columns: the summit's tracks, or a published schedule's rooms. */
interface Columns {
  keys: string[];
  of: (s: Session) => string | null;
  head: (key: string) => string;
}

function columnsOf(sessions: readonly Session[], rooms: readonly Room[], kind: ConferenceKind): Columns {
  if (kind === 'summit') return { keys: tracksOf(sessions), of: (s) => s.track, head: (t) => trackHead(t, rooms) };
  const used = new Set(roomsOf(sessions));
  const keys = [...rooms.map((r) => r.name).filter((n) => used.has(n)), ...[...used].filter((n) => !rooms.some((r) => r.name === n))];
  return { keys, of: (s) => s.room, head: (r) => show(r) };
}

function sideBySide(sessions: readonly Session[], columns: Columns, timeWidth: number, ctx: RenderContext): string {
  const { style } = ctx;
  const tracks = columns.keys;
  const widths = fitWidths(ctx.width - 2, timeWidth, tracks.length, MIN_COLUMN, MAX_TRACK);
  const rows = slots(sessions).flatMap((slot) => {
    const shared = slot.filter((s) => columns.of(s) === null);
    const tracked = slot.filter((s) => columns.of(s) !== null);
    const out = shared.map((s) => [
      timeCell(s, ctx),
      { colSpan: tracks.length, content: `${style.strong(markedLabel(s, ctx.marks))}\n${sessionPlace(s)} · ${chairText(s)}` },
    ]);
    if (tracked.length > 0) {
      out.push([
        timeCell(tracked[0], ctx),
        ...tracks.map((t) =>
          tracked
            .filter((s) => columns.of(s) === t)
            .map((s) => `${style.strong(markedLabel(s, ctx.marks))}\n${chairText(s)}`)
            .join('\n\n'),
        ),
      ]);
    }
    return out;
  });
  const head = ['Time', ...tracks.map(columns.head)].map(style.track);
  return table(rows, { head, widths });
}

function list(sessions: readonly Session[], timeWidth: number, ctx: RenderContext): string {
  const { style } = ctx;
  const rows = sessions.map((s) => [timeCell(s, ctx), `${style.strong(markedLabel(s, ctx.marks))}\n${sessionPlace(s)} · ${chairText(s)}`]);
  return table(rows, { widths: fitWidths(ctx.width - 2, timeWidth, 1, 16, MAX_LIST) });
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

export function renderSchedule(days: readonly DaySessions[], rooms: readonly Room[], ctx: RenderContext, kind: ConferenceKind = 'summit'): string {
  const blocks = days
    .filter((d) => d.sessions.length > 0)
    .map(({ day, sessions }) => {
      const columns = columnsOf(sessions, rooms, kind);
      // Side by side only while every column keeps a readable width beside the time column (wider
      // with two clocks); many columns read better as a list.
      const timeWidth = timeWidthOf(sessions, ctx);
      const columnWidth = (ctx.width - 2 - timeWidth) / columns.keys.length - GAP;
      const body =
        columns.keys.length > 1 && columnWidth >= MIN_COLUMN ? sideBySide(sessions, columns, timeWidth, ctx) : list(sessions, timeWidth, ctx);
      return `${wrap(ctx.style.heading(longDay(day.date, ctx.clock, sessions[0].startsAt)), ctx.width, '  ')}\n${indent(body)}`;
    });
  return finish(blocks.join('\n\n'));
}

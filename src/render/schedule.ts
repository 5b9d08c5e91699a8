/** `schedule` for people: the agenda by day, the tracks side by side where a day has more than one. */
import { longDay, sessionTimes } from './clock';
import { chairText, markedLabel, sessionPlace } from './session';
import { LineBuilder } from './builder';
import { show, trimLine } from './text';
import { wrap } from './wrap';
import { drawPlainRow } from './grid';
import { fitWidths, GAP, tableInto, visibleWidth } from './table';
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
/** What the table puts between columns (GAP spaces). */
const GAP_TEXT = ' '.repeat(GAP);

/** A session's times, one line per clock, coloured. */
export function timeCell(s: Session, ctx: RenderContext): string {
  return sessionTimes(s, ctx.clock).map(ctx.style.time).join('\n');
}

/** A session's time cell depends on its times and date alone. */
const sameTimes = (a: Session, b: Session) =>
  a.startsAt.getTime() === b.startsAt.getTime() && (a.endsAt === null ? b.endsAt === null : b.endsAt !== null && a.endsAt.getTime() === b.endsAt.getTime()) && a.date === b.date;

/**
 * Each session's time cell, and the widest (at least 11 columns): a session with the same times as
 * the one before it (the rooms of a slot) takes its cell, made and measured once.
 */
function timeCells(sessions: readonly Session[], ctx: RenderContext): { cells: string[]; width: number } {
  const cells: string[] = [];
  let width = 11;
  let cell = '';
  for (let i = 0; i < sessions.length; i++) {
    if (i === 0 || !sameTimes(sessions[i], sessions[i - 1])) {
      cell = timeCell(sessions[i], ctx);
      width = Math.max(width, visibleWidth(cell));
    }
    cells.push(cell);
  }
  return { cells, width };
}

/** The widest time cell, at least 11 columns (a loop: no argument-count limit on large days). */
export function timeWidthOf(sessions: readonly Session[], ctx: RenderContext): number {
  return timeCells(sessions, ctx).width;
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

function sideBySide(sessions: readonly Session[], columns: Columns, timeWidth: number, ctx: RenderContext, push: (line: string) => void): void {
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
  tableInto(rows, { head, widths, trim: true }, push);
}

/** Rows of a list drawn at a time: each row is drawn alone, and a few hundred rows die young where a day's hundred thousand would all live to the end. */
const LIST_BATCH = 256;

function list(sessions: readonly Session[], times: { cells: string[]; width: number }, ctx: RenderContext, push: (line: string) => void): void {
  const { style } = ctx;
  const options = { widths: fitWidths(ctx.width - 2, times.width, 1, 16, MAX_LIST), trim: true };
  // A plain row (the common one: no colour, text that fits) is drawn from its lines as they are
  // made (drawPlainRow); any other goes to the table as a cell of its lines joined.
  let rows: string[][] = [];
  let timeCell = '';
  let timeLines: string[] = [];
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i];
    if (times.cells[i] !== timeCell) {
      timeCell = times.cells[i];
      timeLines = timeCell.split('\n');
    }
    const label = style.strong(markedLabel(s, ctx.marks));
    const place = `${sessionPlace(s)} · ${chairText(s)}`;
    if (rows.length === 0 && drawPlainRow([timeLines, [label, place]], options.widths, GAP_TEXT, push)) continue;
    rows.push([timeCell, `${label}\n${place}`]);
    if (rows.length === LIST_BATCH) {
      tableInto(rows, options, push);
      rows = [];
    }
  }
  if (rows.length > 0) tableInto(rows, options, push);
}

export function renderSchedule(days: readonly DaySessions[], rooms: readonly Room[], ctx: RenderContext, kind: ConferenceKind = 'summit'): string {
  // The days' blocks, a blank line apart, line by line into flat chunks: the tables' lines come
  // trimmed and are indented one by one, never joined into one long text to be cut up again (the
  // cells hold show()n text: no line breaks but \n).
  const out = new LineBuilder();
  let any = false;
  let body = 0;
  const push = (line: string) => {
    body++;
    out.add(line === '' ? '' : `  ${line}`);
  };
  for (const { day, sessions } of days) {
    if (sessions.length === 0) continue;
    if (any) out.add('');
    any = true;
    const columns = columnsOf(sessions, rooms, kind);
    // Side by side only while every column keeps a readable width beside the time column (wider
    // with two clocks); many columns read better as a list.
    const times = timeCells(sessions, ctx);
    const columnWidth = (ctx.width - 2 - times.width) / columns.keys.length - GAP;
    for (const line of wrap(ctx.style.heading(longDay(day.date, ctx.clock, sessions[0].startsAt)), ctx.width, '  ').split('\n')) out.add(trimLine(line));
    body = 0;
    if (columns.keys.length > 1 && columnWidth >= MIN_COLUMN) sideBySide(sessions, columns, times.width, ctx, push);
    else list(sessions, times, ctx, push);
    if (body === 0) out.add('');
  }
  return out.text();
}

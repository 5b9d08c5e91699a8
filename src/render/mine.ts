/** `mine` for people: my starred sessions by day with priorities and conflicts, a friend's beside mine, and the one-line session names the state commands print. */
import { inZone, longDay, sessionTimes } from './clock';
import { chairText, sessionLabel, sessionPlace } from './session';
import { finish, show } from './text';
import { GAP, fitWidths, table } from './table';
import { timeCell, timeWidthOf } from './schedule';
import { trackName } from './words';
import type { DaySessions } from '../core/agenda';
import type { Priority } from '../core/mine';
import type { RenderContext } from './style';
import type { Session } from '../types';

/** "tue-2a (Tue 10:30–12:30, Session 2: I/O Virtualization)": a session named in one line. */
export function brief(s: Session, ctx: RenderContext): string {
  return `${show(s.id)} (${inZone(ctx.clock, s.startsAt, ctx.clock.zone, 'EEE')} ${sessionTimes(s, ctx.clock)[0]}, ${sessionLabel(s)})`;
}

export interface MineView {
  days: DaySessions[];
  priority: (id: string) => Priority;
  conflicts: ReadonlyMap<string, readonly Session[]>;
  /** Starred ids the data does not have. */
  missing: readonly string[];
  mark: string;
}

function conflictLine(others: readonly Session[]): string {
  return `conflict: ${others.map((o) => `${show(o.id)}, ${sessionLabel(o)} (${show(trackName(o.track))})`).join('; ')}`;
}

function dayBlocks(days: readonly DaySessions[], ctx: RenderContext, rows: (s: Session) => string[][], head?: string[]): string[] {
  return days
    .filter((d) => d.sessions.length > 0)
    .map(({ day, sessions }) => {
      const width = timeWidthOf(sessions, ctx);
      // The middle columns (Me, Friend) are as wide as their heads; the last takes the rest.
      const fixed = head === undefined ? [] : head.slice(1, -1).map((h) => h.length);
      const used = fixed.reduce((n, w) => n + w + GAP, 0);
      const widths = [width, ...fixed, ...fitWidths(ctx.width - 2 - used, width, 1).slice(1)];
      const body = table(sessions.flatMap(rows), { widths, head: head?.map(ctx.style.muted) });
      return `${ctx.style.heading(longDay(day.date, ctx.clock, sessions[0].startsAt))}\n${body.replace(/^/gm, '  ')}`;
    });
}

/** `mine`: a summary line, then each day's starred sessions, each with its priority and conflicts. */
export function renderMine(view: MineView, ctx: RenderContext): string {
  const { style } = ctx;
  const count = view.days.reduce((n, d) => n + d.sessions.length, 0);
  const clashes = [...view.conflicts.keys()].length;
  const summary = `My summit: ${count} starred session${count === 1 ? '' : 's'}${clashes === 0 ? ', no conflicts' : `, ${clashes} in conflict`}`;
  const blocks = dayBlocks(view.days, ctx, (s) => {
    const high = view.priority(s.id) === 'high' ? ` · ${style.live('high priority')}` : '';
    const others = view.conflicts.get(s.id);
    const lines = [`${style.strong(`${view.mark} ${sessionLabel(s)}`)}${high}`, `${show(s.id)} · ${sessionPlace(s)} · ${chairText(s)}`];
    if (others !== undefined) lines.push(style.live(conflictLine(others)));
    return [[timeCell(s, ctx), lines.join('\n')]];
  });
  const lines = [style.heading(summary), ...blocks];
  if (view.missing.length > 0) {
    lines.push(`Starred but not in the data (any more), kept: ${view.missing.map(show).join(', ')}; unstar removes them.`);
  }
  return finish(lines.join('\n'));
}

export interface FriendView {
  days: DaySessions[];
  mine: ReadonlySet<string>;
  friend: ReadonlySet<string>;
  /** The friend's stars this data does not have. */
  missing: readonly string[];
  mark: string;
}

/** `mine --friend`: the sessions either of us starred, by day, with a column for each. */
export function renderFriend(view: FriendView, ctx: RenderContext): string {
  const all = view.days.flatMap((d) => d.sessions);
  const both = all.filter((s) => view.mine.has(s.id) && view.friend.has(s.id)).length;
  const summary = `Me: ${all.filter((s) => view.mine.has(s.id)).length} starred; my friend: ${all.filter((s) => view.friend.has(s.id)).length} starred; both of us: ${both}`;
  const blocks = dayBlocks(
    view.days,
    ctx,
    (s) => [[timeCell(s, ctx), view.mine.has(s.id) ? view.mark : '', view.friend.has(s.id) ? view.mark : '', `${ctx.style.strong(sessionLabel(s))}\n${show(s.id)} · ${sessionPlace(s)}`]],
    ['Time', 'Me', 'Friend', 'Session'],
  );
  const lines = [ctx.style.heading(summary), ...blocks];
  if (view.missing.length > 0) lines.push(`My friend starred sessions this data does not have: ${view.missing.map(show).join(', ')}.`);
  return finish(lines.join('\n'));
}

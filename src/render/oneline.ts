/**
 * `now --oneline`: one short line for a shell prompt or a tmux status line, ONELINE_WIDTH columns at
 * most. "▶ S2 A: I/O Virtualization · B: Misc I · 1h45 left · next 13:30" while sessions are on,
 * "▷ 10:30 S2 A: I/O Virtualization · B: Misc I · in 10 min" before one, "■ Xen Summit is over" after;
 * ASCII marks (">", "-", "#", "|") where the locale is not UTF-8.
 */
import { inZone } from './clock';
import { show } from './text';
import type { NowResult } from '../core/agenda';
import type { Clock } from './style';
import type { Session } from '../types';

export const ONELINE_WIDTH = 60;

interface Glyphs {
  on: string;
  waiting: string;
  over: string;
  separator: string;
  cut: string;
}

const UNICODE: Glyphs = { on: '▶', waiting: '▷', over: '■', separator: ' · ', cut: '…' };
const ASCII: Glyphs = { on: '>', waiting: '-', over: '#', separator: ' | ', cut: '~' };

/** "10 min", "1h45", "2d3h": a span in few characters. */
export function shortSpan(from: Date, to: Date): string {
  const minutes = Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}`;
  return `${Math.floor(minutes / 1440)}d${Math.floor((minutes % 1440) / 60)}h`;
}

/** "13:30" on the clock shown, or "Wed 08:25" when that is another day there. */
function when(instant: Date, at: Date, clock: Clock): string {
  const sameDay = clock.zones.dateOf(instant, clock.zone) === clock.zones.dateOf(at, clock.zone);
  return inZone(clock, instant, clock.zone, sameDay ? 'HH:mm' : 'EEE HH:mm');
}

/** "S2 " when the sessions share a number, and each title, with its track when there are several. */
function names(sessions: readonly Session[]): { prefix: string; titles: string[]; labels: string[] } {
  const number = sessions[0].number;
  const shared = number !== null && sessions.every((s) => s.number === number);
  const several = sessions.length > 1;
  return {
    prefix: shared ? `S${number} ` : '',
    titles: sessions.map((s) => show(s.title) + (s.note === undefined ? '' : ` (${show(s.note)})`)),
    labels: sessions.map((s) => `${several && s.track !== null ? `${show(s.track)}: ` : ''}${!shared && s.number !== null ? `S${s.number} ` : ''}`),
  };
}

const length = (text: string) => [...text].length;

/** The line, fitted to ONELINE_WIDTH. */
function fitted(lead: string, sessions: readonly Session[], tails: string[], optional: string[], g: Glyphs): string {
  const { prefix, titles, labels } = names(sessions);
  const compose = (ts: string[], extra: string[]) =>
    [`${lead} ${prefix}${ts.map((t, k) => labels[k] + t).join(g.separator)}`, ...tails, ...extra].join(g.separator);
  // Whole titles first, dropping the optional tails if need be; then shortened titles, with the tails again.
  for (let keep = optional.length; keep >= 0; keep--) {
    const line = compose(titles, optional.slice(0, keep));
    if (length(line) <= ONELINE_WIDTH) return line;
  }
  for (let keep = optional.length; keep >= 0; keep--) {
    const extra = optional.slice(0, keep);
    const ts = [...titles];
    for (;;) {
      const line = compose(ts, extra);
      if (length(line) <= ONELINE_WIDTH) return line;
      const longest = ts.reduce((best, t, k) => (length(t) > length(ts[best]) ? k : best), 0);
      const chars = [...ts[longest]];
      if (chars.length <= 8) break;
      ts[longest] = chars.slice(0, chars.length - length(g.cut) - 1).join('').trimEnd() + g.cut;
    }
  }
  return [...compose(titles, [])].slice(0, ONELINE_WIDTH).join('');
}

export function renderOneline(result: NowResult, title: string, clock: Clock, unicode: boolean): string {
  const g = unicode ? UNICODE : ASCII;
  const { at } = result;
  if (result.now.length > 0) {
    const first = result.now[0];
    const left = first.endsAt === null ? 'no set end' : `${shortSpan(at, first.until)} left`;
    const next = result.next[0] === undefined ? [] : [`next ${when(result.next[0].startsAt, at, clock)}`];
    return `${fitted(g.on, result.now, [left], next, g)}\n`;
  }
  if (result.next.length > 0) {
    const start = result.next[0].startsAt;
    return `${fitted(`${g.waiting} ${when(start, at, clock)}`, result.next, [`in ${shortSpan(at, start)}`], [], g)}\n`;
  }
  return `${[...`${g.over} ${show(title)} is over`].slice(0, ONELINE_WIDTH).join('')}\n`;
}

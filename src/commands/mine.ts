/** mine: my agenda by day, with priorities and conflicts; --share and --friend carry it to someone else. */
import { byDay, filterSessions } from '../core/agenda';
import { conflicts } from '../core/conflicts';
import { missingStars, starredSessions } from '../core/mine';
import { decodeShare, encodeShare } from '../core/share';
import { UsageError } from '../errors';
import { parseDay } from '../options';
import { mineJson } from '../render/json';
import { renderFriend, renderMine } from '../render/mine';
import { show } from '../render/text';
import { NO_STARS } from './personal';
import * as flag from './flags';
import type { Context, Output } from './context';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'mine',
  summary: 'my starred sessions by day, with priorities and conflicts',
  details:
    'A conflict is two starred sessions that overlap in time (Track A against Track B on Tuesday); each names the other. --share prints a short string with my stars; --friend STRING shows those of the friend who sent it beside mine.',
  args: [],
  options: [
    flag.day,
    { flags: '--share', key: 'share', help: 'print a short string that carries my stars (for mine --friend)' },
    { flags: '--friend <string>', key: 'friend', help: "show a friend's stars (their mine --share string) beside mine" },
    flag.tz,
    flag.json,
    ...flag.dataAndColor,
  ],
  examples: ['xensummit mine', 'xensummit mine --share', 'xensummit mine --friend xs1.…'],
};

export interface MineCommandOptions {
  day?: string;
  share?: boolean;
  friend?: string;
}

export function run(ctx: Context, options: MineCommandOptions, _args: string[]): Output {
  const { conference } = ctx;
  const mine = ctx.state.read();
  if (options.share === true) {
    if (options.friend !== undefined) throw new UsageError('mine takes --share or --friend, not both');
    const out = `${encodeShare({ acronym: conference.acronym, stars: mine.stars })}\n`;
    return ctx.json ? { out: `${JSON.stringify({ share: out.trim() })}\n` } : { out };
  }
  const friend = options.friend === undefined ? undefined : decodeShare(options.friend);
  if (friend !== undefined && friend.acronym !== conference.acronym) {
    throw new UsageError(`invalid --friend: the share string is for ${JSON.stringify(show(friend.acronym))}, not ${JSON.stringify(conference.acronym)}`);
  }
  const filter = { date: options.day === undefined ? undefined : parseDay(options.day, conference.days).date };
  const sessions = filterSessions(conference.sessions, filter);
  const mineSessions = starredSessions(sessions, mine);
  const missing = missingStars(conference.sessions, mine);
  if (friend !== undefined) {
    const friendSet = new Set(Object.keys(friend.stars));
    const mineSet = new Set(Object.keys(mine.stars));
    const either = sessions.filter((s) => mineSet.has(s.id) || friendSet.has(s.id));
    const friendMissing = Object.keys(friend.stars).filter((id) => !conference.sessions.some((s) => s.id === id));
    if (ctx.json) return { out: mineJson({ sessions: mineSessions, stars: mine.stars, conflicts: conflicts(mineSessions), missing, friend: friend.stars }, ctx.jsonClock, ctx.pretty) };
    return { out: renderFriend({ days: byDay(conference.days, either), mine: mineSet, friend: friendSet, missing: friendMissing, mark: ctx.starMark }, ctx.render) };
  }
  const clashes = conflicts(mineSessions);
  if (ctx.json) return { out: mineJson({ sessions: mineSessions, stars: mine.stars, conflicts: clashes, missing }, ctx.jsonClock, ctx.pretty) };
  if (mineSessions.length === 0 && missing.length === 0) {
    return { out: '', err: filter.date !== undefined && Object.keys(mine.stars).length > 0 ? `No starred sessions on ${filter.date}.\n` : NO_STARS };
  }
  const view = { days: byDay(conference.days, mineSessions), priority: (id: string) => mine.stars[id], conflicts: clashes, missing, mark: ctx.starMark };
  return { out: renderMine(view, ctx.render) };
}

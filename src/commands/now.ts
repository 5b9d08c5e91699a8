/** now: what is on in each room at a moment, and what starts next. */
import { filterSessions, nextSessions, whatsOn } from '../core/agenda';
import { starredSessions } from '../core/mine';
import { nowJson } from '../render/json';
import { renderNow } from '../render/now';
import { makeFilter, type Context, type Output } from './context';
import { NO_STARS, chosen, hasStars, markedRender, type MineOptions } from './personal';
import * as flag from './flags';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'now',
  summary: 'what is on now in each room, and what starts next (the default command)',
  details: 'A session is on from its start up to, not including, its end; one with no end in the data is on until its day ends.',
  args: [],
  options: [flag.track, flag.mine, flag.all, flag.at, flag.tz, flag.json, ...flag.dataAndColor],
  examples: ['xensummit now', 'xensummit now --at "tues 10:45" --track B', 'xensummit now --mine', 'xensummit now --at 2007-04-17T14:45:00Z --json'],
};

export function run(ctx: Context, options: { track?: string } & MineOptions): Output {
  const { conference } = ctx;
  const mine = ctx.state.read();
  const sessions = chosen(filterSessions(conference.sessions, makeFilter({ track: options.track }, conference)), mine, { all: options.all });
  if (options.mine === true && !hasStars(sessions, mine) && !ctx.json) return { out: '', err: NO_STARS };
  let result = whatsOn(sessions, conference.days, ctx.at);
  if (options.mine === true) {
    // Where the summit stands is the summit's; what is on and next, only mine.
    const starred = starredSessions(sessions, mine);
    result = { ...result, now: result.now.filter((s) => starred.includes(s)), next: nextSessions(starred, ctx.at) };
  }
  return { out: ctx.json ? nowJson(result, ctx.jsonClock, ctx.pretty) : renderNow(result, markedRender(ctx, mine), options.mine === true) };
}

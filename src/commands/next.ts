/** next: the sessions that start next. */
import { filterSessions, nextSessions } from '../core/agenda';
import { sessionsJson } from '../render/json';
import { renderNext } from '../render/now';
import { finish } from '../render/text';
import { makeFilter, type Context, type Output } from './context';
import { NO_STARS, chosen, hasStars, markedRender, type MineOptions } from './personal';
import * as flag from './flags';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'next',
  summary: 'the sessions that start next',
  args: [],
  options: [flag.track, flag.mine, flag.all, flag.at, flag.tz, flag.json, ...flag.dataAndColor],
  examples: ['xensummit next --at "weds 9:00"', 'xensummit next --track A'],
};

export function run(ctx: Context, options: { track?: string } & MineOptions): Output {
  const { conference } = ctx;
  const mine = ctx.state.read();
  const sessions = chosen(filterSessions(conference.sessions, makeFilter({ track: options.track }, conference)), mine, options);
  const next = nextSessions(sessions, ctx.at);
  if (ctx.json) return { out: sessionsJson(next, ctx.jsonClock, ctx.pretty) };
  if (options.mine === true && !hasStars(sessions, mine)) return { out: '', err: NO_STARS };
  if (next.length === 0) return { out: '', err: options.mine === true ? 'None of my starred sessions starts after this moment.\n' : 'No session starts after this moment: the summit is over.\n' };
  return { out: finish(renderNext(next, ctx.at, markedRender(ctx, mine)).join('\n')) };
}

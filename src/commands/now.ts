/** now: what is on in each room at a moment, and what starts next. */
import { filterSessions, whatsOn } from '../core/agenda';
import { nowJson } from '../render/json';
import { renderNow } from '../render/now';
import { makeFilter, type Context, type Output } from './context';
import * as flag from './flags';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'now',
  summary: 'what is on now in each room, and what starts next (the default command)',
  details: 'A session is on from its start up to, not including, its end; one with no end in the data is on until its day ends.',
  args: [],
  options: [flag.track, flag.room, flag.at, flag.tz, flag.json, ...flag.dataAndColor],
  examples: ['xensummit now', 'xensummit now --at "tues 10:45" --track B', 'xensummit now --at 2007-04-17T14:45:00Z --json'],
};

export function run(ctx: Context, options: { track?: string; room?: string; data?: string }): Output {
  const { conference } = ctx;
  const sessions = filterSessions(conference.sessions, makeFilter({ track: options.track, room: options.room }, conference));
  const result = whatsOn(sessions, conference.days, ctx.at);
  return { out: ctx.json ? nowJson(result, ctx.jsonClock, ctx.pretty) : renderNow(result, ctx.render, conference.kind, options.data) };
}

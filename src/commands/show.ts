/** show ID: one session in full. */
import { UsageError } from '../errors';
import { suggestion } from '../core/suggest';
import { showJson } from '../render/json';
import { renderShow } from '../render/show';
import * as flag from './flags';
import type { Context, Output } from './context';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'show',
  summary: 'one session in full: title, times on both clocks, room, track, speakers or chair, abstract, description, links',
  args: [{ name: 'id', help: "the session's id (schedule --json lists them)", required: true, complete: 'sessions' }],
  options: [flag.tz, flag.json, ...flag.dataAndColor],
  examples: ['xensummit show tue-2a', 'xensummit show 6264 --data schedule.xml', 'xensummit show wed-7 --json'],
};

export function run(ctx: Context, _options: unknown, [id]: string[]): Output {
  const { sessions } = ctx.conference;
  const wanted = id.trim();
  const session = sessions.find((s) => s.id === wanted) ?? sessions.find((s) => s.id.toLowerCase() === wanted.toLowerCase());
  if (session === undefined) {
    const ids = sessions.map((s) => s.id);
    throw new UsageError(`no session has the id "${id}" (schedule --json lists the ids)${suggestion(wanted, ids)}`);
  }
  if (ctx.json) return { out: showJson(session, ctx.jsonClock, ctx.pretty) };
  return { out: renderShow(session, ctx.conference, ctx.render) };
}

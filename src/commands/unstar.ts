/** unstar: take sessions off my agenda. */
import { removeStars } from '../core/mine';
import { parseSessionIds } from '../options';
import { brief } from '../render/mine';
import { finish, show } from '../render/text';
import { sessionsById } from './personal';
import * as flag from './flags';
import type { Context, Output } from './context';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'unstar',
  summary: 'take sessions off my agenda',
  details: 'Takes ids of the data, and starred ids that the data no longer has (mine lists them).',
  args: [flag.sessionIds],
  options: [flag.data],
  examples: ['xensummit unstar tue-2a'],
};

export function run(ctx: Context, _options: unknown, args: string[]): Output {
  const byId = sessionsById(ctx.conference);
  const render = ctx.render;
  return ctx.state.change((read) => {
    const ids = parseSessionIds(args.flat(), [...new Set([...byId.keys(), ...Object.keys(read.stars)])]);
    const lines = ids.map((id) => {
      const s = byId.get(id);
      const what = s === undefined ? `${show(id)} (not in the data any more)` : brief(s, render);
      return read.stars[id] === undefined ? `Was not starred: ${what}.` : `Unstarred ${what}.`;
    });
    return { mine: removeStars(read, ids), result: { out: finish(lines.join('\n')) } };
  });
}

/** star: add sessions to my agenda, with a priority. */
import { XensummitError } from '../errors';
import { conflicts } from '../core/conflicts';
import { PRIORITIES, addStars, hiddenBy, starredSessions, type Priority } from '../core/mine';
import { parseChoice, parseSessionIds } from '../options';
import { brief } from '../render/mine';
import { finish, show } from '../render/text';
import { trackName } from '../render/words';
import { sessionsById } from './personal';
import * as flag from './flags';
import type { Context, Output } from './context';
import type { CommandSpec } from './spec';

const parsePriority = (value: string): Priority => parseChoice('--priority', value, PRIORITIES);

export const spec: CommandSpec = {
  name: 'star',
  summary: 'star sessions for my agenda (see mine), with a priority',
  details:
    'Stars are kept in the state folder, one file per conference (README, "My summit"). Starring a starred session again sets its priority. A hidden session cannot be starred: unhide it first.',
  args: [flag.sessionIds],
  options: [{ flags: '--priority <priority>', key: 'priority', help: 'high or normal (default normal)', complete: PRIORITIES, parse: parsePriority }, flag.data],
  examples: ['xensummit star tue-2a --priority high', 'xensummit star tue-3b wed-5'],
};

export function run(ctx: Context, options: { priority?: Priority }, args: string[]): Output {
  const { conference } = ctx;
  const byId = sessionsById(conference);
  const ids = parseSessionIds(args.flat(), [...byId.keys()]);
  const priority = options.priority ?? 'normal';
  const render = ctx.render;
  return ctx.state.change((read) => {
    for (const id of ids) {
      const s = byId.get(id)!;
      const why = hiddenBy(read, s);
      if (why === 'track') throw new XensummitError(`${id} is hidden with ${trackName(s.track)}: unhide it first (xensummit unhide --track ${s.track})`);
      if (why === 'session') throw new XensummitError(`${id} is hidden: unhide it first (xensummit unhide ${id})`);
    }
    const mine = addStars(read, ids, priority);
    const lines = ids.map((id) => {
      const was = read.stars[id];
      const what = brief(byId.get(id)!, render);
      if (was === undefined) return `Starred ${what}${priority === 'high' ? ', high priority' : ''}.`;
      return was === priority ? `Already starred: ${what}, ${priority} priority.` : `Now ${priority} priority (was ${was}): ${what}.`;
    });
    const clashes = conflicts(starredSessions(conference.sessions, mine));
    for (const id of ids) {
      const others = clashes.get(id);
      if (others === undefined) continue;
      const named = others.slice(0, 3).map((o) => show(o.id)).join(', ');
      const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
      lines.push(`Note: ${id} is at the same time as ${named}${more}, also starred (xensummit mine shows the conflicts).`);
    }
    return { mine, result: { out: finish(lines.join('\n')) } };
  });
}

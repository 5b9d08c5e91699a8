/** unhide: bring back what hide left out. */
import { UsageError, XensummitError } from '../errors';
import { tracksOf } from '../core/agenda';
import { EMPTY, removeHidden } from '../core/mine';
import { parseSessionIds, parseTrack } from '../options';
import { brief } from '../render/mine';
import { finish, show } from '../render/text';
import { trackName } from '../render/words';
import { sessionsById } from './personal';
import * as flag from './flags';
import type { Context, Output } from './context';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'unhide',
  summary: 'bring back hidden sessions: the ids or track that hide was given, or --all of them',
  details: 'unhide takes what hide took: session ids hidden one by one, --track for a hidden track, or --all for everything hidden. A session hidden with its track comes back with the track.',
  args: [{ ...flag.sessionIds, required: false }],
  options: [{ ...flag.track, help: 'bring back this hidden track' }, { flags: '--all', key: 'all', help: 'bring back everything hidden' }, flag.data],
  examples: ['xensummit unhide --track B', 'xensummit unhide --all'],
};

export function run(ctx: Context, options: { track?: string; all?: boolean }, args: string[]): Output {
  const { conference } = ctx;
  const byId = sessionsById(conference);
  const track = options.track === undefined ? undefined : parseTrack(options.track, tracksOf(conference.sessions));
  const render = ctx.render;
  const name = (id: string) => (byId.has(id) ? brief(byId.get(id)!, render) : `${show(id)} (not in the data any more)`);
  return ctx.state.change((read) => {
    const ids = parseSessionIds(args.flat(), [...new Set([...byId.keys(), ...read.hidden.sessions])]);
    const hiddenNow = [...read.hidden.tracks.map(trackName), ...read.hidden.sessions];
    if (ids.length === 0 && track === undefined && options.all !== true) {
      throw new UsageError(`unhide needs session ids, --track or --all (hidden now: ${hiddenNow.length === 0 ? 'nothing' : hiddenNow.join(', ')})`);
    }
    for (const id of ids) {
      const s = byId.get(id);
      if (s !== undefined && s.track !== null && read.hidden.tracks.includes(s.track) && !read.hidden.sessions.includes(id) && track !== s.track && options.all !== true) {
        throw new XensummitError(`${id} is hidden with ${trackName(s.track)}: xensummit unhide --track ${s.track} brings it back`);
      }
    }
    if (options.all === true) {
      const lines = hiddenNow.length === 0 ? ['Nothing was hidden.'] : [`Nothing hidden any more (brought back ${hiddenNow.join(', ')}).`];
      return { mine: { ...read, hidden: EMPTY.hidden }, result: { out: finish(lines.join('\n')) } };
    }
    const lines: string[] = [];
    if (track !== undefined) lines.push(read.hidden.tracks.includes(track) ? `Back: ${trackName(track)}.` : `Was not hidden: ${trackName(track)}.`);
    for (const id of ids) lines.push(read.hidden.sessions.includes(id) ? `Back: ${name(id)}.` : `Was not hidden: ${name(id)}.`);
    return { mine: removeHidden(read, { tracks: track === undefined ? [] : [track], sessions: ids }), result: { out: finish(lines.join('\n')) } };
  });
}

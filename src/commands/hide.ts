/** hide: leave a track or sessions out of now, next and schedule. */
import { UsageError, XensummitError } from '../errors';
import { tracksOf } from '../core/agenda';
import { addHidden, isStarred } from '../core/mine';
import { parseSessionIds, parseTrack } from '../options';
import { brief } from '../render/mine';
import { finish } from '../render/text';
import { trackName } from '../render/words';
import { sessionsById } from './personal';
import * as flag from './flags';
import type { Context, Output } from './context';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'hide',
  summary: 'leave a track or sessions out of now, next and schedule (--all shows them)',
  details: 'A starred session cannot be hidden, nor a track with one: unstar it first. unhide undoes it.',
  args: [{ ...flag.sessionIds, required: false }],
  options: [{ ...flag.track, help: 'hide this track (A or B); sessions for everyone stay' }, flag.data],
  examples: ['xensummit hide --track B', 'xensummit hide tue-dinner'],
};

export function run(ctx: Context, options: { track?: string }, args: string[]): Output {
  const { conference } = ctx;
  const byId = sessionsById(conference);
  const ids = parseSessionIds(args.flat(), [...byId.keys()]);
  const track = options.track === undefined ? undefined : parseTrack(options.track, tracksOf(conference.sessions));
  if (ids.length === 0 && track === undefined) throw new UsageError('hide needs session ids or --track');
  const render = ctx.render;
  return ctx.state.change((read) => {
    const starred = conference.sessions.filter((s) => isStarred(read, s.id) && (ids.includes(s.id) || (track !== undefined && s.track === track)));
    if (starred.length > 0) {
      const names = starred.map((s) => s.id).join(', ');
      throw new XensummitError(`cannot hide starred session${starred.length === 1 ? '' : 's'} ${names}: unstar ${starred.length === 1 ? 'it' : 'them'} first (xensummit unstar ${names.replace(/,/g, '')})`);
    }
    const lines: string[] = [];
    if (track !== undefined) {
      const count = conference.sessions.filter((s) => s.track === track).length;
      lines.push(read.hidden.tracks.includes(track) ? `Already hidden: ${trackName(track)}.` : `Hidden: ${trackName(track)} (${count} session${count === 1 ? '' : 's'}).`);
    }
    for (const id of ids) lines.push(read.hidden.sessions.includes(id) ? `Already hidden: ${brief(byId.get(id)!, render)}.` : `Hidden: ${brief(byId.get(id)!, render)}.`);
    lines.push('now, next and schedule leave them out; --all shows them, unhide brings them back.');
    return { mine: addHidden(read, { tracks: track === undefined ? [] : [track], sessions: ids }), result: { out: finish(lines.join('\n')) } };
  });
}

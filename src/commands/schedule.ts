/** schedule: the agenda by day, the tracks side by side. */
import { byDay, filterSessions } from '../core/agenda';
import { sessionsJson } from '../render/json';
import { renderSchedule } from '../render/schedule';
import { describeFilter, makeFilter, type Context, type FilterOptions, type Output } from './context';
import { hiddenCount } from '../core/mine';
import { NO_STARS, chosen, hasStars, markedRender, type MineOptions } from './personal';
import * as flag from './flags';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'schedule',
  summary: 'the agenda, by day; on a day with two tracks, side by side',
  args: [],
  options: [...flag.filters, flag.mine, flag.all, flag.tz, flag.json, ...flag.dataAndColor],
  examples: ['xensummit schedule --day weds', 'xensummit schedule --track B', 'xensummit schedule --mine', 'xensummit schedule --chair fraser --json'],
};

export function noMatch(options: FilterOptions): string {
  return `No sessions match ${describeFilter(options)}.\n`;
}

export function run(ctx: Context, options: FilterOptions & MineOptions): Output {
  const { conference } = ctx;
  const mine = ctx.state.read();
  const filtered = filterSessions(conference.sessions, makeFilter({ day: options.day, track: options.track, chair: options.chair }, conference));
  const sessions = chosen(filtered, mine, options);
  const hidden = options.all === true || options.mine === true ? 0 : hiddenCount(filtered, mine);
  const note = hidden === 0 ? '' : `${hidden} hidden session${hidden === 1 ? '' : 's'} left out; --all shows ${hidden === 1 ? 'it' : 'them'}.\n`;
  const none = sessions.length > 0 ? undefined : options.mine === true && !hasStars(filtered, mine) ? NO_STARS : noMatch(options);
  if (ctx.json) return { out: sessionsJson(sessions, ctx.jsonClock, ctx.pretty), err: (none ?? '') + note || undefined };
  if (none !== undefined) return { out: '', err: none + note };
  return { out: renderSchedule(byDay(conference.days, sessions), conference.rooms, markedRender(ctx, mine)), err: note || undefined };
}

/** schedule: the agenda by day, the tracks side by side. */
import { byDay, filterSessions } from '../core/agenda';
import { sessionsJson } from '../render/json';
import { renderSchedule } from '../render/schedule';
import { describeFilter, makeFilter, type Context, type FilterOptions, type Output } from './context';
import * as flag from './flags';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'schedule',
  summary: 'the agenda, by day; on a day with two tracks, side by side',
  args: [],
  options: [...flag.filters, flag.tz, flag.json, ...flag.dataAndColor],
  examples: ['xensummit schedule --day weds', 'xensummit schedule --track B', 'xensummit schedule --chair fraser --json'],
};

export function noMatch(options: FilterOptions): string {
  return `No sessions match ${describeFilter(options)}.\n`;
}

export function run(ctx: Context, options: FilterOptions): Output {
  const { conference } = ctx;
  const sessions = filterSessions(conference.sessions, makeFilter(options, conference));
  const none = sessions.length === 0 ? noMatch(options) : undefined;
  if (ctx.json) return { out: sessionsJson(sessions, ctx.jsonClock, ctx.pretty), err: none };
  if (none !== undefined) return { out: '', err: none };
  return { out: renderSchedule(byDay(conference.days, sessions), conference.rooms, ctx.render, conference.kind) };
}

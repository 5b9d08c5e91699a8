/** now, next and schedule. */
import { byDate, filterSessions, nextSessions, whatsOn } from '../agenda';
import { nowJson, sessionsJson } from '../render/json';
import { renderNext, renderNow } from '../render/now';
import { renderSchedule } from '../render/schedule';
import { finish } from '../render/text';
import { describeFilter, makeFilter, type Context, type FilterOptions, type Output } from './context';

export function nowCommand(ctx: Context, options: { track?: string }): Output {
  const filter = makeFilter({ track: options.track }, ctx.summit);
  const sessions = filterSessions(ctx.summit.sessions, filter);
  const result = whatsOn(sessions, ctx.at);
  const zone = ctx.summit.venue.timeZone;
  return { out: ctx.json ? nowJson(result, zone, ctx.prettyJson) : renderNow(result, sessions, ctx.render) };
}

export function nextCommand(ctx: Context, options: { track?: string }): Output {
  const filter = makeFilter({ track: options.track }, ctx.summit);
  const next = nextSessions(filterSessions(ctx.summit.sessions, filter), ctx.at);
  const zone = ctx.summit.venue.timeZone;
  if (ctx.json) return { out: sessionsJson(next, zone, ctx.prettyJson) };
  if (next.length === 0) return { out: '', err: 'No session starts after this moment: the summit is over.\n' };
  return { out: finish(renderNext(next, ctx.at, ctx.render).join('\n')) };
}

export function scheduleCommand(ctx: Context, options: FilterOptions): Output {
  const filter = makeFilter(options, ctx.summit);
  const sessions = filterSessions(ctx.summit.sessions, filter);
  const zone = ctx.summit.venue.timeZone;
  if (ctx.json) return { out: sessionsJson(sessions, zone, ctx.prettyJson), err: sessions.length === 0 ? noMatch(options) : undefined };
  if (sessions.length === 0) return { out: '', err: noMatch(options) };
  const grouped = byDate(sessions);
  const days = ctx.summit.days.map((day) => ({ day, sessions: grouped.get(day.date) ?? [] }));
  return { out: renderSchedule(days, ctx.summit.rooms, ctx.render) };
}

function noMatch({ day, track, chair }: FilterOptions): string {
  return `No sessions match ${describeFilter({ day, track, chair })}.\n`;
}

/** stats, changelog, info and search. */
import { UsageError } from '../errors';
import { chartKey, queryStats, SORT_KEYS, type SortKey } from '../stats';
import { pruneChangelog, search } from '../search';
import { changelogJson, json, sessionJson, statsJson } from '../render/json';
import { renderBenchmarks, renderChangelog } from '../render/changelog';
import { renderInfo } from '../render/info';
import { renderSearch } from '../render/search';
import { renderStatsChart, renderStatsTable } from '../render/stats';
import { suggestion } from '../suggest';
import type { Context, Output } from './context';

/** --sort: one of SORT_KEYS, in any case, "check-ins" too. */
export function parseSort(value: string): SortKey {
  const word = value.trim().toLowerCase().replace(/-/g, '');
  const key = SORT_KEYS.find((k) => k === word);
  if (key === undefined) throw new UsageError(`invalid --sort "${value}": use one of ${SORT_KEYS.join(', ')}${suggestion(word, SORT_KEYS)}`);
  return key;
}

/** --top: a whole number of 1 or more. */
export function parseTop(value: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`invalid --top "${value}": use a whole number of 1 or more`);
  return n;
}

export interface StatsCommandOptions {
  sort?: SortKey;
  reverse?: boolean;
  top?: number;
  chart?: boolean;
}

export function statsCommand(ctx: Context, options: StatsCommandOptions): Output {
  const { stats } = ctx.record;
  const result = queryStats(stats.rows, { sort: options.sort, reverse: options.reverse, top: options.top });
  if (ctx.json) return { out: statsJson(result.rows, ctx.prettyJson) };
  if (options.chart) return { out: renderStatsChart(result, chartKey(options.sort), stats.note, ctx.render) };
  return { out: renderStatsTable(result, `${stats.title} (${stats.note})`, ctx.render) };
}

export function changelogCommand(ctx: Context, options: { grep?: string }): Output {
  const { changelog, benchmarks } = ctx.record;
  const lists = options.grep === undefined ? changelog : pruneChangelog(changelog, options.grep);
  if (ctx.json) return { out: changelogJson(lists, ctx.prettyJson) };
  if (lists.length === 0) return { out: '', err: `No changelog item matches ${JSON.stringify(options.grep)}.\n` };
  const parts = [renderChangelog(lists, ctx.render)];
  if (options.grep === undefined) parts.push(renderBenchmarks(benchmarks, ctx.render));
  return { out: parts.join('\n') };
}

export function infoCommand(ctx: Context): Output {
  if (!ctx.json) return { out: renderInfo(ctx.summit, ctx.render) };
  const { title, venue, rooms, logistics, days, benchmarks, sessions } = ctx.summit;
  const zone = venue.timeZone;
  return {
    out: json({ title, venue, rooms, logistics, days, benchmarks, sessions: sessions.map((s) => sessionJson(s, zone)) }, ctx.prettyJson),
  };
}

export function searchCommand(ctx: Context, text: string): Output {
  if (text.trim() === '') throw new UsageError('search needs some text to look for, e.g. xensummit search xenapi');
  const result = search(ctx.summit.sessions, ctx.summit.changelog, text);
  const zone = ctx.summit.venue.timeZone;
  const empty = result.sessions.length === 0 && result.changes.length === 0;
  const err = empty ? `Nothing matches ${JSON.stringify(text)}.\n` : undefined;
  if (ctx.json) {
    const hits = [
      ...result.sessions.map((s) => ({ kind: 'session', session: sessionJson(s, zone) })),
      ...result.changes.map((c) => ({ kind: 'change', list: c.list, parents: c.parents, text: c.text })),
    ];
    return { out: json(hits, ctx.prettyJson), err };
  }
  return { out: empty ? '' : renderSearch(result, ctx.render), err };
}

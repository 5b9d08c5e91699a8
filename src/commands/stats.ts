/** stats: who wrote Xen since 3.0.0. */
import { chartKey, chartSort, queryStats, SORT_KEYS, type SortKey } from '../core/stats';
import { parseSort, parseTop } from '../options';
import { statsJson } from '../render/json';
import { renderStatsChart, renderStatsTable } from '../render/stats';
import * as flag from './flags';
import { deckPart, type Context, type Output } from './context';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'stats',
  summary: 'who wrote Xen since 3.0.0: check-ins and insertions by domain',
  args: [],
  options: [
    { flags: '--sort <key>', key: 'sort', help: "aliases, checkins, insertions (largest first), domain (A-Z) or deck (the deck's order); default: the deck's order, and for --chart its key", complete: SORT_KEYS, parse: parseSort },
    { flags: '--reverse', key: 'reverse', help: 'reverse the order ("other" stays last)' },
    { flags: '--top <n>', key: 'top', help: 'show only the first N rows', parse: parseTop },
    { flags: '--chart', key: 'chart', help: 'horizontal bars of the sort key (check-ins by default), largest first unless --sort says otherwise' },
    flag.json,
    ...flag.dataAndColor,
  ],
  examples: ['xensummit stats --sort checkins', 'xensummit stats --sort insertions --top 5 --chart', 'xensummit stats --json'],
};

export interface StatsOptions {
  sort?: SortKey;
  reverse?: boolean;
  top?: number;
  chart?: boolean;
}

export function run(ctx: Context, options: StatsOptions): Output {
  const stats = deckPart(ctx.conference, ctx.conference.stats, 'contributor stats');
  const sort = options.chart ? chartSort(options.sort) : options.sort;
  const result = queryStats(stats.rows, { sort, reverse: options.reverse, top: options.top });
  if (ctx.json) return { out: statsJson(result.rows, ctx.pretty) };
  if (options.chart) return { out: renderStatsChart(result, chartKey(options.sort), stats.note, ctx.render) };
  return { out: renderStatsTable(result, `${stats.title} (${stats.note})`, ctx.render) };
}

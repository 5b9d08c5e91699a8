/** changelog: what changed since Xen 3.0.0, and the benchmark charts the deck showed. */
import { pruneChangelog } from '../core/search';
import { changelogJson } from '../render/json';
import { renderBenchmarks, renderChangelog } from '../render/changelog';
import * as flag from './flags';
import { deckPart, type Context, type Output } from './context';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'changelog',
  summary: 'what changed since Xen 3.0.0, and the benchmark charts the deck showed',
  args: [],
  options: [{ flags: '--grep <text>', key: 'grep', help: 'only the items that contain this text (any case, any accents)' }, flag.json, ...flag.dataAndColor],
  examples: ['xensummit changelog', 'xensummit changelog --grep hvm'],
};

export function run(ctx: Context, options: { grep?: string }): Output {
  const changelog = deckPart(ctx.conference, ctx.conference.changelog, 'change log');
  const benchmarks = deckPart(ctx.conference, ctx.conference.benchmarks, 'benchmark charts');
  const lists = options.grep === undefined ? changelog : pruneChangelog(changelog, options.grep);
  if (ctx.json) return { out: changelogJson(lists, ctx.pretty) };
  if (lists.length === 0) return { out: '', err: `No changelog item matches ${JSON.stringify(options.grep)}.\n` };
  const parts = [renderChangelog(lists, ctx.render)];
  if (options.grep === undefined) parts.push(renderBenchmarks(benchmarks, ctx.render));
  return { out: parts.join('\n') };
}

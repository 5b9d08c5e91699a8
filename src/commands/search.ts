/** search: sessions and changelog items that contain some text. */
import { search } from '../core/search';
import { UsageError } from '../errors';
import { searchJson } from '../render/json';
import { renderSearch } from '../render/search';
import * as flag from './flags';
import type { Context, Output } from './context';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'search',
  summary: 'sessions (title, subtitle, chair, speakers) and changelog items that contain TEXT, in any case',
  args: [{ name: 'text', help: 'what to look for', required: true }],
  options: [flag.tz, flag.json, ...flag.dataAndColor],
  examples: ['xensummit search xenapi', 'xensummit search "keir" --json'],
};

export function run(ctx: Context, _options: unknown, [text]: string[]): Output {
  if (text.trim() === '') throw new UsageError('search needs some text to look for, e.g. xensummit search xenapi');
  const result = search(ctx.conference.sessions, ctx.conference.changelog ?? [], text);
  const empty = result.sessions.length === 0 && result.changes.length === 0;
  const err = empty ? `Nothing matches ${JSON.stringify(text)}.\n` : undefined;
  if (ctx.json) return { out: searchJson(result, ctx.jsonClock, ctx.pretty), err };
  return { out: empty ? '' : renderSearch(result, ctx.render), err };
}

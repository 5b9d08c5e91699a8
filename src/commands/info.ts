/** info: rooms and directions, logistics, and the days at a glance. */
import { infoJson } from '../render/json';
import { renderInfo } from '../render/info';
import * as flag from './flags';
import type { Context, Output } from './context';
import type { CommandSpec } from './spec';

export const spec: CommandSpec = {
  name: 'info',
  summary: 'rooms and directions, WiFi, badges, restrooms, T-shirts, and the days at a glance',
  args: [],
  options: [flag.json, ...flag.dataAndColor],
  examples: ['xensummit info', 'xensummit info --json'],
};

export function run(ctx: Context): Output {
  return { out: ctx.json ? infoJson(ctx.conference, ctx.jsonClock, ctx.pretty) : renderInfo(ctx.conference, ctx.render) };
}

/** The one place that turns a colour level into a Style, with chalk. */
import { Chalk } from 'chalk';
import { plain, type Style } from './render/style';
import type { ColorLevel } from './color';

export function paint(level: ColorLevel): Style {
  if (level === 0) return plain;
  const c = new Chalk({ level });
  return {
    heading: c.bold,
    strong: c.bold,
    time: c.cyan,
    track: c.magenta,
    live: c.green,
    muted: c.dim,
    bar: c.cyan,
  };
}

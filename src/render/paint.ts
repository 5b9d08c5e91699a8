/** The one place that turns a colour level into a Style, with chalk. */
import { plain, type Style } from './style';
import type { ColorLevel } from '../terminal';

export function paint(level: ColorLevel): Style {
  if (level === 0) return plain;
  // Loaded only when colour is on: most runs (pipes, NO_COLOR) never need it.
  const { Chalk } = require('chalk') as typeof import('chalk');
  const c = new Chalk({ level });
  // One argument only: chalk joins extra arguments, so `.map(style.time)` would paint the index too.
  const one = (painter: (text: string) => string) => (text: string) => painter(text);
  return {
    heading: one(c.bold),
    strong: one(c.bold),
    time: one(c.cyan),
    track: one(c.magenta),
    live: one(c.green),
    muted: one(c.dim),
    bar: one(c.cyan),
  };
}

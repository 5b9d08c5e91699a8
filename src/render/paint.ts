/**
 * The one place that turns a colour level into a Style, with chalk.
 *
 * Key facts (times, time left, titles) are in the terminal's own colour or bold, so they read on a
 * dark and on a white background alike; colour is only an accent, and only magenta, which keeps
 * about 4.5:1 contrast on both with the xterm palette (cyan and green fall to about 2:1 on white).
 */
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
    time: plain.time,
    track: one(c.magenta),
    live: one(c.bold),
    muted: one(c.dim),
    bar: one(c.magenta),
  };
}

/**
 * The one place that turns a colour level into a Style.
 *
 * Key facts (times, time left, titles) are in the terminal's own colour or bold, so they read on a
 * dark and on a white background alike; colour is only an accent, and only magenta, which keeps
 * about 4.5:1 contrast on both with the xterm palette (cyan and green fall to about 2:1 on white).
 *
 * The codes are chalk's, written as chalk 5 writes them (its applyStyle) and held equal to chalk by
 * a property test (test/render/paint.test.ts). chalk itself is not loaded: on a terminal, loading it
 * and building its styles cost about 3 ms of every coloured start (BENCHMARKS.md), for three codes
 * that are the same at every colour level.
 */
import { plain, type Paint, type Style } from './style';
import type { ColorLevel } from '../terminal';

/**
 * A painter that opens with `open` and ends with `close`, as chalk does: a `close` already in the
 * text (a part painted inside) is followed by `open` again, so the rest stays painted; and the
 * style is closed before each line break and opened after it, so it never bleeds past a line.
 */
function painter(open: string, close: string): Paint {
  return (text) => {
    if (text === '') return text;
    let s = text.includes('\u001B') ? text.split(close).join(close + open) : text;
    if (s.includes('\n')) s = s.replace(/\r?\n/g, (lineBreak) => close + lineBreak + open);
    return open + s + close;
  };
}

const bold = painter('\u001B[1m', '\u001B[22m');
const dim = painter('\u001B[2m', '\u001B[22m');
const magenta = painter('\u001B[35m', '\u001B[39m');

export function paint(level: ColorLevel): Style {
  if (level === 0) return plain;
  return {
    heading: bold,
    strong: bold,
    time: plain.time,
    track: magenta,
    live: bold,
    muted: dim,
    bar: magenta,
  };
}

import fc from 'fast-check';
import { Chalk } from 'chalk';
import { paint } from '../../src/render/paint';
import type { Style } from '../../src/render/style';

const runs = Number(process.env.XENSUMMIT_FUZZ_RUNS ?? 1000);

// Text as renderers hand it over: words, line breaks (LF and CRLF), ANSI codes already in it (a part
// painted inside, including the very codes that close bold, dim and magenta), CJK, emoji, combining marks.
const piece = fc.constantFrom('a', 'Session 2', ' ', '\n', '\r\n', '\r', '\u001B[22m', '\u001B[39m', '\u001B[1m', '\u001B[35m', '\u001B[2m', '\u001B[0m', '\u001B', '[', 'm', '日本語', '👩‍💻', 'e\u0301', '·', '');
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('paint: the codes chalk writes', () => {
  it.each([1, 2, 3] as const)('at colour level %i, equal to chalk for bold, dim and magenta', (level) => {
    const chalk = new Chalk({ level });
    const style: Style = paint(level);
    const expected: Record<keyof Style, (t: string) => string> = {
      heading: (t) => chalk.bold(t),
      strong: (t) => chalk.bold(t),
      time: (t) => t,
      track: (t) => chalk.magenta(t),
      live: (t) => chalk.bold(t),
      muted: (t) => chalk.dim(t),
      bar: (t) => chalk.magenta(t),
    };
    fc.assert(
      fc.property(text, fc.constantFrom(...(Object.keys(expected) as (keyof Style)[])), (t, key) => {
        expect(style[key](t)).toBe(expected[key](t));
      }),
      { numRuns: runs },
    );
    // Nested, as renderers nest them: bold around a magenta part.
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(style.strong(`${a}${style.track(b)}${c}`)).toBe(chalk.bold(`${a}${chalk.magenta(b)}${c}`));
        expect(style.muted(`${a}${style.strong(b)}${c}`)).toBe(chalk.dim(`${a}${chalk.bold(b)}${c}`));
      }),
      { numRuns: runs },
    );
  });

  it('writes the codes themselves, and nothing for no colour', () => {
    expect(paint(1).strong('a\nb')).toBe('\u001B[1ma\u001B[22m\n\u001B[1mb\u001B[22m');
    expect(paint(3).track('x')).toBe('\u001B[35mx\u001B[39m');
    expect(paint(2).muted('')).toBe('');
    expect(paint(0).strong('a')).toBe('a');
  });
});

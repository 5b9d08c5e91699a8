/** The wrapping fast paths say exactly what wrap-ansi says. */
import fc from 'fast-check';
import wrapAnsi from 'wrap-ansi';
import { wrap, wrapAscii, wrapLine } from '../../src/render/wrap';

const runs = Number(process.env.XENSUMMIT_FUZZ_RUNS ?? 500);
const asciiWords = fc.array(fc.oneof(fc.constant(' '), fc.constant('  '), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz-.,:()"\'0123456789'.split('')), maxLength: 30 })), { maxLength: 20 }).map((a) => a.join(''));

describe('wrapAscii', () => {
  it('equals wrap-ansi (hard, trim) on printable ASCII at any width', () => {
    fc.assert(
      fc.property(asciiWords, fc.integer({ min: 1, max: 50 }), (text, columns) => {
        expect(wrapAscii(text, columns)).toBe(wrapAnsi(text, columns, { hard: true, trim: true }));
      }),
      { numRuns: runs, seed: 42 },
    );
  });

  it('equals it on a few hand-picked lines', () => {
    for (const [text, columns] of [['abc defghijklmnop qr', 10], ['averyveryverylongword the width', 5], ['  lead  and  trail  ', 7], ['', 5], ['a '.repeat(20), 5]] as const) {
      expect(wrapAscii(text, columns)).toBe(wrapAnsi(text, columns, { hard: true, trim: true }));
    }
  });
});

describe('wrapLine', () => {
  it('equals wrap-ansi on any text, colour, CJK, emoji and combining marks included', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '  ', '漢', '字', '👍', 'e\u0301', '\u001b[1m', '\u001b[22m', '\u001b[36m', '\u001b[39m', 'word', 'é', 'ß', '„', '“', '–', '—', '…', 'Æ', 'ł', 'ǅ', '\u00a0', '\u00ad', '©', '·', '‹');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((a) => a.join('')), fc.integer({ min: 2, max: 30 }), (text, columns) => {
        expect(wrapLine(text, columns)).toBe(wrapAnsi(text, columns, { hard: true, trim: true }));
      }),
      { numRuns: runs, seed: 7 },
    );
  });

  it('keeps indents and hangs continuation lines', () => {
    expect(wrap('  one two three four five six', 20, '  ')).toBe('  one two three four\n    five six');
  });
});

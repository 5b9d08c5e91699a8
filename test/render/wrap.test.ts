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

  it('equals wrap-ansi on one-column text in the tool\'s colours (pairs, none nested)', () => {
    const pairs = [['1', '22'], ['2', '22'], ['35', '39'], ['36', '39']];
    const word = fc.string({ unit: fc.constantFrom(...'abcdefgh-.:,'.split('')), maxLength: 12 });
    const piece = fc.oneof(
      fc.constantFrom(' ', ' ', '  '),
      word,
      fc.tuple(fc.constantFrom(...pairs), fc.array(fc.oneof(word, fc.constant(' ')), { maxLength: 5 })).map(([[o, c], ws]) => `\u001b[${o}m${ws.join('')}\u001b[${c}m`),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }).map((a) => a.join('')), fc.integer({ min: 2, max: 40 }), (text, columns) => {
        expect(wrapLine(text, columns)).toBe(wrapAnsi(text, columns, { hard: true, trim: true }));
      }),
      { numRuns: runs * 4, seed: 11 },
    );
  });

  it('wraps such text without loading wrap-ansi (whose loading makes an Intl.Segmenter)', () => {
    const line = '  \u001b[1mTopic\u001b[22m: some \u001b[35mcoloured words\u001b[39m in a line longer than the width';
    const expected = wrapAnsi(line, 24, { hard: true, trim: true });
    jest.isolateModules(() => {
      jest.doMock('wrap-ansi', () => {
        throw new Error('wrap-ansi was loaded');
      });
      const fresh = require('../../src/render/wrap') as typeof import('../../src/render/wrap');
      expect(fresh.wrapLine(line, 24)).toBe(expected);
      expect(() => fresh.wrapLine('漢字 漢字 漢字', 4)).toThrow('wrap-ansi was loaded');
    });
  });

  it('keeps indents and hangs continuation lines', () => {
    expect(wrap('  one two three four five six', 20, '  ')).toBe('  one two three four\n    five six');
  });
});

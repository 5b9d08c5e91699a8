/** The builders give the text that one join of all their pieces gives. */
import fc from 'fast-check';
import { LineBuilder, TextBuilder } from '../../src/render/builder';
import { joinLines } from '../../src/render/text';

// Lines as joinLines takes them (no newline, no trailing space), empty ones often, and enough of them to fill chunks.
const line = fc.oneof(fc.constant(''), fc.constantFrom('a', 'Session 1: Intro', '  08:00–09:00  x', '漢字', '★ s'));
const lines = fc.oneof(fc.array(line, { maxLength: 20 }), fc.array(line, { minLength: 250, maxLength: 700 }));

describe('text builders', () => {
  it('LineBuilder gives what joinLines gives: a newline after each line, no empty lines at the end', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const out = new LineBuilder();
        for (const l of ls) out.add(l);
        expect(out.text()).toBe(joinLines(ls));
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('TextBuilder gives the pieces joined', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 900 }), (pieces) => {
        const out = new TextBuilder();
        for (const p of pieces) out.add(p);
        expect(out.text()).toBe(pieces.join(''));
      }),
      { numRuns: 100, seed: 4 },
    );
  });

  it('LineBuilder: no lines, or only empty ones, give no text', () => {
    const out = new LineBuilder();
    expect(out.text()).toBe('');
    out.add('');
    out.add('');
    expect(out.text()).toBe('');
  });
});

/** firstRepeat finds what a Set finds: the first value that an earlier one equals. */
import fc from 'fast-check';
import { firstRepeat } from '../../src/core/repeat';

function bySet(values: readonly string[]): number {
  const seen = new Set<string>();
  for (let i = 0; i < values.length; i++) {
    if (seen.has(values[i])) return i;
    seen.add(values[i]);
  }
  return -1;
}

describe('firstRepeat', () => {
  it('gives the index a Set gives, for lists with and without repeats', () => {
    // Few distinct short strings make repeats and hash collisions of the table likely; longer lists fill it.
    const value = fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('s1', 's2', 's10', '', 'é', '漢'), fc.string({ unit: 'binary', maxLength: 6 }));
    fc.assert(
      fc.property(fc.oneof(fc.array(value, { maxLength: 40 }), fc.uniqueArray(fc.string({ maxLength: 8 }), { maxLength: 300 })), (values) => {
        expect(firstRepeat(values)).toBe(bySet(values));
      }),
      { numRuns: 300, seed: 9 },
    );
  });

  it('finds a repeat at the end of a long list of distinct ids, and none without it', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `s${i + 1}`);
    expect(firstRepeat(ids)).toBe(-1);
    expect(firstRepeat([...ids, 's777'])).toBe(50_000);
    expect(firstRepeat([])).toBe(-1);
  });
});

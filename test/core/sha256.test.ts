/** The hand-written SHA-256 gives node:crypto's digest for every text. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256Hex } from '../../src/core/sha256';

const crypto = (text: string) => createHash('sha256').update(text).digest('hex');

describe('sha256Hex', () => {
  it('is the FIPS 180-4 digest of the standard examples', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('equals node:crypto on every length around the block edges, and on any text', () => {
    for (let n = 0; n <= 200; n++) expect(sha256Hex('é'.repeat(n % 3) + 'x'.repeat(n))).toBe(crypto('é'.repeat(n % 3) + 'x'.repeat(n)));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(crypto(text));
      }),
      { numRuns: 2000 },
    );
  });
});

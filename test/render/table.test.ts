import { table } from '../../src/render/table';

describe('table', () => {
  // Regression (fuzz): cli-table3 cut a word longer than its column with "…" and lost the rest of it.
  it('breaks a word longer than its column instead of cutting it', () => {
    const out = table([['t', 'x'.repeat(25)]], { widths: [2, 10] });
    expect(out.split('\n').map((l) => l.trimEnd())).toEqual(['t   xxxxxxxxxx', '    xxxxxxxxxx', '    xxxxx']);
  });

  // Regression (fuzz): a title of a few thousand characters took minutes (cli-table3 truncated the
  // whole cell on every line it drew); it now lays out in one pass (jest's timeout would catch a relapse).
  it('lays out a cell of 30,000 characters, every word kept', () => {
    const words = Array.from({ length: 6000 }, (_, i) => `w${i}`);
    const out = table([['t', words.join(' ')], [{ colSpan: 2, content: words.slice(0, 100).join(' ') }]], { widths: [2, 30] });
    expect(out.replace(/\s+/g, ' ').trim().split(' ').filter((w) => w.startsWith('w'))).toEqual([...words, ...words.slice(0, 100)]);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(34);
  });

  it('keeps the rows of a multi-line cell side by side with the next column', () => {
    expect(table([['1', 'a\nbb', 'x']], { widths: [1, 3, 3] }).split('\n').map((l) => l.trimEnd())).toEqual(['1  a    x', '   bb']);
  });
});

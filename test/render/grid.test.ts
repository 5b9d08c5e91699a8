/** The table port draws exactly what cli-table3 draws, for random tables of every kind of text. */
import fc from 'fast-check';
import { cliTable3, table, tableInto, tableLines } from '../../src/render/table';
import { drawGridInto, drawPlainRow, strlen } from '../../src/render/grid';

const runs = Number(process.env.XENSUMMIT_FUZZ_RUNS ?? 150);
const pieces = ['a', 'bc', 'word', ' ', '  ', '\n', '\n\n', 'Session 2: I/O Virtualization', '10:30–12:30', 'Track A · Room', '漢字', '👍', '🇬🇧', 'e\u0301', 'é', 'ß', '★', '█▍',
  '\u001b[1m', '\u001b[22m', '\u001b[36m', '\u001b[39m', '\u001b[2m', '\u001b[35m', 'averyveryverylongwordthatoverflows', '©', '\u0007', '\t'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join(''));

describe('the table port', () => {
  it('measures as cli-table3 measures', () => {
    const stringWidth = require('string-width') as (s: string) => number;
    fc.assert(
      fc.property(text, (t) => {
        const plain = t.replace(/\u001b\[[0-9;]*m/g, '');
        expect(strlen(t)).toBe(Math.max(0, ...plain.split('\n').map(stringWidth)));
      }),
      { numRuns: runs * 3, seed: 11 },
    );
  });

  it('draws random tables, spans, alignment and heads, as cli-table3 does', () => {
    const tableArb = fc
      .record({
        widths: fc.array(fc.integer({ min: 1, max: 24 }), { minLength: 1, maxLength: 4 }),
        right: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }),
        head: fc.boolean(),
        seeds: fc.array(fc.array(text, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        spans: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      })
      .map(({ widths, right, head, seeds, spans }) => {
        const rows = seeds.map((cells, i) =>
          spans[i] && widths.length > 1 ? [cells[0], { content: cells[1], colSpan: widths.length - 1 }] : widths.map((_, k) => cells[k]),
        );
        return { widths, right, head: head ? widths.map((_, k) => seeds[0][k]) : undefined, rows };
      });
    fc.assert(
      fc.property(tableArb, ({ widths, right, head, rows }) => {
        const theirs = cliTable3(rows, { widths, right, head });
        // Where cli-table3 cuts a word too long for its column ("…"), the port breaks it instead (below).
        fc.pre(!theirs.includes('…'));
        expect(table(rows, { widths, right, head })).toBe(theirs);
      }),
      { numRuns: runs, seed: 5 },
    );
  });

  it('draws each row alone: a table drawn a few rows at a time (as the schedule draws a long day) is the whole table', () => {
    const arb = fc.record({
      widths: fc.array(fc.integer({ min: 1, max: 24 }), { minLength: 2, maxLength: 2 }),
      rows: fc.array(fc.array(text, { minLength: 2, maxLength: 2 }), { maxLength: 12 }),
      batch: fc.integer({ min: 1, max: 5 }),
      trim: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ widths, rows, batch, trim }) => {
        const lines: string[] = [];
        for (let i = 0; i < rows.length; i += batch) tableInto(rows.slice(i, i + batch), { widths, trim }, (line) => lines.push(line));
        expect(lines).toEqual(tableLines(rows, { widths, trim }));
      }),
      { numRuns: runs, seed: 17 },
    );
  });

  it('draws a plain row from its lines as drawGridInto draws the row, and says when a row is not plain', () => {
    // Mostly one-column text that fits, and now and then what is not plain: a leading or trailing space, a long word, colour, a wide character, an empty line.
    const line = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('08:00–09:00', 'Session 2: I/O', 'Track A · Room 1 · Chair: Keir', '★ Session 9', 'a', 'é ß') },
      { weight: 1, arbitrary: fc.constantFrom('', ' lead', 'trail ', 'tab\t', 'averyveryverylongwordthatoverflows', '\u001b[1mbold\u001b[22m', '漢字', '\u00a0nbsp') },
    );
    const arb = fc.record({
      widths: fc.array(fc.integer({ min: 1, max: 34 }), { minLength: 1, maxLength: 3 }),
      cells: fc.array(fc.array(line, { maxLength: 3 }), { minLength: 3, maxLength: 3 }),
    });
    let plain = 0;
    fc.assert(
      fc.property(arb, ({ widths, cells }) => {
        const row = cells.slice(0, widths.length);
        const fast: string[] = [];
        const drawn = drawPlainRow(row, widths, '  ', (l) => fast.push(l));
        const general: string[] = [];
        drawGridInto([row.map((lines) => lines.join('\n'))], widths, widths.map(() => 'left'), '  ', true, (l) => general.push(l));
        if (drawn) {
          plain++;
          expect(fast).toEqual(general);
        } else expect(fast).toEqual([]);
      }),
      { numRuns: runs * 4, seed: 23 },
    );
    expect(plain).toBeGreaterThan(runs / 4);
  });

  it('breaks a word longer than its column instead of cutting it', () => {
    const word = 'Paravirtualization-and-checkpointing';
    const text = table([['08:00', `A ${word} talk`]], { widths: [6, 12] });
    expect(text.replace(/ +$/gm, '').replace(/\n +/g, '\n')).not.toContain('…');
    expect(text.split('\n').map((l) => l.slice(8).trim()).join('')).toBe(`A${word}talk`);
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(6 + 2 + 12);
  });

  it('draws the summit\'s kind of row: a time, then a cell across the tracks', () => {
    const rows = [['08:00–08:15', { content: 'Session 0: Intro/plenary\nEveryone · Yorktown Auditorium', colSpan: 2 }], ['08:15–10:00', 'Session 1: Xen Core\nChair: Tim Deegan', 'Session 1: Ports\nChair: Jimi Xenidis']];
    const options = { widths: [11, 30, 30], head: ['Time', 'Track A', 'Track B'] };
    expect(table(rows, options)).toBe(cliTable3(rows, options));
    expect(table(rows, options).split('\n')[0]).toBe(`Time         Track A                         Track B${' '.repeat(23)}`);
  });
});

/**
 * Prose wrapped to the terminal's width, at spaces, with colour codes and wide characters counted
 * right: wrap-ansi does it. Loading wrap-ansi makes an Intl.Segmenter (about 15 ms, more than the
 * rest of a run), so the commonest lines skip it: one-column text (ASCII, Latin letters, common
 * punctuation) is wrapped by a port of
 * wrap-ansi's own rule (held equal to it by a property test, test/render/wrap.test.ts), and a
 * line that already fits is left as it is. Everything else goes to wrap-ansi.
 */

/** The narrowest width prose is wrapped to, however narrow the terminal says it is. */
export const MIN_WIDTH = 20;

/**
 * Characters one column wide for wrap-ansi, whose text NFC leaves as it is: printable ASCII, Latin-1
 * and Latin Extended letters (no soft hyphen, no ©/®), common punctuation (dashes, quotes, …).
 */
const NARROW = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u02ff\u2010-\u2027\u2030-\u203b]*$/;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

type WrapAnsi = (text: string, columns: number, options: { hard: boolean; trim: boolean }) => string;
let library: WrapAnsi | undefined;

/** wrap-ansi's hard, trimming wrap of one line of one-column characters (no tabs, no escapes). */
export function wrapAscii(line: string, columns: number): string {
  // A line that fits and has no white space to trim at either end comes back whole (what the loop below gives it).
  const head = line.charCodeAt(0);
  if (line.length <= columns && line.length > 0 && head !== 32 && head !== 0xa0 && line.charCodeAt(line.length - 1) !== 32) return line;
  if (line.trim() === '') return '';
  const rows = [''];
  let rowLength = 0;
  let trimmedRow = -1;
  let first = true;
  for (const word of line.split(' ')) {
    const last = rows.length - 1;
    if (trimmedRow !== last) {
      const trimmed = rows[last].trimStart();
      if (trimmed.length !== rows[last].length) {
        rows[last] = trimmed;
        rowLength = trimmed.length;
      }
      if (trimmed.length > 0) trimmedRow = last;
    }
    if (first) first = false;
    else if (rowLength > 0) {
      rows[rows.length - 1] += ' ';
      rowLength++;
    }
    const width = word.length;
    if (width > columns) {
      // A word longer than the line starts here if that takes no more breaks, and is cut at the width.
      const breaksHere = 1 + Math.floor((width - (columns - rowLength) - 1) / columns);
      const breaksNext = Math.floor((width - 1) / columns);
      if (breaksNext < breaksHere) {
        rows.push('');
        rowLength = 0;
      }
      let visible = rowLength;
      for (let k = 0; k < width; k++) {
        if (visible > 0 && visible + 1 > columns) {
          rows.push('');
          visible = 0;
        }
        rows[rows.length - 1] += word[k];
        visible++;
        if (visible === columns && k < width - 1) {
          rows.push('');
          visible = 0;
        }
      }
      rowLength = rows[rows.length - 1].length;
      continue;
    }
    if (rowLength + width > columns && rowLength > 0 && width > 0) {
      rows.push('');
      rowLength = 0;
    }
    rows[rows.length - 1] += word;
    rowLength += width;
  }
  return rows.map((r) => r.replace(/ +$/, '')).join('\n');
}

/** One line wrapped to `columns`, as wrap-ansi (hard, trim) wraps it. */
export function wrapLine(line: string, columns: number): string {
  if (NARROW.test(line)) return wrapAscii(line, columns);
  const visible = line.replace(SGR, '');
  if (NARROW.test(visible) && visible.length <= columns && visible.trim() === visible && !visible.includes('  ')) return line;
  library ??= (require('wrap-ansi') as { default: WrapAnsi }).default;
  return library(line, columns, { hard: true, trim: true });
}

/** Wraps each line of `text` to `width` columns, keeping its indent; a continuation line starts with `indent` more. */
export function wrap(text: string, width: number, indent = ''): string {
  const cols = Math.max(MIN_WIDTH, width);
  return text
    .split('\n')
    .map((line) => {
      let n = 0;
      while (line.charCodeAt(n) === 32) n++;
      const lead = line.slice(0, n);
      const whole = wrapLine(line.slice(n), Math.max(MIN_WIDTH / 2, cols - n));
      if (!whole.includes('\n')) return lead + whole;
      const hang = lead + indent;
      const wrapped = whole.split('\n');
      const rest = wrapped.slice(1).join(' ');
      if (rest === '') return lead + wrapped[0];
      const tail = wrapLine(rest, Math.max(MIN_WIDTH / 2, cols - hang.length)).split('\n');
      return [lead + wrapped[0], ...tail.map((l) => hang + l)].join('\n');
    })
    .join('\n');
}

/**
 * "  --day <day>   one day: …" with the text wrapped in its own column; on a terminal too narrow
 * for two readable columns, each text goes under its name, indented.
 */
export function twoColumns(rows: readonly [string, string][], width: number, lead = '  '): string {
  let left = 0;
  for (const [a] of rows) left = Math.max(left, a.length);
  left = Math.min(left, Math.floor(width / 2.5));
  const stacked = width - (lead.length + left + 2) < 30;
  return rows
    .map(([a, b]) => {
      if (stacked) {
        const under = `${lead}    `;
        return [lead + a, ...wrapLine(b, Math.max(MIN_WIDTH, width - under.length)).split('\n').map((l) => under + l)].join('\n');
      }
      const pad = lead + a.padEnd(left) + '  ';
      const lines = wrapLine(b, Math.max(MIN_WIDTH, width - pad.length)).split('\n');
      if (a.length > left) return [lead + a, ...lines.map((l) => ' '.repeat(lead.length + left + 2) + l)].join('\n');
      return [pad + lines[0], ...lines.slice(1).map((l) => ' '.repeat(pad.length) + l)].join('\n');
    })
    .join('\n');
}

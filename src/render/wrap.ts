/**
 * Prose wrapped to the terminal's width, at spaces, with colour codes and wide characters counted
 * right: wrap-ansi does it. Loading wrap-ansi makes an Intl.Segmenter (about 15 ms, more than the
 * rest of a run), so the commonest lines skip it: one-column text (ASCII, Latin letters, common
 * punctuation), plain or in the tool's colours, is wrapped by a port of
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

/** The closing code of each opening code the tool's styles use (ansi-styles' pairs). */
const CLOSES: Record<string, string> = { 1: '22', 2: '22', 3: '23', 4: '24', 30: '39', 31: '39', 32: '39', 33: '39', 34: '39', 35: '39', 36: '39', 37: '39', 90: '39' };

/**
 * A line of one-column text whose colour is in pairs, none inside another (as the tool's styles
 * write them: `\e[1mRoom\e[22m: text`), wrapped as wrap-ansi wraps it: the visible text by
 * wrapAscii; each code kept where it was in that text; a style open at the end of a row closed
 * there and opened again at the start of the next. Undefined for anything else (another code,
 * nesting, a code in the spaces a break removes, a word cut in two), which goes to wrap-ansi.
 */
function wrapStyled(line: string, visible: string, columns: number): string | undefined {
  const codes: { at: number; code: string }[] = [];
  let open: string | undefined;
  let removed = 0;
  for (const m of line.matchAll(SGR)) {
    const code = m[0].slice(2, -1);
    if (open === undefined ? CLOSES[code] === undefined : CLOSES[open] !== code) return undefined;
    open = open === undefined ? code : undefined;
    codes.push({ at: m.index - removed, code });
    removed += m[0].length;
  }
  if (open !== undefined) return undefined;
  const rows = wrapAscii(visible, columns).split('\n');
  const out: string[] = [];
  let from = 0;
  let next = 0;
  let active: string | undefined;
  for (const row of rows) {
    const start = row === '' ? from : visible.indexOf(row, from);
    if (start === -1) return undefined;
    const end = start + row.length;
    // A word cut in two, or a code inside the spaces between two rows: wrap-ansi decides those.
    if (end < visible.length && out.length < rows.length - 1 && visible.charCodeAt(end) !== 32) return undefined;
    if (next < codes.length && codes[next].at < start) return undefined;
    // A style closed right where a row starts: wrap-ansi does not open it again there.
    if (active !== undefined && next < codes.length && codes[next].at === start) return undefined;
    let text = active === undefined ? '' : `\u001b[${active}m`;
    let at = start;
    for (; next < codes.length && codes[next].at <= end; next++) {
      const c = codes[next];
      text += row.slice(at - start, c.at - start) + `\u001b[${c.code}m`;
      at = c.at;
      active = CLOSES[c.code] === undefined ? undefined : c.code;
    }
    text += row.slice(at - start);
    if (active !== undefined) text += `\u001b[${CLOSES[active]}m`;
    out.push(text);
    from = end;
  }
  return next === codes.length ? out.join('\n') : undefined;
}

/** One line wrapped to `columns`, as wrap-ansi (hard, trim) wraps it. */
export function wrapLine(line: string, columns: number): string {
  if (NARROW.test(line)) return wrapAscii(line, columns);
  const visible = line.replace(SGR, '');
  if (NARROW.test(visible) && visible.length <= columns && visible.trim() === visible && !visible.includes('  ')) return line;
  const styled = NARROW.test(visible) ? wrapStyled(line, visible, columns) : undefined;
  if (styled !== undefined) return styled;
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

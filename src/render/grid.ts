/**
 * cli-table3's drawing, for the one kind of table xensummit draws: no borders, no padding, fixed
 * column widths, word wrap, column spans, every row complete; but a word longer than its column is
 * broken, not cut short. cli-table3 costs about 13 ms of cold
 * code for the first table, truncates the whole text of every cell for a debug message it then
 * drops (quadratic in a multi-line cell) and searches its layout in time quadratic in the rows
 * (BENCHMARKS.md). This port follows its code step by step (src/utils.js, src/cell.js) and is held
 * equal to it by a property test over random tables (test/render/grid.test.ts): colour, CJK, emoji,
 * combining marks, long words. Widths are measured as cli-table3 measures them (string-width 4),
 * with a fast path for characters that are one column wide.
 */

import { trimLine } from './text';
import { wrapLine } from './wrap';

export type Align = 'left' | 'right';
export interface GridCell {
  content: string;
  /** One column when not given. */
  colSpan?: number;
  hAlign?: Align;
}

// eslint-disable-next-line no-control-regex
const CODE = /\u001b\[(?:\d*;){0,5}\d*m/g;
// eslint-disable-next-line no-control-regex
const CODE_CAPTURE = () => /\u001b\[((?:\d*;){0,5}\d*)m/g;

/** Characters string-width 4 counts as one column: printable ASCII, Latin letters, common punctuation and blocks (no emoji, no wide, no marks). */
const NARROW = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ad\u00af-\u02ff\u2010-\u2027\u2030-\u203b\u2580-\u259f\u2605]*$/;

let stringWidth: ((text: string) => number) | undefined;

/** The width of one line of plain text (no escapes), as string-width 4 (cli-table3's) gives it: CJK two columns, marks none. */
export function lineWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  stringWidth ??= require('string-width') as (text: string) => number;
  return stringWidth(text);
}

/** cli-table3's strlen: the widest line, colour codes left out. */
export function strlen(text: string): number {
  if (!text.includes('\u001b') && !text.includes('\n')) return lineWidth(text);
  const stripped = text.replace(CODE, '');
  let width = 0;
  for (const line of stripped.split('\n')) width = Math.max(width, lineWidth(line));
  return width;
}

// ---- colour state across wrapped lines (cli-table3 src/utils.js) ----

type State = Record<string, boolean | string | undefined> & { lastForegroundAdded?: string; lastBackgroundAdded?: string };

const codeCache: Record<string, { set?: string; to?: boolean; on?: string; off?: string }> = {};
function addToCodeCache(name: string, on: number, off: number): void {
  const onCode = `\u001b[${on}m`;
  const offCode = `\u001b[${off}m`;
  codeCache[onCode] = { set: name, to: true };
  codeCache[offCode] = { set: name, to: false };
  codeCache[name] = { on: onCode, off: offCode };
}
addToCodeCache('bold', 1, 22);
addToCodeCache('italics', 3, 23);
addToCodeCache('underline', 4, 24);
addToCodeCache('inverse', 7, 27);
addToCodeCache('strikethrough', 9, 29);

function updateState(state: State, controlChars: RegExpExecArray): void {
  const controlCode = controlChars[1] ? parseInt(controlChars[1].split(';')[0]) : 0;
  if ((controlCode >= 30 && controlCode <= 39) || (controlCode >= 90 && controlCode <= 97)) {
    state.lastForegroundAdded = controlChars[0];
    return;
  }
  if ((controlCode >= 40 && controlCode <= 49) || (controlCode >= 100 && controlCode <= 107)) {
    state.lastBackgroundAdded = controlChars[0];
    return;
  }
  if (controlCode === 0) {
    for (const key of Object.keys(state)) delete state[key];
    return;
  }
  const info = codeCache[controlChars[0]];
  if (info?.set !== undefined) state[info.set] = info.to;
}

function readState(line: string): State {
  const code = CODE_CAPTURE();
  const state: State = {};
  for (let m = code.exec(line); m !== null; m = code.exec(line)) updateState(state, m);
  return state;
}

function unwindState(state: State, text: string): string {
  const { lastBackgroundAdded, lastForegroundAdded } = state;
  delete state.lastBackgroundAdded;
  delete state.lastForegroundAdded;
  let ret = text;
  for (const key of Object.keys(state)) if (state[key]) ret += codeCache[key].off;
  if (lastBackgroundAdded && lastBackgroundAdded !== '\u001b[49m') ret += '\u001b[49m';
  if (lastForegroundAdded && lastForegroundAdded !== '\u001b[39m') ret += '\u001b[39m';
  return ret;
}

function rewindState(state: State, text: string): string {
  const { lastBackgroundAdded, lastForegroundAdded } = state;
  delete state.lastBackgroundAdded;
  delete state.lastForegroundAdded;
  let ret = text;
  for (const key of Object.keys(state)) if (state[key]) ret = codeCache[key].on + ret;
  if (lastBackgroundAdded && lastBackgroundAdded !== '\u001b[49m') ret = lastBackgroundAdded + ret;
  if (lastForegroundAdded && lastForegroundAdded !== '\u001b[39m') ret = lastForegroundAdded + ret;
  return ret;
}

function colorizeLines(input: readonly string[]): string[] {
  let state: State = {};
  return input.map((raw) => {
    const line = rewindState(state, raw);
    state = readState(line);
    return unwindState({ ...state }, line);
  });
}

// ---- truncation and padding ----

function truncateWidth(text: string, desired: number): string {
  if (text.length === strlen(text)) return text.substr(0, desired);
  let s = text;
  while (strlen(s) > desired) s = s.slice(0, -1);
  return s;
}

function truncateWidthWithAnsi(text: string, desired: number): string {
  const code = CODE_CAPTURE();
  const split = text.split(CODE);
  let splitIndex = 0;
  let retLen = 0;
  let ret = '';
  const state: State = {};
  while (retLen < desired) {
    const m = code.exec(text);
    let toAdd = split[splitIndex];
    splitIndex++;
    if (retLen + strlen(toAdd) > desired) toAdd = truncateWidth(toAdd, desired - retLen);
    ret += toAdd;
    retLen += strlen(toAdd);
    if (retLen < desired) {
      if (!m) break;
      ret += m[0];
      updateState(state, m);
    }
  }
  return unwindState(state, ret);
}

function truncate(text: string, desired: number): string {
  if (strlen(text) <= desired) return text;
  let ret = truncateWidthWithAnsi(text, desired - 1) + '…';
  const hrefTag = '\x1B]8;;\x07';
  if (text.includes(hrefTag) && !ret.includes(hrefTag)) ret += hrefTag;
  return ret;
}

function pad(text: string, len: number, align: Align | undefined): string {
  const length = strlen(text);
  if (len + 1 < length) return text;
  const padding = ' '.repeat(Math.max(0, len - length));
  return align === 'right' ? padding + text : text + padding;
}

// ---- word wrap (cli-table3 src/utils.js wordWrap, on word boundaries) ----

function wordWrapLine(maxLength: number, input: string): string[] {
  const lines: string[] = [];
  const split = input.split(/(\s+)/g);
  let line: string[] = [];
  let lineLength = 0;
  let whitespace: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i];
    let newLength = lineLength + strlen(word);
    if (lineLength > 0 && whitespace) newLength += whitespace.length;
    if (newLength > maxLength) {
      if (lineLength !== 0) lines.push(line.join(''));
      line = [word];
      lineLength = strlen(word);
    } else {
      line.push(whitespace || '', word);
      lineLength = newLength;
    }
    whitespace = split[i + 1];
  }
  if (lineLength) lines.push(line.join(''));
  return lines;
}

function wordWrapLine1(maxLength: number, input: string): string[] {
  // A line of one-column characters that fits comes back whole (what the loop below would give).
  if (NARROW.test(input) && input.trim() !== '' && input.trimStart().length <= maxLength) return [input];
  return wordWrapLine(maxLength, input);
}

function wordWrap(maxLength: number, input: string): string[] {
  if (!input.includes('\n')) return wordWrapLine1(maxLength, input);
  const out: string[] = [];
  for (const line of input.split('\n')) for (const l of wordWrapLine1(maxLength, line)) out.push(l);
  return out;
}

// ---- the table ----

/** A cell's lines, as cli-table3 lays them out in `fixed` columns (its span's widths) to draw in `width`, each with its width. */
function cellLines(content: string, fixed: number, width: number): { lines: string[]; lengths: number[] } {
  // A word longer than the column is broken at the column's width (cli-table3 would cut it
  // with "…" and lose the rest): the one place where this table differs from cli-table3's.
  const fit = (lines: string[]) => lines.flatMap((l) => (strlen(l) > width ? wrapLine(l, width).split('\n') : [l]));
  if (content.includes('\u001b')) {
    const lines = fit(colorizeLines(wordWrap(fixed, content)));
    return { lines, lengths: lines.map(strlen) };
  }
  // No colour codes: colorizeLines would give every line back as it is, so each line is laid out
  // alone, and a line of one-column characters that fits (the common case) comes back whole.
  const lines: string[] = [];
  const lengths: number[] = [];
  for (const line of content.split('\n')) {
    const first = line.charCodeAt(0);
    if (line.length <= fixed && line.length > 0 && first !== 32 && first !== 0xa0 && NARROW.test(line)) {
      lines.push(line);
      lengths.push(line.length);
    } else {
      for (const l of fit(wordWrapLine1(fixed, line))) {
        lines.push(l);
        lengths.push(strlen(l));
      }
    }
  }
  return { lines, lengths };
}

/** `n` spaces, cut from a string kept for the purpose. */
let blanks = '';
function spaces(n: number): string {
  if (n > blanks.length) blanks = ' '.repeat(Math.max(n, 2 * blanks.length, 64));
  return blanks.slice(0, n);
}

interface Drawn {
  x: number;
  width: number;
  lines: string[];
  lengths: number[];
  align: Align | undefined;
}

const blankAtEnd = (text: string) => text.endsWith(' ') || text.endsWith('\t');

/**
 * Rows of cells (each row's spans adding up to the number of columns; a string is a cell of one
 * column) drawn as cli-table3 draws them with these options: no border characters but `middle`
 * between cells, padding 0, `colWidths`, `colAligns`, `wordWrap: true`; one string a line. With
 * `trim`, each line comes without its trailing spaces and tabs (trimLine's), the last cell's padding never added.
 */
export function drawGridLines(rows: readonly (readonly (string | GridCell)[])[], widths: readonly number[], aligns: readonly Align[], middle: string, trim = false): string[] {
  const out: string[] = [];
  drawGridInto(rows, widths, aligns, middle, trim, (line) => out.push(line));
  return out;
}

/**
 * drawGridLines, each line handed to `push` as it is drawn. Each row is drawn alone (its lines
 * depend on its cells and the widths only), so a long table may be drawn a few rows at a time.
 */
export function drawGridInto(rows: readonly (readonly (string | GridCell)[])[], widths: readonly number[], aligns: readonly Align[], middle: string, trim: boolean, push: (line: string) => void): void {
  const cells: Drawn[] = [];
  for (const row of rows) {
    let x = 0;
    let height = 1;
    cells.length = 0;
    for (const cell of row) {
      const span = typeof cell === 'string' ? 1 : (cell.colSpan ?? 1);
      let fixed = 0;
      for (let k = x; k < x + span; k++) fixed += widths[k];
      const width = fixed + span - 1;
      const { lines, lengths } = cellLines(typeof cell === 'string' ? cell : cell.content, fixed, width);
      cells.push({ x, width, lines, lengths, align: (typeof cell === 'string' ? undefined : cell.hAlign) ?? aligns[x] });
      if (lines.length > height) height = lines.length;
      x += span;
    }
    const final = cells[cells.length - 1];
    for (let n = 0; n < height; n++) {
      let line = '';
      // With trim: the last piece added, and how many spaces of the last cell's padding were left off.
      let last = '';
      let left = 0;
      for (const c of cells) {
        if (c.x !== 0) line += last = middle;
        let text: string;
        // A line that fits is padded (truncate would give it back as it is).
        if (n >= c.lines.length) text = spaces(c.width);
        else if (c.lengths[n] > c.width) text = pad(truncate(c.lines[n], c.width), c.width, c.align);
        else if (c.align === 'right') text = spaces(c.width - c.lengths[n]) + c.lines[n];
        else if (trim && c === final) {
          text = c.lines[n];
          left = c.width - c.lengths[n];
        } else text = c.lines[n] + spaces(c.width - c.lengths[n]);
        if (text !== '') line += last = text;
      }
      // What was left off is spaces: trimming the rest gives what trimming the whole line would.
      if (trim && blankAtEnd(last)) line = trimLine(line);
      if (line.length > 0 || (trim && left + last.length > 0)) push(line);
    }
  }
}

/** drawGridLines, as one string: the table cli-table3 draws. */
export function drawGrid(rows: readonly (readonly (string | GridCell)[])[], widths: readonly number[], aligns: readonly Align[], middle: string): string {
  return drawGridLines(rows, widths, aligns, middle).join('\n');
}

/** A line drawGridInto lays out as it is: text of one-column characters that fits `width`, starting with no space. */
function plainFit(line: string, width: number): boolean {
  const first = line.charCodeAt(0);
  return line.length > 0 && line.length <= width && first !== 32 && first !== 0xa0 && NARROW.test(line);
}

/**
 * One row of one-column cells given as their lines, drawn as drawGridInto draws it with `trim`
 * (left-aligned, each cell's content being its lines joined by "\n"), when that is plain: every line
 * of one-column characters fits its column and starts with no space, and the last cell has at
 * least as many lines as any other, none ending in a space or tab. Then nothing is wrapped, cut or
 * trimmed, and the lines are made without laying out cells; returns false (drawing nothing) otherwise.
 */
export function drawPlainRow(cells: readonly (readonly string[])[], widths: readonly number[], middle: string, push: (line: string) => void): boolean {
  const final = cells.length - 1;
  const height = cells[final].length;
  if (height === 0) return false;
  for (let k = 0; k <= final; k++) {
    const lines = cells[k];
    if (lines.length > height) return false;
    for (const line of lines) if (!plainFit(line, widths[k])) return false;
  }
  for (const line of cells[final]) {
    const end = line.charCodeAt(line.length - 1);
    if (end === 32 || end === 9) return false;
  }
  for (let n = 0; n < height; n++) {
    let line = '';
    for (let k = 0; k < final; k++) {
      const lines = cells[k];
      line += n < lines.length ? lines[n] + spaces(widths[k] - lines[n].length) : spaces(widths[k]);
      line += middle;
    }
    push(line + cells[final][n]);
  }
  return true;
}

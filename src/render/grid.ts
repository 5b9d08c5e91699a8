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

import { wrapLine } from './wrap';

export type Align = 'left' | 'right';
export interface GridCell {
  content: string;
  colSpan: number;
  hAlign?: Align;
}

// eslint-disable-next-line no-control-regex
const CODE = /\u001b\[(?:\d*;){0,5}\d*m/g;
// eslint-disable-next-line no-control-regex
const CODE_CAPTURE = () => /\u001b\[((?:\d*;){0,5}\d*)m/g;

/** Characters string-width 4 counts as one column: printable ASCII, Latin letters, common punctuation and blocks (no emoji, no wide, no marks). */
const NARROW = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ad\u00af-\u02ff\u2010-\u2027\u2030-\u203b\u2580-\u259f\u2605]*$/;

let stringWidth: ((text: string) => number) | undefined;

/** The width of one line of plain text, as string-width 4 (cli-table3's) gives it. */
function lineWidth(text: string): number {
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

/**
 * Rows of cells (each row's spans adding up to the number of columns) drawn as cli-table3 draws
 * them with these options: no border characters but `middle` between cells, padding 0, `colWidths`,
 * `colAligns`, `wordWrap: true`. `head`, when given, is drawn as the first row.
 */
export function drawGrid(rows: readonly GridCell[][], widths: readonly number[], aligns: readonly Align[], middle: string): string {
  const out: string[] = [];
  for (const row of rows) {
    let x = 0;
    const cells = row.map((cell) => {
      const span = widths.slice(x, x + cell.colSpan);
      const fixed = span.reduce((a, b) => a + b, 0);
      const width = span.reduce((a, b) => a + b + 1, -1);
      // A word longer than the column is broken at the column's width (cli-table3 would cut it
      // with "…" and lose the rest): the one place where this table differs from cli-table3's.
      const lines = colorizeLines(wordWrap(fixed, cell.content)).flatMap((l) => (strlen(l) > width ? wrapLine(l, width).split('\n') : [l]));
      const drawn = { x, width, lines, align: cell.hAlign ?? aligns[x] };
      x += cell.colSpan;
      return drawn;
    });
    const height = Math.max(1, ...cells.map((c) => c.lines.length));
    for (let n = 0; n < height; n++) {
      let line = '';
      for (const c of cells) {
        const left = c.x === 0 ? '' : middle;
        const text = n < c.lines.length ? pad(truncate(c.lines[n], c.width), c.width, c.align) : ' '.repeat(c.width);
        line += left + text;
      }
      if (line.length > 0) out.push(line);
    }
  }
  return out.join('\n');
}

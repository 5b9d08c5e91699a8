/** Borderless, diff-able tables as cli-table3 draws them, fitted to a width. */
import type Table from 'cli-table3';
import { drawGridInto, type Align } from './grid';
import { trimLine } from './text';

type Cell = string | { content: string; colSpan?: number; hAlign?: 'left' | 'right' };

const NO_BORDERS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '',
  middle: '  ',
};

export const GAP = 2;

export interface TableOptions {
  head?: string[];
  /** Each column's width; columns are separated by GAP spaces. */
  widths: number[];
  /** Columns to align right. */
  right?: number[];
  /** Lines without their trailing spaces and tabs, as finish() leaves them (tableLines only). */
  trim?: boolean;
}

/** True when every row's spans add up to the number of columns. */
function complete(rows: readonly Cell[][], columns: number): boolean {
  for (const row of rows) {
    let n = 0;
    for (const cell of row) n += typeof cell === 'string' ? 1 : (cell.colSpan ?? 1);
    if (n !== columns) return false;
  }
  return true;
}

/**
 * The table as cli-table3 draws it with these options, one string a line. Complete rows (the only
 * kind xensummit makes) are drawn by src/render/grid.ts, its port; anything else by cli-table3 itself.
 */
export function tableLines(rows: Cell[][], options: TableOptions): string[] {
  const lines: string[] = [];
  tableInto(rows, options, (line) => lines.push(line));
  return lines;
}

/** tableLines, each line handed to `push` as it is drawn. */
export function tableInto(rows: Cell[][], options: TableOptions, push: (line: string) => void): void {
  const all = options.head ? [options.head, ...rows] : rows;
  const columns = options.widths.length;
  const aligns = options.widths.map((_, i) => (options.right?.includes(i) ? 'right' : 'left') as Align);
  if (!complete(all, columns)) {
    for (const line of cliTable3(rows, options).split('\n')) push(options.trim ? trimLine(line) : line);
    return;
  }
  drawGridInto(all, options.widths, aligns, NO_BORDERS.middle, options.trim === true, push);
}

/** The table as cli-table3 draws it with these options. */
export function table(rows: Cell[][], options: TableOptions): string {
  return tableLines(rows, options).join('\n');
}

/** cli-table3 itself, with the options above. */
export function cliTable3(rows: Cell[][], options: TableOptions): string {
  const Table = require('cli-table3') as typeof import('cli-table3');
  const t = new Table({
    chars: NO_BORDERS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    colWidths: options.widths,
    colAligns: options.widths.map((_, i) => (options.right?.includes(i) ? 'right' : 'left')),
    wordWrap: true,
    ...(options.head ? { head: options.head } : {}),
  });
  t.push(...(rows as Table.HorizontalTableRow[]));
  return t.toString();
}

/**
 * Widths for a first column of `first` and `rest` columns sharing what is left of `total`: at least
 * `min` each, and at most `max`, so that a wide terminal does not push the columns apart.
 */
export function fitWidths(total: number, first: number, rest: number, min = 16, max = Infinity): number[] {
  const left = total - first - GAP * rest;
  const each = Math.min(max, Math.max(min, Math.floor(left / rest)));
  return [first, ...Array.from({ length: rest }, () => each)];
}

/** The width of the longest line, ignoring colour codes. */
export function visibleWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  return Math.max(0, ...text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((l) => [...l].length));
}

/** Borderless, diff-able tables on cli-table3, fitted to a width. */
import type Table from 'cli-table3';
import wrapAnsi from 'wrap-ansi';

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
}

/**
 * A row as rows of one line each, every cell's text wrapped to its width here with wrap-ansi. A
 * borderless table draws them the same, and cli-table3 then only sees short lines: its own wrapping
 * cuts a word longer than the column with "…" (the rest of it lost), and it truncates every cell's
 * whole text on every line it draws (for a debug message), which took minutes for a long title.
 */
function rowLines(row: Cell[], widths: readonly number[]): Cell[][] {
  let x = 0;
  const cells = row.map((cell) => {
    const span = typeof cell === 'string' ? 1 : (cell.colSpan ?? 1);
    const width = widths.slice(x, x + span).reduce((a, b) => a + b, 0) + GAP * (span - 1);
    x += span;
    const content = typeof cell === 'string' ? cell : cell.content;
    const lines = content.split('\n').flatMap((line) => wrapAnsi(line, Math.max(1, width), { hard: true, trim: true }).split('\n'));
    return { cell, lines };
  });
  const height = Math.max(1, ...cells.map((c) => c.lines.length));
  return Array.from({ length: height }, (_, i) =>
    cells.map(({ cell, lines }) => (typeof cell === 'string' ? (lines[i] ?? '') : { ...cell, content: lines[i] ?? '' })),
  );
}

export function table(rows: Cell[][], options: TableOptions): string {
  // Loaded on first use: `now`, --help and --version draw no table.
  const Table = require('cli-table3') as typeof import('cli-table3');
  const t = new Table({
    chars: NO_BORDERS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    colWidths: options.widths,
    colAligns: options.widths.map((_, i) => (options.right?.includes(i) ? 'right' : 'left')),
    wordWrap: false,
    ...(options.head ? { head: options.head } : {}),
  });
  t.push(...(rows.flatMap((row) => rowLines(row, options.widths)) as Table.HorizontalTableRow[]));
  return t.toString();
}

/** Widths for a first column of `first` and `rest` columns sharing what is left of `total` (at least `min` each). */
export function fitWidths(total: number, first: number, rest: number, min = 16): number[] {
  const left = total - first - GAP * rest;
  const each = Math.max(min, Math.floor(left / rest));
  return [first, ...Array.from({ length: rest }, () => each)];
}

/** The width of the longest line, ignoring colour codes. */
export function visibleWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  return Math.max(0, ...text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((l) => [...l].length));
}

/** `stats` for people: the contributor table with shares and totals, or a bar chart. */
import { percent, show, thousands, finish } from './text';
import { GAP, table } from './table';
import type { NumericKey, StatsResult } from '../core/stats';
import type { RenderContext } from './style';

const LABELS: Record<NumericKey, string> = { aliases: 'Aliases', checkins: 'Check-ins', insertions: 'Insertions' };

export function renderStatsTable(result: StatsResult, title: string, ctx: RenderContext): string {
  const { style } = ctx;
  const { totals } = result;
  const cells = (name: string, r: { aliases: number; checkins: number; insertions: number }, checkinsShare: number, insertionsShare: number) => [
    name,
    thousands(r.aliases),
    thousands(r.checkins),
    percent(checkinsShare),
    thousands(r.insertions),
    percent(insertionsShare),
  ];
  const body = result.rows.map((r) => cells(show(r.domain), r, r.checkinsShare, r.insertionsShare));
  const total = cells(`Total (all ${totals.rows} rows)`, totals, 1, 1);
  const head = ['Domain', 'Aliases', 'Check-ins', 'Share', 'Insertions', 'Share'];
  const all = [head, ...body, total];
  let columns = head.map((_, i) => i);
  const widthOf = (cols: number[]) => cols.reduce((sum, i) => sum + Math.max(...all.map((row) => [...row[i]].length)), 0) + GAP * (cols.length - 1);
  // On a narrow terminal the share columns go first.
  if (widthOf(columns) > ctx.width) columns = [0, 1, 2, 4];
  const pick = (row: string[]) => columns.map((i) => row[i]);
  const widths = columns.map((i) => Math.max(...all.map((row) => [...row[i]].length)));
  const rows = [...body.map(pick), pick(total).map((t) => style.strong(t))];
  const right = columns.map((_, k) => k).filter((k) => k > 0);
  const text = table(rows, { head: pick(head).map((h) => style.muted(h)), widths, right });
  return finish(`${style.heading(show(title))}\n${text}`);
}

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `fraction` of `width` cells, in eighths of a cell. */
export function bar(fraction: number, width: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, fraction)) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

export function renderStatsChart(result: StatsResult, key: NumericKey, title: string, ctx: RenderContext): string {
  const { style } = ctx;
  const labels = result.rows.map((r) => show(r.domain));
  const values = result.rows.map((r) => thousands(r[key]));
  const labelWidth = Math.max(...labels.map((l) => [...l].length));
  const valueWidth = Math.max(...values.map((v) => v.length));
  const barWidth = Math.max(10, ctx.width - labelWidth - valueWidth - 2 * GAP - 1);
  const max = Math.max(1, ...result.rows.map((r) => r[key]));
  const lines = result.rows.map(
    (r, i) => `${labels[i].padEnd(labelWidth)}  ${values[i].padStart(valueWidth)}  ${style.bar(bar(r[key] / max, barWidth))}`,
  );
  return finish(`${style.heading(`${LABELS[key]} by domain, ${show(title)}`)}\n${lines.join('\n')}`);
}

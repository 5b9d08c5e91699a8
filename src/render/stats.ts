/** `stats` for people: the contributor table with shares and totals, or a bar chart. */
import { percent, show, thousands, finish } from './text';
import { GAP, table } from './table';
import type { NumericKey, StatsResult } from '../stats';
import type { RenderContext } from './style';

const LABELS: Record<NumericKey, string> = { aliases: 'Aliases', checkins: 'Check-ins', insertions: 'Insertions' };

export function renderStatsTable(result: StatsResult, title: string, ctx: RenderContext): string {
  const { style } = ctx;
  const { totals } = result;
  const body = result.rows.map((r) => [
    show(r.domain),
    thousands(r.aliases),
    thousands(r.checkins),
    percent(r.checkinsShare),
    thousands(r.insertions),
    percent(r.insertionsShare),
  ]);
  const total = [`Total (all ${totals.rows} rows)`, thousands(totals.aliases), thousands(totals.checkins), percent(1), thousands(totals.insertions), percent(1)];
  const rows = [...body, total.map(style.strong)];
  const head = ['Domain', 'Aliases', 'Check-ins', 'Share', 'Insertions', 'Share'];
  const widths = head.map((h, i) => Math.max(h.length, ...[...body, total].map((row) => [...row[i]].length)));
  const text = table(rows, { head: head.map(style.muted), widths, right: [1, 2, 3, 4, 5] });
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
  return finish(`${style.heading(`${show(title)}: ${LABELS[key].toLowerCase()}`)}\n${lines.join('\n')}`);
}

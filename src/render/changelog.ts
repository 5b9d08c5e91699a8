/** `changelog` for people: the lists with their nesting, and the benchmark charts the deck showed. */
import { finish, show } from './text';
import { wrap } from './wrap';
import type { RenderContext } from './style';
import type { ChangeItem, ChangeList } from '../types';

function items(list: readonly ChangeItem[], depth: number): string[] {
  return list.flatMap((item) => [`${'  '.repeat(depth)}- ${show(item.text)}`, ...items(item.items, depth + 1)]);
}

export function renderChangelog(lists: readonly ChangeList[], ctx: RenderContext): string {
  return finish(wrap(lists.map((l) => [ctx.style.heading(show(l.title)), ...items(l.items, 1)].join('\n')).join('\n\n'), ctx.width, '  '));
}

export function renderBenchmarks(benchmarks: { note: string; charts: string[] }, ctx: RenderContext): string {
  const lines = [ctx.style.heading('Benchmark charts'), ...benchmarks.charts.map((c) => `  - ${show(c)}`), ctx.style.muted(show(benchmarks.note))];
  return finish(wrap(lines.join('\n'), ctx.width, '  '));
}

/** `search` for people: matching sessions, then matching changelog items with where they sit. */
import { sessionTimes, inZone } from './clock';
import { chairText, sessionLabel, sessionPlace } from './session';
import { finish, show } from './text';
import { wrap } from './wrap';
import type { SearchResult } from '../core/search';
import type { RenderContext } from './style';

export function renderSearch(result: SearchResult, ctx: RenderContext): string {
  const { style } = ctx;
  const lines: string[] = [];
  if (result.sessions.length > 0) {
    lines.push(style.heading('Sessions'));
    for (const s of result.sessions) {
      const day = inZone(ctx.clock, s.startsAt, ctx.clock.venueZone, 'EEE d MMM');
      lines.push(`  ${style.time(`${day} ${sessionTimes(s, ctx.clock).join(' · ')}`)}  ${style.strong(sessionLabel(s))}`);
      lines.push(`    ${sessionPlace(s)} · ${chairText(s)}`);
    }
  }
  if (result.changes.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(style.heading('Changelog'));
    for (const c of result.changes) {
      const path = [c.list, ...c.parents].map(show).join(' › ');
      lines.push(`  - ${style.strong(show(c.text))}`, `    ${style.muted(path)}`);
    }
  }
  return finish(wrap(lines.join('\n'), ctx.width, '  '));
}

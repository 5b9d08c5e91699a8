/** `changes` for people: what was cancelled, added and changed, each changed field old → new. */
import { inZone, sessionTimes, timeOf, twoClocks, zoneName } from './clock';
import { sessionLabel } from './session';
import { finish, show, span } from './text';
import { NO_CHAIR, NO_ROOM, trackName } from './words';
import { changeCount, sessionKey, type Field, type ScheduleChanges } from '../core/changes';
import type { RenderContext } from './style';
import type { Session } from '../types';

/** The mark of a starred session. */
export const STAR = '★';

/** "Tue 17 Apr 10:30–12:30": the venue's day, the times on the display clock and the venue's (as search shows them). */
function when(s: Session, ctx: RenderContext): string {
  return `${inZone(ctx.clock, s.startsAt, ctx.clock.venueZone, 'EEE d MMM')} ${sessionTimes(s, ctx.clock).join(' · ')}`;
}

/** A field's value as a person reads it. */
const VALUE: Record<Field, (s: Session, ctx: RenderContext) => string> = {
  title: (s) => sessionLabel(s),
  subtitle: (s) => (s.subtitle === undefined || s.subtitle === '' ? 'no subtitle' : show(s.subtitle)),
  chair: (s) => (s.chair === null ? NO_CHAIR : show(s.chair)),
  speakers: (s) => (s.speakers === undefined || s.speakers.length === 0 ? 'no speakers given' : s.speakers.map(show).join(', ')),
  language: (s) => (s.language === undefined || s.language === '' ? 'no language given' : show(s.language)),
  room: (s) => (s.room === null ? NO_ROOM : show(s.room)),
  track: (s) => trackName(s.track),
  day: (s, ctx) => inZone(ctx.clock, s.startsAt, ctx.clock.venueZone, 'EEE d MMM yyyy'),
  start: (s, { clock }) => {
    const time = timeOf(clock, s.startsAt, clock.zone, s.date);
    return twoClocks(clock, s.startsAt) ? `${time} ${zoneName(clock, clock.zone, s.startsAt)}` : time;
  },
  duration: (s, ctx) => (s.endsAt === null ? 'no end given' : span(s.startsAt, s.endsAt, ctx.clock)),
};

export interface ChangesLabels {
  /** What the old and the new schedule are called: file names, URLs, "the copy fetched …". */
  from: string;
  to: string;
}

/**
 * The changes in three groups, each in time order with starred sessions first (marked ★).
 * `starred` holds session keys (core/changes sessionKey).
 */
export function renderChanges(changes: ScheduleChanges, labels: ChangesLabels, starred: ReadonlySet<string>, ctx: RenderContext): string {
  const { style } = ctx;
  const n = changeCount(changes);
  const between = `between ${show(labels.from)} and ${show(labels.to)}`;
  if (n === 0) return finish(`No session changed ${between}.`);
  const lines = [`${n} session${n === 1 ? '' : 's'} changed ${between}.`];
  const mark = (s: Session) => (starred.has(sessionKey(s)) ? `${style.live(STAR)} ` : '');
  const head = (s: Session) => `  ${mark(s)}${style.time(when(s, ctx))}  ${style.strong(sessionLabel(s))}`;
  const group = (title: string, sessions: readonly Session[]) => {
    if (sessions.length === 0) return;
    lines.push('', style.heading(title));
    for (const s of sessions) lines.push(head(s), `    ${trackName(s.track)} · ${s.room === null ? NO_ROOM : show(s.room)}`);
  };
  group('Cancelled', changes.cancelled);
  group('Added', changes.added);
  if (changes.changed.length > 0) {
    lines.push('', style.heading('Changed'));
    for (const c of changes.changed) {
      lines.push(head(c.session));
      for (const f of c.fields) lines.push(`    ${f}: ${VALUE[f](c.old, ctx)} → ${VALUE[f](c.session, ctx)}`);
    }
  }
  return finish(lines.join('\n'));
}

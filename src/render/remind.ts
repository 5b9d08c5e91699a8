/** `remind` for people: one line a session about to start. */
import { inZone } from './clock';
import { sessionLabel, sessionPlace } from './session';
import { span } from './text';
import type { Due } from '../core/remind';
import type { RenderContext } from './style';

function change(d: Due, ctx: RenderContext): string {
  if (d.before === undefined) return '';
  const parts: string[] = [];
  if (d.before.start !== d.announce.start) parts.push(`moved from ${inZone(ctx.clock, new Date(d.before.start), ctx.clock.zone, 'EEE HH:mm')}`);
  if (d.before.room !== d.announce.room) parts.push(`room was ${d.before.room ?? 'not given'}`);
  return ` (${parts.join(', ')})`;
}

/** "10:30 Session 2: I/O Virtualization · Track A · Yorktown Auditorium · in 5 min". */
export function remindLine(d: Due, at: Date, ctx: RenderContext): string {
  const s = d.session;
  const when = s.startsAt.getTime() === at.getTime() ? 'starting now' : `in ${span(at, s.startsAt, ctx.clock)}`;
  return `${inZone(ctx.clock, s.startsAt, ctx.clock.zone, 'HH:mm')} ${sessionLabel(s)} · ${sessionPlace(s)} · ${when}${change(d, ctx)}\n`;
}

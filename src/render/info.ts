/** `info`: rooms and directions, logistics, and the days at a glance. */
import { byDate } from '../agenda';
import { inZone, zoneName } from './clock';
import { sessionLabel } from './session';
import { finish, show } from './text';
import type { RenderContext } from './style';
import type { Summit } from '../types';

export function renderInfo(summit: Summit, ctx: RenderContext): string {
  const { style } = ctx;
  const zone = summit.venue.timeZone;
  const first = summit.sessions[0]?.startsAt ?? new Date(0);
  const grouped = byDate(summit.sessions);
  const lines = [
    style.heading(`${show(summit.title)}, ${show(summit.venue.name)}`),
    `Time zone: ${zone} (${zoneName(zone, first)} during the summit)`,
    '',
    style.heading('Rooms'),
    ...summit.rooms.flatMap((r) => [`  Track ${show(r.track)}: ${style.strong(show(r.name))}`, ...r.notes.map((n) => `    ${show(n)}`)]),
    '',
    style.heading('Getting around'),
    ...summit.logistics.flatMap((l) => [`  ${style.strong(show(l.topic))}: ${show(l.text)}`, ...(l.details ?? []).map((d) => `    ${show(d)}`)]),
    '',
    style.heading('The days at a glance'),
    ...summit.days.flatMap((day) => {
      const sessions = grouped.get(day.date) ?? [];
      const heading = sessions.length > 0 ? inZone(sessions[0].startsAt, zone, 'EEEE d MMMM') : day.date;
      const seen = new Set<string>();
      const labels = sessions.flatMap((s) => {
        const key = `${inZone(s.startsAt, zone, 'HH:mm')} ${s.number ?? s.title}`;
        if (seen.has(key)) return [];
        seen.add(key);
        const tracks = sessions.filter((o) => o.startsAt.getTime() === s.startsAt.getTime() && o.track !== null).length;
        const what = tracks > 1 ? `${s.number === null ? show(s.title) : `Session ${s.number}`}, ${tracks} tracks` : sessionLabel(s);
        return [`    ${style.time(inZone(s.startsAt, zone, 'HH:mm'))}  ${what}`];
      });
      return [`  ${style.strong(heading)} (${day.date})`, ...labels];
    }),
  ];
  return finish(lines.join('\n'));
}

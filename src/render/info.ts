/** `info`: rooms and directions, logistics, and the days at a glance. */
import { byDay } from '../core/agenda';
import { inZone, zoneName } from './clock';
import { sessionLabel } from './session';
import { finish, show } from './text';
import { zoneLabel } from './words';
import { wrap } from './wrap';
import type { RenderContext } from './style';
import type { Conference, Session } from '../types';

/** One line per start time of a day; sessions that share a start and a number are one line ("2 tracks"). */
function glance(sessions: readonly Session[], ctx: RenderContext): string[] {
  const { style } = ctx;
  const zone = ctx.clock.venueZone;
  // Grouped in one pass: start time -> (number or title) -> how many tracked sessions share it;
  // the lines in the order their first session comes.
  const starts = new Map<number, Map<number | string, { first: Session; tracks: number }>>();
  const lines: { first: Session; tracks: number }[] = [];
  for (const s of sessions) {
    const start = s.startsAt.getTime();
    let group = starts.get(start);
    if (group === undefined) starts.set(start, (group = new Map()));
    const key = s.number ?? `t:${s.title}`;
    const line = group.get(key);
    if (line === undefined) {
      const added = { first: s, tracks: s.track === null ? 0 : 1 };
      group.set(key, added);
      lines.push(added);
    } else if (s.track !== null) line.tracks++;
  }
  // The clock time of the line before, when it starts at the same time.
  let time = '';
  let at = NaN;
  return lines.map(({ first: s, tracks }) => {
    const what = tracks > 1 ? `${s.number === null ? show(s.title) : `Session ${s.number}`}, ${tracks} tracks` : sessionLabel(s);
    if (s.startsAt.getTime() !== at) {
      at = s.startsAt.getTime();
      time = style.time(inZone(ctx.clock, s.startsAt, zone, 'HH:mm'));
    }
    return `    ${time}  ${what}`;
  });
}

/** `info` of a published schedule: its title, zone, rooms, days (with their hours) and how many sessions each holds. */
function renderScheduleInfo(conference: Conference, ctx: RenderContext): string {
  const { style } = ctx;
  const zone = conference.venue.timeZone;
  const first = conference.sessions[0]?.startsAt ?? conference.days[0]?.start ?? new Date(0);
  const named = zoneLabel(zone) === zone;
  const format = conference.format === undefined ? '' : ` (${conference.format.name}${conference.format.version === null ? '' : `, version ${show(conference.format.version)}`})`;
  const groups = byDay(conference.days, conference.sessions);
  const lines = [
    style.heading(`${show(conference.title)} (${show(conference.acronym)})`),
    `From ${show(conference.file ?? '')}${format}`,
    named ? `Time zone: ${zone} (${zoneName(ctx.clock, zone, first)} during the conference)` : `Time zone: none named; times are at ${zoneLabel(zone)}, the offset of its dates`,
    '',
    style.heading('Rooms'),
    ...conference.rooms.map((r) => `  ${style.strong(show(r.name))}: ${conference.sessions.filter((s) => s.room === r.name).length} sessions`),
    '',
    style.heading('Days'),
    ...groups.map(({ day, sessions }) => {
      const hours = `${inZone(ctx.clock, day.start, zone, 'EEE d MMM HH:mm')} to ${inZone(ctx.clock, day.end, zone, 'EEE d MMM HH:mm')}`;
      return `  ${style.strong(day.date)} ${show(day.label)}: ${hours}, ${sessions.length} session${sessions.length === 1 ? '' : 's'}`;
    }),
  ];
  return finish(lines.join('\n'));
}

export function renderInfo(conference: Conference, ctx: RenderContext): string {
  if (conference.kind !== 'summit') return renderScheduleInfo(conference, ctx);
  const { style } = ctx;
  const zone = conference.venue.timeZone;
  const first = conference.sessions[0]?.startsAt ?? conference.days[0]?.start ?? new Date(0);
  const lines = [
    style.heading(`${show(conference.title)}, ${show(conference.venue.name ?? '')}`),
    `Time zone: ${zone} (${zoneName(ctx.clock, zone, first)} during the summit)`,
    '',
    style.heading('Rooms'),
    ...conference.rooms.flatMap((r) => [`  Track ${show(r.track ?? '')}: ${style.strong(show(r.name))}`, ...r.notes.map((n) => `    ${show(n)}`)]),
    '',
    style.heading('Getting around'),
    ...conference.logistics.flatMap((l) => [`  ${style.strong(show(l.topic))}: ${show(l.text)}`, ...(l.details ?? []).map((d) => `    ${show(d)}`)]),
    '',
    style.heading('The days at a glance'),
    ...byDay(conference.days, conference.sessions).flatMap(({ day, sessions }) => {
      const heading = sessions.length > 0 ? inZone(ctx.clock, sessions[0].startsAt, zone, 'EEEE d MMMM') : day.date;
      return [`  ${style.strong(heading)} (${day.date})`, ...glance(sessions, ctx)];
    }),
  ];
  return finish(wrap(lines.join('\n'), ctx.width, '  '));
}

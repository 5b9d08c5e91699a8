/** `show ID` for people: one session in full, its prose as plain text wrapped to the terminal. */
import { format } from 'date-fns/format';
import { utcDate } from '../core/time';
import { sessionTimes } from './clock';
import { chairText, sessionLabel } from './session';
import { plainShown } from './plain';
import { finish, show } from './text';
import { twoColumns, wrap } from './wrap';
import { NO_DURATION, NO_ROOM, NO_ROOM_GIVEN, OPEN_END, trackName } from './words';
import type { RenderContext } from './style';
import type { Conference, Session } from '../types';

/** "Sat 27 Dec 2014" for a YYYY-MM-DD date (a calendar date: no zone involved). */
function dateWords(date: string): string {
  return format(new Date(`${date}T12:00:00Z`), 'EEE d MMM yyyy', { in: utcDate });
}

function section(title: string, body: string, ctx: RenderContext): string[] {
  const text = plainShown(body);
  if (text === '') return [];
  return ['', ctx.style.heading(title), wrap(text.replace(/^/gm, '  '), ctx.width, '')];
}

export function renderShow(s: Session, conference: Conference, ctx: RenderContext): string {
  const { style } = ctx;
  const schedule = s.speakers !== undefined;
  const day = conference.days.find((d) => d.date === s.date);
  const rows: [string, string][] = [
    ['Day', `${dateWords(s.date)}${day !== undefined && schedule ? ` (${show(day.label)})` : ''}`],
    ['Time', sessionTimes(s, ctx.clock).map((t, i) => (i === 0 && sessionTimes(s, ctx.clock).length === 1 ? `${t} ${ctx.clock.zones.abbreviation(ctx.clock.zone, s.startsAt)}` : t)).join('\n')],
  ];
  if (schedule) {
    rows.push(['Room', s.room === null ? NO_ROOM_GIVEN : show(s.room)]);
    if (s.topic !== undefined && s.topic !== null) rows.push(['Track', show(s.topic)]);
    rows.push([s.speakers!.length === 1 ? 'Speaker' : 'Speakers', chairText(s)]);
    const kind = [s.type, s.language].filter((x): x is string => x !== undefined).map(show).join(' · ');
    if (kind !== '') rows.push(['Type', kind]);
    rows.push(['Id', `${show(s.id)}${s.guid === undefined ? '' : ` · guid ${show(s.guid)}`}`]);
  } else {
    rows.push(['Room', s.room === null ? NO_ROOM : show(s.room)], ['Track', trackName(s.track)], ['Chair', chairText(s).replace(/^Chair: /, '')], ['Id', show(s.id)]);
  }
  const lines = [style.heading(wrap(sessionLabel(s), ctx.width))];
  if (s.subtitle !== undefined) lines.push(wrap(plainShown(s.subtitle), ctx.width));
  lines.push('', twoColumns(rows.flatMap(([k, v]) => v.split('\n').map((line, i): [string, string] => [i === 0 ? `${k}:` : '', line])), ctx.width, ''));
  if (s.endsAt === null) lines.push('', wrap(schedule ? NO_DURATION : OPEN_END, ctx.width));
  if (s.abstract !== undefined) lines.push(...section('Abstract', s.abstract, ctx));
  if (s.description !== undefined && s.description.trim() !== s.abstract?.trim()) lines.push(...section('Description', s.description, ctx));
  if (s.links !== undefined && s.links.length > 0) {
    lines.push('', style.heading('Links'), ...s.links.map((l) => wrap(`  - ${show(l.title)}${l.url !== l.title ? `: ${show(l.url)}` : ''}`, ctx.width, '    ')));
  }
  return finish(lines.join('\n'));
}

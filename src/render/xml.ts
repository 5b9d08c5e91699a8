/**
 * The frab / Pentabarf schedule.xml that conference apps (Giggity, ConfClerk) read.
 * Days hold rooms, rooms hold events; the chair is the event's person.
 */
import { byDate } from '../agenda';
import { isoAt } from './json';
import type { Session, Summit } from '../types';

/** Text for XML 1.0: the five entities escaped, characters XML cannot carry dropped. */
export function xmlText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const NO_ROOM_XML = 'Room not given in the deck';

function duration(s: Session): string {
  const minutes = Math.round((s.until.getTime() - s.startsAt.getTime()) / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function element(name: string, text: string): string {
  return `<${name}>${xmlText(text)}</${name}>`;
}

function event(s: Session, id: number, summit: Summit): string {
  const zone = summit.venue.timeZone;
  const room = s.room ?? NO_ROOM_XML;
  const abstract = [s.number === null ? '' : `Session ${s.number}.`, s.chair === null ? '' : `Chair: ${s.chair}.`, s.note ?? '']
    .filter((p) => p !== '')
    .join(' ');
  return [
    `      <event id="${id}" guid="${xmlText(`${summit.acronym}-${s.id}`)}">`,
    `        ${element('date', isoAt(s.startsAt, zone))}`,
    `        ${element('start', s.start)}`,
    `        ${element('duration', duration(s))}`,
    `        ${element('room', room)}`,
    `        ${element('slug', `${summit.acronym}-${s.id}`)}`,
    `        ${element('title', s.title)}`,
    `        ${element('subtitle', s.number === null ? '' : `Session ${s.number}`)}`,
    `        ${element('track', s.track === null ? 'Everyone' : `Track ${s.track}`)}`,
    `        ${element('type', s.number === null ? 'other' : 'session')}`,
    `        ${element('abstract', abstract)}`,
    `        ${element('description', s.endsAt === null ? 'No end time in the deck: shown until the end of the day.' : '')}`,
    '        <persons>',
    ...(s.chair === null ? [] : [`          ${element('person', s.chair)}`]),
    '        </persons>',
    '      </event>',
  ].join('\n');
}

export function renderXml(summit: Summit, sessions: readonly Session[], version: string): string {
  const zone = summit.venue.timeZone;
  const ids = new Map(summit.sessions.map((s, i) => [s.id, i + 1]));
  const grouped = byDate(sessions);
  const days = summit.days
    .map((day, index) => ({ day, index, sessions: grouped.get(day.date) ?? [] }))
    .filter((d) => d.sessions.length > 0);
  const dates = summit.days.map((d) => d.date).sort();
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<schedule>',
    `  ${element('version', version)}`,
    '  <conference>',
    `    ${element('title', summit.title)}`,
    `    ${element('acronym', summit.acronym)}`,
    ...(dates.length === 0 ? [] : [`    ${element('start', dates[0])}`, `    ${element('end', dates[dates.length - 1])}`]),
    `    ${element('days', String(summit.days.length))}`,
    '  </conference>',
  ];
  for (const { day, index, sessions: daySessions } of days) {
    const start = daySessions[0].startsAt;
    const end = new Date(Math.max(...daySessions.map((s) => s.until.getTime())));
    out.push(`  <day index="${index + 1}" date="${day.date}" start="${isoAt(start, zone)}" end="${isoAt(end, zone)}">`);
    const rooms = [...new Set(daySessions.map((s) => s.room ?? NO_ROOM_XML))];
    for (const room of rooms) {
      out.push(`    <room name="${xmlText(room)}">`);
      for (const s of daySessions.filter((x) => (x.room ?? NO_ROOM_XML) === room)) out.push(event(s, ids.get(s.id)!, summit));
      out.push('    </room>');
    }
    out.push('  </day>');
  }
  out.push('</schedule>');
  return `${out.join('\n')}\n`;
}

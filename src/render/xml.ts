/**
 * The frab / Pentabarf schedule.xml that conference apps (Giggity, ConfClerk) read.
 * Days hold rooms, rooms hold events; the chair is the event's person.
 */
import { byDay, latestUntil } from '../core/agenda';
import { capitalized, NO_ROOM, OPEN_END, trackName } from './words';
import type { JsonClock } from './json';
import type { Conference, Session } from '../types';

/** A character as a reference, which no parser normalises: &#xd; */
const reference = (c: string) => `&#x${c.codePointAt(0)!.toString(16)};`;

/**
 * Text for XML 1.0: the five entities escaped, characters XML cannot carry dropped, and as references
 * the characters a parser would change: CR (read as a line feed), DEL and the C1 controls, and the
 * line and paragraph separators (some parsers read NEL, U+2028 and U+2029 as line feeds; XML 1.1 wants C1 as references).
 */
export function xmlText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\r\u007f-\u009f\u2028\u2029]/g, reference);
}

/** An attribute value: as text, and tabs and line feeds as references (a parser turns literal ones into spaces). */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/[\t\n]/g, reference);
}

/** The room of sessions the data gives none for: a name, so capitalised. */
const NO_ROOM_NAME = capitalized(NO_ROOM);

function duration(s: Session): string {
  const minutes = Math.round((s.until.getTime() - s.startsAt.getTime()) / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function element(name: string, text: string): string {
  return `<${name}>${xmlText(text)}</${name}>`;
}

function event(s: Session, id: number, summit: Conference, clock: JsonClock): string {
  const room = s.room ?? NO_ROOM_NAME;
  const abstract = [s.number === null ? '' : `Session ${s.number}.`, s.chair === null ? '' : `Chair: ${s.chair}.`, s.note ?? '']
    .filter((p) => p !== '')
    .join(' ');
  return [
    `      <event id="${id}" guid="${xmlAttribute(`${summit.acronym}-${s.id}`)}">`,
    `        ${element('date', clock.zones.iso(s.startsAt, clock.venueZone))}`,
    `        ${element('start', clock.zones.iso(s.startsAt, clock.venueZone).slice(11, 16))}`,
    `        ${element('duration', duration(s))}`,
    `        ${element('room', room)}`,
    `        ${element('slug', `${summit.acronym}-${s.id}`)}`,
    `        ${element('title', s.title)}`,
    `        ${element('subtitle', s.number === null ? '' : `Session ${s.number}`)}`,
    `        ${element('track', trackName(s.track))}`,
    `        ${element('type', s.number === null ? 'other' : 'session')}`,
    `        ${element('abstract', abstract)}`,
    `        ${element('description', s.endsAt === null ? OPEN_END : '')}`,
    '        <persons>',
    ...(s.chair === null ? [] : [`          ${element('person', s.chair)}`]),
    '        </persons>',
    '      </event>',
  ].join('\n');
}

export function renderXml(summit: Conference, sessions: readonly Session[], version: string, clock: JsonClock): string {
  const iso = (t: Date) => clock.zones.iso(t, clock.venueZone);
  const ids = new Map(summit.sessions.map((s, i) => [s.id, i + 1]));
  const days = byDay(summit.days, sessions)
    .map((d, index) => ({ ...d, index }))
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
    out.push(`  <day index="${index + 1}" date="${day.date}" start="${iso(daySessions[0].startsAt)}" end="${iso(latestUntil(daySessions)!)}">`);
    const rooms = new Map<string, Session[]>();
    for (const s of daySessions) {
      const room = s.room ?? NO_ROOM_NAME;
      const list = rooms.get(room);
      if (list === undefined) rooms.set(room, [s]);
      else list.push(s);
    }
    for (const [room, roomSessions] of rooms) {
      out.push(`    <room name="${xmlAttribute(room)}">`);
      for (const s of roomSessions) out.push(event(s, ids.get(s.id)!, summit, clock));
      out.push('    </room>');
    }
    out.push('  </day>');
  }
  out.push('</schedule>');
  return `${out.join('\n')}\n`;
}

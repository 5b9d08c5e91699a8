/**
 * iCalendar (RFC 5545) for calendar programs. Times are written in UTC, so no VTIMEZONE is needed.
 * Sessions with no end in the deck (the BOF sessions) end at the end of their day, as in `now`.
 */
import { sessionLabel } from './session';
import { OPEN_END, trackName } from './words';
import type { Conference, Session } from '../types';

const CRLF = '\r\n';

/** Control characters RFC 5545 TEXT does not allow; tab and line breaks are kept. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other control characters. */
export function escapeText(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 sequence; continuation lines start with a space. */
export function foldLine(line: string): string {
  // Most lines are short: at most 75 UTF-16 units is at most 75 octets only if ASCII, so measure.
  if (line.length <= 25 || (line.length <= 75 && Buffer.byteLength(line, 'utf8') <= 75)) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** 20070417T143000Z */
export function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** One line, so that calendar programs list and search it whole: "Session 2 · Track A · Chair: Muli Ben Yehuda". */
function description(s: Session): string {
  return [
    s.number === null ? undefined : `Session ${s.number}`,
    trackName(s.track),
    s.chair === null ? undefined : `Chair: ${s.chair}`,
    s.note === undefined ? undefined : s.note,
    s.endsAt === null ? OPEN_END : undefined,
  ]
    .filter((l): l is string => l !== undefined)
    .join(' · ');
}

export interface IcsOptions {
  /** DTSTAMP: when this calendar was written. */
  stamp: Date;
}

export function renderIcs(summit: Conference, sessions: readonly Session[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//xensummit//Xen Summit agenda//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(summit.title)}`,
    `X-WR-TIMEZONE:${summit.venue.timeZone}`,
  ];
  for (const s of sessions) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${s.id}@${summit.acronym}`)}`,
      `DTSTAMP:${utcStamp(options.stamp)}`,
      `DTSTART:${utcStamp(s.startsAt)}`,
      `DTEND:${utcStamp(s.until)}`,
      `SUMMARY:${escapeText(sessionLabel({ ...s, note: undefined }))}`,
      ...(s.room === null ? [] : [`LOCATION:${escapeText(`${s.room}, ${summit.venue.name}`)}`]),
      `DESCRIPTION:${escapeText(description(s))}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * iCalendar (RFC 5545) for calendar programs. Times are written in UTC, so no VTIMEZONE is needed.
 * Sessions with no end in the deck (the BOF sessions) end at the end of their day, as in `now`.
 */
import { TextBuilder } from './builder';
import { show } from './text';
import { NO_DURATION, OPEN_END, trackNames } from './words';
import type { Conference, Session } from '../types';

const CRLF = '\r\n';

/** Control characters RFC 5545 TEXT does not allow; tab and line breaks are kept. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** What escapeText changes: most text has none of it, and comes back as it is. */
// eslint-disable-next-line no-control-regex
const ESCAPED = /[\u0000-\u0008\u000a-\u001f\u007f\\;,]/;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other control characters. */
export function escapeText(text: string): string {
  if (!ESCAPED.test(text)) return text;
  return text
    .replace(FORBIDDEN, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

/** Folds a content line at 75 octets, never inside a UTF-8 sequence; continuation lines start with a space. */
export function foldLine(line: string): string {
  // Most lines are short: at most 75 UTF-16 units is at most 75 octets only if ASCII, so measure.
  if (line.length <= 25 || (line.length <= 75 && (ASCII.test(line) || Buffer.byteLength(line, 'utf8') <= 75))) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    // Its UTF-8 length, as Buffer.byteLength gives it (a lone surrogate is written as U+FFFD, three octets), without a call into Node per character.
    const code = char.charCodeAt(0);
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : char.length === 2 ? 4 : 3;
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
  const iso = instant.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** A published schedule's event in one line, so that calendar programs list and search it whole: subtitle · topic · speakers. */
function scheduleDescription(s: Session, speakers: readonly string[]): string {
  const parts = [s.subtitle, s.topic ?? undefined, speakers.length === 0 ? undefined : speakers.join(', '), s.endsAt === null ? NO_DURATION : undefined];
  return parts.filter((l): l is string => l !== undefined && l !== '').join(' · ');
}

/**
 * The escaped title and description of an event, their parts escaped apart (escaping works
 * character by character, and the parts are joined by text it leaves as it is, so no CR LF pair
 * spans two of them): each part is a short flat string, where the whole would be a rope that the
 * test for what to escape flattens first. Each track's name is escaped once (trackNames, in renderIcs).
 */
function escapedTitle(s: Session): string {
  const title = escapeText(show(s.title));
  return s.number === null ? title : `Session ${s.number}: ${title}`;
}

const OPEN_END_TEXT = escapeText(OPEN_END);

/** The description, escaped: a published schedule's whole; the summit's ("Session 2 · Track A · Chair: Muli Ben Yehuda") part by part. */
function escapedDescription(s: Session, track: (s: Session) => string): string {
  if (s.speakers !== undefined) return escapeText(scheduleDescription(s, s.speakers));
  let text = s.number === null ? track(s) : `Session ${s.number} · ${track(s)}`;
  if (s.chair !== null) text += ` · Chair: ${escapeText(s.chair)}`;
  if (s.note !== undefined) text += ` · ${escapeText(s.note)}`;
  if (s.endsAt === null) text += ` · ${OPEN_END_TEXT}`;
  return text;
}

/**
 * A content line `name` (ASCII, with its colon) + `value`, folded, with its CRLF. Whether it needs
 * folding is asked of the value (often a flat string) before the two are joined: the same answer
 * as foldLine's for the whole line, since the name is ASCII.
 */
function field(name: string, value: string): string {
  const length = name.length + value.length;
  if (length <= 25 || (length <= 75 && (ASCII.test(value) || name.length + Buffer.byteLength(value, 'utf8') <= 75))) return name + value + CRLF;
  return foldLine(name + value) + CRLF;
}

export interface IcsOptions {
  /** DTSTAMP: when this calendar was written. */
  stamp: Date;
  /** With it, each event gets one display alarm this long before its start (the event's last component). */
  alarmMs?: number;
}

/** One VALARM that goes off `ms` before the start: RFC 5545 §3.6.6, a negative duration relative to DTSTART. */
function alarm(ms: number, summary: string): string[] {
  const minutes = Math.round(ms / 60_000);
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${summary}`, `TRIGGER:${minutes === 0 ? 'PT0M' : `-PT${minutes}M`}`, 'END:VALARM'];
}

export function renderIcs(summit: Conference, sessions: readonly Session[], options: IcsOptions): string {
  // One string per event, into flat chunks: a large calendar holds millions of lines.
  const out = new TextBuilder();
  const line = (text: string) => foldLine(text) + CRLF;
  for (const text of ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//xensummit//Xen Summit agenda//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']) out.add(line(text));
  out.add(line(`X-WR-CALNAME:${escapeText(summit.title)}`));
  out.add(line(`X-WR-TIMEZONE:${summit.venue.timeZone}`));
  const stamp = line(`DTSTAMP:${utcStamp(options.stamp)}`);
  // Schedules repeat the same instants and rooms many times: each line of them is written once.
  const starts = new Map<number, string>();
  const ends = new Map<number, string>();
  const stampLine = (lines: Map<number, string>, name: string, instant: Date): string => {
    let text = lines.get(instant.getTime());
    if (text === undefined) lines.set(instant.getTime(), (text = field(name, utcStamp(instant))));
    return text;
  };
  const venue = summit.venue.name;
  const locations = new Map<string, string>();
  const location = (room: string): string => {
    let text = locations.get(room);
    if (text === undefined) locations.set(room, (text = field('LOCATION:', escapeText(venue === null ? room : `${room}, ${venue}`))));
    return text;
  };
  const track = trackNames(escapeText);
  // Escaping works character by character (a CR LF pair cannot span the "@"), so the acronym is escaped once.
  const at = `@${escapeText(summit.acronym)}`;
  for (const s of sessions) {
    const summary = escapedTitle(s);
    let event = `BEGIN:VEVENT${CRLF}${field('UID:', escapeText(s.id) + at)}${stamp}${stampLine(starts, 'DTSTART:', s.startsAt)}${stampLine(ends, 'DTEND:', s.until)}${field('SUMMARY:', summary)}`;
    if (s.room !== null) event += location(s.room);
    event += field('DESCRIPTION:', escapedDescription(s, track));
    if (options.alarmMs !== undefined) for (const text of alarm(options.alarmMs, summary)) event += line(text);
    out.add(`${event}END:VEVENT${CRLF}`);
  }
  out.add(line('END:VCALENDAR'));
  return out.text();
}

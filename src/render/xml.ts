/**
 * The frab / Pentabarf schedule.xml that conference apps (Giggity, ConfClerk) read.
 * Days hold rooms, rooms hold events; the chair is the event's person.
 */
import { byDay, groupByDate, latestUntil } from '../core/agenda';
import { TextBuilder } from './builder';
import { capitalized, NO_ROOM, NO_ROOM_GIVEN, OPEN_END, trackNames } from './words';
import type { JsonClock } from './json';
import type { Conference, Session } from '../types';

/** A character as a reference, which no parser normalises: &#xd; */
const reference = (c: string) => `&#x${c.codePointAt(0)!.toString(16)};`;

/** What xmlText changes: most text has none of it, and comes back as it is. */
// eslint-disable-next-line no-control-regex
const CHANGED = /[&<>"'\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufffe\uffff]/;
const ATTRIBUTE_BREAK = /[\t\n]/;

/**
 * Text for XML 1.0: the five entities escaped, characters XML cannot carry dropped, and as references
 * the characters a parser would change: CR (read as a line feed), DEL and the C1 controls, and the
 * line and paragraph separators (some parsers read NEL, U+2028 and U+2029 as line feeds; XML 1.1 wants C1 as references).
 */
export function xmlText(text: string): string {
  if (!CHANGED.test(text)) return text;
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
  const escaped = xmlText(text);
  return ATTRIBUTE_BREAK.test(escaped) ? escaped.replace(/[\t\n]/g, reference) : escaped;
}

/** The room of sessions the data gives none for: a name, so capitalised. */
const NO_ROOM_NAME = capitalized(NO_ROOM);

function duration(s: Session): string {
  const minutes = Math.round((s.until.getTime() - s.startsAt.getTime()) / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The duration of the session written last, kept: most sessions of a schedule last as long as the one before. */
interface Repeats {
  ms: number;
  duration: string;
}

function durationOf(s: Session, kept: Repeats): string {
  const ms = s.until.getTime() - s.startsAt.getTime();
  if (ms !== kept.ms) {
    kept.ms = ms;
    kept.duration = duration(s);
  }
  return kept.duration;
}

function element(name: string, text: string): string {
  return `<${name}>${xmlText(text)}</${name}>`;
}

const OPEN_END_TEXT = xmlText(OPEN_END);

/** What every event of a room shares, escaped once: the acronym (for guid and slug) and the room's element. */
interface EventShared {
  acronym: string;
  /** The acronym and a "-", escaped as an attribute (for the guid) and as text (for the slug). */
  guid: string;
  slug: string;
  roomLine: string;
  kept: Repeats;
}

/** An id that no escaping changes (a summit file's ids are all such: letters, digits, ".", "_" and "-"). */
const PLAIN_ID = /^[A-Za-z0-9._-]*$/;

/**
 * One event, as one string (its lines joined with line feeds); its date, start, duration and numbers
 * are digits and its id needs no escaping, written as they are. Escaping works character by
 * character, so the chair is escaped once for its element and for the abstract that quotes it.
 */
function event(s: Session, id: number, shared: EventShared, clock: JsonClock, track: (s: Session) => string): string {
  const chair = s.chair === null ? null : xmlText(s.chair);
  let abstract = s.number === null ? '' : `Session ${s.number}.`;
  if (chair !== null) abstract += `${abstract === '' ? '' : ' '}Chair: ${chair}.`;
  if (s.note !== undefined && s.note !== '') abstract += `${abstract === '' ? '' : ' '}${xmlText(s.note)}`;
  const iso = clock.zones.iso(s.startsAt, clock.venueZone);
  const plain = PLAIN_ID.test(s.id);
  const guid = plain ? shared.guid + s.id : xmlAttribute(`${shared.acronym}-${s.id}`);
  const slug = plain ? shared.slug + s.id : xmlText(`${shared.acronym}-${s.id}`);
  const persons = chair === null ? '' : `          <person>${chair}</person>\n`;
  return `      <event id="${id}" guid="${guid}">
        <date>${iso}</date>
        <start>${iso.slice(11, 16)}</start>
        <duration>${durationOf(s, shared.kept)}</duration>
${shared.roomLine}        <slug>${slug}</slug>
        <title>${xmlText(s.title)}</title>
        <subtitle>${s.number === null ? '' : `Session ${s.number}`}</subtitle>
        <track>${track(s)}</track>
        <type>${s.number === null ? 'other' : 'session'}</type>
        <abstract>${abstract}</abstract>
        <description>${s.endsAt === null ? OPEN_END_TEXT : ''}</description>
        <persons>
${persons}        </persons>
      </event>`;
}

/** "HH:MM" of a published schedule's session: its duration, "00:00" for none (which reads back as none). */
export function scheduleDuration(s: Session): string {
  return s.endsAt === null ? '00:00' : duration(s);
}

/**
 * Numbers and names unique across the schedule, as schedule.xml wants them: a session keeps its id
 * when it is a positive whole number not taken yet, else gets the next free one; guid and slug
 * likewise keep theirs, else are made from the acronym and id.
 */
export function uniqueKeys(conference: Conference): Map<string, { id: number; guid: string; slug: string }> {
  const taken = new Set<number>();
  const guids = new Set<string>();
  const slugs = new Set<string>();
  const keys = new Map<string, { id: number; guid: string; slug: string }>();
  const numeric = (s: Session) => (/^[1-9]\d{0,14}$/.test(s.id) ? Number(s.id) : undefined);
  for (const s of conference.sessions) {
    const n = numeric(s);
    if (n !== undefined && !taken.has(n)) taken.add(n);
  }
  let next = Math.max(0, ...taken) + 1;
  const claimed = new Set<number>();
  const fresh = (set: Set<string>, wanted: string | undefined, fallback: string) => {
    let value = wanted ?? fallback;
    for (let i = 2; set.has(value); i++) value = `${wanted ?? fallback}-${i}`;
    set.add(value);
    return value;
  };
  for (const s of conference.sessions) {
    let id = numeric(s);
    if (id === undefined || claimed.has(id)) id = next++;
    claimed.add(id);
    const own = `${conference.acronym}-${s.id}`;
    keys.set(s.id, { id, guid: fresh(guids, s.guid, own), slug: fresh(slugs, s.slug, own) });
  }
  return keys;
}

function scheduleEvent(s: Session, key: { id: number; guid: string; slug: string }, clock: JsonClock): string {
  const iso = clock.zones.iso(s.startsAt, clock.venueZone);
  const optional = (name: string, value: string | undefined) => (value === undefined ? [] : [`        ${element(name, value)}`]);
  return [
    `      <event id="${key.id}" guid="${xmlText(key.guid)}">`,
    `        ${element('date', iso)}`,
    `        ${element('start', iso.slice(11, 16))}`,
    `        ${element('duration', scheduleDuration(s))}`,
    `        ${element('room', s.room ?? capitalized(NO_ROOM_GIVEN))}`,
    `        ${element('slug', key.slug)}`,
    `        ${element('title', s.title)}`,
    `        ${element('subtitle', s.subtitle ?? '')}`,
    `        ${element('track', s.topic ?? '')}`,
    `        ${element('type', s.type ?? '')}`,
    ...optional('language', s.language),
    `        ${element('abstract', s.abstract ?? '')}`,
    ...optional('description', s.description),
    '        <persons>',
    ...(s.speakers ?? []).map((p) => `          ${element('person', p)}`),
    '        </persons>',
    '        <links>',
    ...(s.links ?? []).map((l) => `          <link href="${xmlText(l.url)}">${xmlText(l.title)}</link>`),
    '        </links>',
    '      </event>',
  ].join('\n');
}

/**
 * The start of a schedule.xml, up to its days: the version and the conference. Into a TextBuilder,
 * line by line, for the days to follow in flat chunks (a large schedule holds millions of lines).
 */
function scheduleHead(conference: Conference, version: string): TextBuilder {
  const dates = conference.days.map((d) => d.date).sort();
  const out = new TextBuilder();
  for (const line of [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<schedule>',
    `  ${element('version', version)}`,
    '  <conference>',
    `    ${element('title', conference.title)}`,
    `    ${element('acronym', conference.acronym)}`,
    ...(dates.length === 0 ? [] : [`    ${element('start', dates[0])}`, `    ${element('end', dates[dates.length - 1])}`]),
    `    ${element('days', String(conference.days.length))}`,
    '  </conference>',
  ])
    out.add(`${line}\n`);
  return out;
}

/** A published schedule, written back as schedule.xml: its days with their bounds, its rooms in order, its events as they were. */
function renderScheduleXml(conference: Conference, sessions: readonly Session[], version: string, clock: JsonClock): string {
  const iso = (t: Date) => clock.zones.iso(t, clock.venueZone);
  const keys = uniqueKeys(conference);
  const out = scheduleHead(conference, conference.format?.version ?? version);
  const order = conference.rooms.map((r) => r.name);
  byDay(conference.days, sessions).forEach(({ day, sessions: daySessions }, i) => {
    out.add(`  <day index="${day.index ?? i + 1}" date="${day.date}" start="${iso(day.start)}" end="${iso(day.end)}">\n`);
    const rooms = new Map<string, Session[]>(order.map((r) => [r, []]));
    for (const s of daySessions) {
      const room = s.room ?? capitalized(NO_ROOM_GIVEN);
      const list = rooms.get(room);
      if (list === undefined) rooms.set(room, [s]);
      else list.push(s);
    }
    for (const [room, roomSessions] of rooms) {
      if (roomSessions.length === 0) continue;
      out.add(`    <room name="${xmlText(room)}">\n`);
      for (const s of roomSessions) out.add(`${scheduleEvent(s, keys.get(s.id)!, clock)}\n`);
      out.add('    </room>\n');
    }
    out.add('  </day>\n');
  });
  out.add('</schedule>\n');
  return out.text();
}

/**
 * The number of each of `sessions` in the schedule: its place in `all` plus one. `sessions` is most
 * often `all` or a part of it in the same order, which one walk along `all` numbers; otherwise the
 * numbers come from a map of the ids.
 */
function numbersOf(all: readonly Session[], sessions: readonly Session[]): number[] {
  const numbers: number[] = [];
  let j = 0;
  for (let i = 0; i < sessions.length; i++) {
    while (j < all.length && all[j] !== sessions[i]) j++;
    if (j === all.length) {
      const ids = new Map<string, number>();
      all.forEach((s, k) => ids.set(s.id, k + 1));
      return sessions.map((s) => ids.get(s.id)!);
    }
    numbers.push(++j);
  }
  return numbers;
}

export function renderXml(summit: Conference, sessions: readonly Session[], version: string, clock: JsonClock): string {
  if (summit.kind !== 'summit') return renderScheduleXml(summit, sessions, version, clock);
  const iso = (t: Date) => clock.zones.iso(t, clock.venueZone);
  const numbers = numbersOf(summit.sessions, sessions);
  // The sessions of each day, as their places in `sessions`, to find their numbers by.
  const byDate = groupByDate(
    summit.days,
    sessions.map((_, i) => i),
    (i) => sessions[i].date,
  );
  const out = scheduleHead(summit, version);
  const guid = `${xmlAttribute(summit.acronym)}-`;
  const slug = `${xmlText(summit.acronym)}-`;
  const kept: Repeats = { ms: NaN, duration: '' };
  const track = trackNames(xmlText);
  summit.days.forEach((day, index) => {
    const places = byDate[index];
    if (places.length === 0) return;
    const daySessions = places.map((i) => sessions[i]);
    out.add(`  <day index="${index + 1}" date="${day.date}" start="${iso(daySessions[0].startsAt)}" end="${iso(latestUntil(daySessions)!)}">\n`);
    const rooms = new Map<string, number[]>();
    for (const i of places) {
      const room = sessions[i].room ?? NO_ROOM_NAME;
      const list = rooms.get(room);
      if (list === undefined) rooms.set(room, [i]);
      else list.push(i);
    }
    for (const [room, roomPlaces] of rooms) {
      out.add(`    <room name="${xmlAttribute(room)}">\n`);
      const shared = { acronym: summit.acronym, guid, slug, roomLine: `        <room>${xmlText(room)}</room>\n`, kept };
      for (const i of roomPlaces) out.add(`${event(sessions[i], numbers[i], shared, clock, track)}\n`);
      out.add('    </room>\n');
    }
    out.add('  </day>\n');
  });
  out.add('</schedule>\n');
  return out.text();
}

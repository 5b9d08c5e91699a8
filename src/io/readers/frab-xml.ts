/**
 * frab's schedule.xml (also Pentabarf's and pretalx's): <schedule> with <conference>, then <day>s
 * holding <room>s holding <event>s. Parsed with fast-xml-parser, loaded only here, so that the
 * summit's start never pays for it. No entity is expanded but XML's own five and character
 * references: a document that declares entities (the way to an external entity or an entity bomb)
 * is refused before parsing.
 */
import { DataError } from '../../errors';
import { buildSchedule, text, type RawDay, type RawEvent, type RawSchedule } from './schedule';
import type { Zones } from '../../core/time';
import type { Conference, Link } from '../../types';

type Node = Record<string, unknown>;

const LISTS = new Set(['day', 'room', 'event', 'person', 'link']);

/** The text of an element, whether it came as a string or as an object with attributes. */
function content(value: unknown): unknown {
  if (Array.isArray(value)) return content(value[0]);
  if (value !== null && typeof value === 'object') return (value as Node)['#text'] ?? '';
  return value;
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (v !== null && typeof v === 'object' ? (v as Node) : { '#text': v }));
}

function persons(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return list((value as Node).person).map((p) => text(p['#text']) ?? '');
}

function links(value: unknown): Link[] {
  if (value === null || typeof value !== 'object') return [];
  return list((value as Node).link).flatMap((l) => {
    const url = text(l['@href']) ?? '';
    const title = text(l['#text']) ?? '';
    return url === '' && title === '' ? [] : [{ title: title === '' ? url : title, url }];
  });
}

function event(e: Node): RawEvent {
  const field = (name: string) => content(e[name]);
  return {
    id: e['@id'],
    guid: e['@guid'],
    date: field('date'),
    start: field('start'),
    duration: field('duration'),
    room: field('room'),
    title: field('title'),
    subtitle: field('subtitle'),
    track: field('track'),
    type: field('type'),
    language: field('language'),
    abstract: field('abstract'),
    description: field('description'),
    slug: field('slug'),
    url: field('url'),
    persons: persons(e.persons),
    links: links(e.links),
  };
}

/** Where the document's own markup begins: after the XML declaration, comments and the DOCTYPE. */
function declaresEntities(xml: string): boolean {
  const root = xml.search(/<[A-Za-z_]/);
  const prolog = root === -1 ? xml : xml.slice(0, root);
  return /<!ENTITY/i.test(prolog);
}

/** The schedule.xml `text`, read into the model; `file` names it in errors. */
export function readFrabXml(source: string, file: string, zones: Zones): Conference {
  return buildSchedule(parseFrabXml(source, file), file, zones);
}

/** The schedule.xml `text` parsed into the raw shape the two published formats share (plain JSON). */
export function parseFrabXml(source: string, file: string): RawSchedule {
  // Whitespace or a byte-order mark before the XML declaration: what every app forgives.
  const xml = source.replace(/^[\ufeff\s]+/, '');
  if (declaresEntities(xml)) {
    throw new DataError(`${file}: declares entities in its DOCTYPE (<!ENTITY …>), which xensummit does not expand`);
  }
  const { XMLParser } = require('fast-xml-parser') as typeof import('fast-xml-parser');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    htmlEntities: true,
    isArray: (name) => LISTS.has(name),
  });
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (error) {
    const [, message, line, col] = /^(.*?):(\d+):(\d+)$/s.exec((error as Error).message) ?? [undefined, (error as Error).message];
    const where = line === undefined ? '' : ` (line ${line}, column ${col})`;
    throw new DataError(`${file}: not valid XML${where}: ${String(message).replace(/\s+/g, ' ').replace(/\.$/, '')}`);
  }
  const schedule = doc.schedule;
  if (schedule === null || typeof schedule !== 'object' || Array.isArray(schedule)) {
    throw new DataError(`${file}: XML, but not a schedule.xml (its root element is not <schedule>)`);
  }
  const s = schedule as Node;
  const conference = s.conference !== null && typeof s.conference === 'object' ? (s.conference as Node) : undefined;
  if (conference === undefined) throw new DataError(`${file}: a <schedule> with no <conference>`);
  const days: RawDay[] = list(s.day).map((d) => ({
    index: d['@index'],
    date: d['@date'],
    start: d['@start'],
    end: d['@end'],
    rooms: list(d.room).map((r) => ({ name: r['@name'], events: list(r.event).map(event) })),
  }));
  const raw: RawSchedule = {
    format: 'schedule.xml',
    version: content(s.version),
    title: content(conference.title),
    acronym: content(conference.acronym),
    zoneName: content(conference.time_zone_name),
    days,
  };
  return raw;
}

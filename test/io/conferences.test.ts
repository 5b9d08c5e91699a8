/**
 * The real files in ../shared/conferences (31C3's schedule.xml, Camp 2019's and a pretalx demo's
 * schedule.json), counted independently of the readers: events per day and room, every event's
 * instant against its `date`, the night-time events on their listed day, and the round trip
 * through export. Skipped, saying so, when the folder is not beside the checkout (or at CONFERENCES_DIR).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { readData } from '../../src/io/load';
import { Zones } from '../../src/core/time';
import { cli, tempFolder } from '../run';
import type { Conference } from '../../src/types';

/** ../shared/conferences beside the checkout; CONFERENCES_DIR points elsewhere (a worktree, say). */
const FOLDER = process.env.CONFERENCES_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'conferences');
const present = existsSync(FOLDER);
if (!present) {
  // eslint-disable-next-line no-console
  console.warn(`skipping the real-conference tests: ${FOLDER} is absent (it holds the shared schedule files)`);
}
const maybe = present ? describe : describe.skip;
const XSD = readFileSync(join(__dirname, '..', 'fixtures', 'schedule.xml.xsd'), 'utf8');

/** What the file says, counted without the readers: per "date|room" the events and their dates. */
interface Listed {
  day: string;
  room: string;
  id: string;
  date: string;
}

function listXml(xml: string): Listed[] {
  const out: Listed[] = [];
  let day = '';
  let room = '';
  let id = '';
  // The tags in document order: <day date=…>, <room name=…> (the column, with attributes), <event id=…>, <date>.
  for (const m of xml.matchAll(/<day\b[^>]*\bdate='([^']+)'|<room\s+name='([^']+)'|<event\b[^>]*\bid='(\d+)'|<date>([^<]+)<\/date>/g)) {
    if (m[1] !== undefined) day = m[1];
    else if (m[2] !== undefined) room = m[2];
    else if (m[3] !== undefined) id = m[3];
    else out.push({ day, room, id, date: m[4] });
  }
  return out;
}

function listJson(text: string): Listed[] {
  const days = JSON.parse(text).schedule.conference.days as { date: string; rooms: Record<string, { id: number | string; date: string }[]> }[];
  return days.flatMap((d) => Object.entries(d.rooms).flatMap(([room, events]) => events.map((e) => ({ day: d.date, room, id: String(e.id), date: e.date }))));
}

function counts(items: { day: string; room: string | null }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[`${i.day}|${i.room}`] = (out[`${i.day}|${i.room}`] ?? 0) + 1;
  return out;
}

const FILES = [
  { name: '31c3-v1.5.schedule.xml', list: listXml, events: 138, days: 4, rooms: 4, zone: 'Etc/GMT-1' },
  { name: 'camp2019.schedule.json', list: listJson, events: 79, days: 5, rooms: 2, zone: 'Europe/Berlin' },
  { name: 'democon.schedule.json', list: listJson, events: 36, days: 3, rooms: 2, zone: 'Etc/GMT-1' },
];

maybe('real conference files', () => {
  const dir = present ? tempFolder('conferences') : '';

  describe.each(FILES)('$name', ({ name, list, events, days, rooms, zone }) => {
    const file = join(FOLDER, name);
    const text = present ? readFileSync(file, 'utf8') : '';
    const listed = present ? list(text) : [];
    const c: Conference = present ? readData(text, name, new Zones()) : (undefined as never);

    it('has the events, days and rooms the file lists, per day and room', () => {
      expect(listed).toHaveLength(events);
      expect([c.sessions.length, c.days.length, c.rooms.length, c.venue.timeZone]).toEqual([events, days, rooms, zone]);
      expect(counts(c.sessions.map((s) => ({ day: s.date, room: s.room })))).toEqual(counts(listed));
    });

    it("puts every event at the instant of its date field, on the day it is listed under", () => {
      for (const l of listed) {
        const s = c.sessions.find((x) => x.id === l.id)!;
        expect([s.startsAt.getTime(), s.date, s.room]).toEqual([Date.parse(l.date), l.day, l.room]);
      }
    });

    it('has night-time events (after midnight) on the previous, listed day', () => {
      const night = listed.filter((l) => l.date.slice(0, 10) !== l.day);
      if (name.startsWith('31c3')) expect(night.length).toBeGreaterThan(0);
      for (const l of night) expect(c.sessions.find((x) => x.id === l.id)!.date).toBe(l.day);
    });

    it('export --format xml validates against the XSD and reads back to the same events at the same instants', async () => {
      const r = await cli(['export', '--format', 'xml', '--data', file]);
      expect(r.status).toBe(0);
      const result = await validateXML({ xml: [{ fileName: 'schedule.xml', contents: r.stdout }], schema: [XSD] });
      expect(result.errors).toEqual([]);
      const back = readData(r.stdout, 'export.xml', new Zones());
      const key = (x: Conference) => x.sessions.map((s) => [s.date, s.room, s.startsAt.toISOString(), s.endsAt?.toISOString() ?? null, s.title, s.speakers]).sort();
      expect(key(back)).toEqual(key(c));
    });

    it('export --format ics and csv hold every event at its instant', async () => {
      const ics = await cli(['export', '--format', 'ics', '--data', file]);
      const cal = new ICAL.Component(ICAL.parse(ics.stdout));
      const starts = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toJSDate().getTime()).sort();
      expect(starts).toEqual(listed.map((l) => Date.parse(l.date)).sort());
      const csv = parseCsv((await cli(['export', '--format', 'csv', '--data', file])).stdout, { columns: true }) as { id: string; start: string; room: string }[];
      expect(csv.map((r) => [Date.parse(r.start), r.room]).sort()).toEqual(listed.map((l) => [Date.parse(l.date), l.room]).sort());
    });

    it('export --format json reads back with --data to the same schedule', async () => {
      const out = join(dir, `${name}.json`);
      writeFileSync(out, (await cli(['export', '--format', 'json', '--data', file])).stdout);
      const again = await cli(['schedule', '--json', '--data', out]);
      const first = await cli(['schedule', '--json', '--data', file]);
      expect(again.status).toBe(0);
      const strip = (json: string) => JSON.parse(json).map((s: Record<string, unknown>) => ({ ...s, id: String(s.id) }));
      expect(strip(again.stdout)).toEqual(strip(first.stdout));
    });
  });

  it('31C3: now, schedule --day, show and search answer from the file', async () => {
    const data = ['--data', join(FOLDER, '31c3-v1.5.schedule.xml')];
    const now = await cli(['now', '--at', 'sat 12:00', ...data]);
    expect(now.stdout).toContain('31C3 Keynote');
    const day = await cli(['schedule', '--day', '2014-12-27', '--json', ...data]);
    expect(JSON.parse(day.stdout)).toHaveLength(listXml(readFileSync(join(FOLDER, '31c3-v1.5.schedule.xml'), 'utf8')).filter((l) => l.day === '2014-12-27').length);
    const show = await cli(['show', '6571', ...data]);
    expect(show.stdout).toMatch(/^31C3 Keynote\nA New Dawn\n/);
    const search = await cli(['search', 'keynote', ...data]);
    expect(search.stdout).toContain('31C3 Keynote');
  });
});

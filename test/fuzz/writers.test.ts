/**
 * Every writer with hostile text in every field: each output parses back, with an independent parser,
 * to the text written; lines and escaping hold; nothing injected starts a property, a component, an
 * element or a formula.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { CONFERENCE } from '../literal';
import { Zones } from '../../src/core/time';
import { renderIcs } from '../../src/render/ics';
import { renderCsv } from '../../src/render/csv';
import { renderXml } from '../../src/render/xml';
import { sessionsJson } from '../../src/render/json';
import { sessionLabel } from '../../src/render/session';
import { OPEN_END, trackName } from '../../src/render/words';
import type { Conference, Session } from '../../src/types';
import { fuzz, hostileText } from './hostile';

// X-WR-CALNAME is TEXT for the calendar programs that read it; ical.js is told so, to unescape it as they do.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

const clock = { zones: new Zones(), venueZone: 'America/New_York' };
const stamp = new Date('2026-11-24T00:00:00Z');
const XSD = readFileSync(join(__dirname, '..', 'fixtures', 'schedule.xml.xsd'), 'utf8');

/** The summit with hostile text in every free field of the conference and its sessions. */
const hostileSummit: fc.Arbitrary<Conference> = fc
  .record({
    title: hostileText(20),
    acronym: hostileText(8),
    venue: hostileText(8),
    sessions: fc.array(
      fc.record({ title: hostileText(20), chair: fc.option(hostileText(), { nil: null }), room: fc.option(hostileText(8), { nil: null }), track: fc.option(hostileText(4), { nil: null }), note: fc.option(hostileText(6), { nil: undefined }) }),
      { minLength: CONFERENCE.sessions.length, maxLength: CONFERENCE.sessions.length },
    ),
  })
  .map(({ title, acronym, venue, sessions }) => ({
    ...CONFERENCE,
    title,
    acronym,
    venue: { ...CONFERENCE.venue, name: venue },
    sessions: CONFERENCE.sessions.map((s, i): Session => {
      const { note, ...rest } = { ...s, ...sessions[i] };
      return note === undefined ? rest : { ...rest, note };
    }),
  }));

// The characters each format cannot carry, written out here from the standards, not from the writers.
/** RFC 5545 TEXT: no control characters but tab; line breaks are escaped, CR LF and CR read as LF. */
const icsText = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\r\n?/g, '\n');
/** XML 1.0 Char: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and the astral planes. */
const xmlChars = (s: string) => [...s].filter((c) => /[\t\n\r\u0020-\ud7ff\ue000-\ufffd]|[\ud800-\udbff][\udc00-\udfff]/.test(c)).join('');

describe('writers under hostile text', () => {
  it('ics: parses back to the text written, in lines of 75 octets, with no injected property or component', () => {
    fc.assert(
      fc.property(hostileSummit, (summit) => {
        const ics = renderIcs(summit, summit.sessions, { stamp });
        expect(ics.endsWith('\r\n')).toBe(true);
        const lines = ics.slice(0, -2).split('\r\n');
        for (const line of lines) {
          expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
          expect(line).not.toMatch(/[\r\n]/);
        }
        // Unfolded, every content line is one of the writer's own properties.
        const unfolded = ics.replace(/\r\n[ \t]/g, '').slice(0, -2).split('\r\n');
        const names = unfolded.map((l) => /^[A-Z-]+(?=[:;])/.exec(l)?.[0]);
        const event = ['BEGIN', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'END'];
        const header = ['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'X-WR-CALNAME', 'X-WR-TIMEZONE', 'END'];
        for (const name of names) expect([...header, ...event]).toContain(name);
        expect(unfolded.filter((l) => /^(BEGIN|END):/.test(l))).toEqual([
          'BEGIN:VCALENDAR',
          ...summit.sessions.flatMap(() => ['BEGIN:VEVENT', 'END:VEVENT']),
          'END:VCALENDAR',
        ]);
        const cal = new ICAL.Component(ICAL.parse(ics));
        expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(icsText(summit.title));
        const events = cal.getAllSubcomponents('vevent');
        expect(events).toHaveLength(summit.sessions.length);
        events.forEach((v, i) => {
          const s = summit.sessions[i];
          expect(v.getFirstPropertyValue('uid')).toBe(icsText(`${s.id}@${summit.acronym}`));
          expect(v.getFirstPropertyValue('summary')).toBe(icsText(sessionLabel({ ...s, note: undefined })));
          expect(v.getFirstPropertyValue('location') ?? null).toBe(s.room === null ? null : icsText(`${s.room}, ${summit.venue.name}`));
          const description = String(v.getFirstPropertyValue('description'));
          if (s.chair !== null) expect(description).toContain(`Chair: ${icsText(s.chair)}`);
          const parts = [s.number === null ? undefined : `Session ${s.number}`, trackName(s.track), s.chair === null ? undefined : `Chair: ${s.chair}`, s.note, s.endsAt === null ? OPEN_END : undefined];
          expect(description).toBe(icsText(parts.filter((p) => p !== undefined).join(' · ')));
          expect(new ICAL.Event(v).startDate.toJSDate().toISOString()).toBe(s.startsAt.toISOString());
        });
      }),
      fuzz(40),
    );
  });

  it('csv: parses back to every cell, and no cell a spreadsheet would run as a formula', () => {
    // OWASP's list, with the full-width forms and leading white space.
    const dangerous = (v: string) => /^[\s]*[=+\-@＝＋－＠]/.test(v) || /^[\t\r\n]/.test(v);
    fc.assert(
      fc.property(hostileSummit, (summit) => {
        const rows: string[][] = parseCsv(renderCsv(summit.sessions, clock), { record_delimiter: '\r\n' });
        expect(rows).toHaveLength(summit.sessions.length + 1);
        rows.slice(1).forEach((row, i) => {
          const s = summit.sessions[i];
          const expected = [s.id, s.date, clock.zones.iso(s.startsAt, clock.venueZone), s.endsAt === null ? '' : clock.zones.iso(s.endsAt, clock.venueZone), s.track ?? '', s.room ?? '', s.number === null ? '' : String(s.number), s.title, s.chair ?? ''];
          expect(row).toEqual(expected.map((v) => (dangerous(v) ? `'${v}` : v)));
          for (const cell of row) expect(dangerous(cell)).toBe(false);
        });
      }),
      fuzz(40),
    );
  });

  it('json: parses back to the same text, exactly', () => {
    fc.assert(
      fc.property(hostileSummit, fc.boolean(), (summit, pretty) => {
        const back = JSON.parse(sessionsJson(summit.sessions, clock, pretty));
        expect(back.map((s: Session) => [s.title, s.chair, s.room, s.track])).toEqual(summit.sessions.map((s) => [s.title, s.chair, s.room, s.track]));
      }),
      fuzz(40),
    );
  });

  it('xml: parses back to the text written (what XML can carry), in the elements written', () => {
    fc.assert(
      fc.property(hostileSummit, (summit) => {
        const xml = renderXml(summit, summit.sessions, '1.0.0', clock);
        const errors: string[] = [];
        // Warnings (such as a U+FFFD in the text, which is text like any other) are not errors.
        const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(`${level}: ${message}`)) }).parseFromString(xml, 'text/xml');
        expect(errors).toEqual([]);
        const root = doc.documentElement!;
        expect(root.tagName).toBe('schedule');
        type Node = ReturnType<typeof root.getElementsByTagName>[number];
        const text = (el: Node, name: string) => Array.from(el.getElementsByTagName(name)).map((e) => e.textContent);
        expect(text(root.getElementsByTagName('conference')[0], 'title')).toEqual([xmlChars(summit.title)]);
        const events = Array.from(root.getElementsByTagName('event'));
        expect(events).toHaveLength(summit.sessions.length);
        const byGuid = new Map(events.map((e) => [e.getAttribute('guid'), e]));
        for (const s of summit.sessions) {
          const e = byGuid.get(xmlChars(`${summit.acronym}-${s.id}`));
          expect(e).toBeDefined();
          expect(text(e!, 'title')).toEqual([xmlChars(s.title)]);
          expect(text(e!, 'person')).toEqual(s.chair === null ? [] : [xmlChars(s.chair)]);
          expect(text(e!, 'slug')).toEqual([xmlChars(`${summit.acronym}-${s.id}`)]);
          expect(text(e!, 'track')).toEqual([xmlChars(trackName(s.track))]);
          const abstract = [s.number === null ? undefined : `Session ${s.number}.`, s.chair === null ? undefined : `Chair: ${s.chair}.`, s.note === '' ? undefined : s.note].filter((p) => p !== undefined).join(' ');
          expect(text(e!, 'abstract')).toEqual([xmlChars(abstract)]);
          if (s.room !== null) {
            expect(text(e!, 'room')).toEqual([xmlChars(s.room)]);
            expect((e!.parentNode as Node).getAttribute('name')).toBe(xmlChars(s.room));
          }
        }
      }),
      fuzz(40),
    );
  });

  it('xml: validates against the frab schema with hostile text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileSummit, async (summit) => {
        const xml = renderXml(summit, summit.sessions, '1.0.0', clock);
        const result = await validateXML({ xml: [{ fileName: 'schedule.xml', contents: xml }], schema: [XSD] });
        expect(result.errors).toEqual([]);
      }),
      fuzz(3),
    );
  }, 600_000);
});

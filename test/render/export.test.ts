/** The export formats, read back with real parsers and a schema validator, and property-tested. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import { validateXML } from 'xmllint-wasm';
import { CONFERENCE as summit } from '../literal';
import { Zones } from '../../src/core/time';
import { escapeText, foldLine, renderIcs } from '../../src/render/ics';
import { csvRow, renderCsv } from '../../src/render/csv';
import { renderXml, xmlAttribute, xmlText } from '../../src/render/xml';

const jsonClock = { zones: new Zones(), venueZone: 'America/New_York' };
const NY = 'America/New_York';
const stamp = new Date('2026-11-24T00:00:00Z');
const XSD = readFileSync(join(__dirname, '..', 'fixtures', 'schedule.xml.xsd'), 'utf8');

function events(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('ics', () => {
  const ics = renderIcs(summit, summit.sessions, { stamp });

  it('is a VCALENDAR 2.0 with a PRODID, in CRLF lines of at most 75 octets', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/xensummit/);
    expect(ics.endsWith('\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives every session at its exact start and end, the BOF ending with its day', () => {
    const evs = events(ics);
    expect(evs).toHaveLength(summit.sessions.length);
    for (const s of summit.sessions) {
      const ev = evs.find((e) => e.uid === `${s.id}@${summit.acronym}`)!;
      expect(ev.startDate.toJSDate().toISOString()).toBe(s.startsAt.toISOString());
      expect(ev.endDate.toJSDate().toISOString()).toBe(s.until.toISOString());
      expect(ev.location ?? null).toBe(s.room === null ? null : `${s.room}, IBM TJ Watson`);
    }
    const bof = evs.find((e) => e.uid.startsWith('wed-bof@'))!;
    expect(bof.endDate.toJSDate().toISOString()).toBe('2007-04-19T04:00:00.000Z');
    expect(bof.description).toContain('No end time in the deck');
  });

  it('has unique UIDs that are the same on every run', () => {
    const uids = events(ics).map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(events(renderIcs(summit, summit.sessions, { stamp: new Date() })).map((e) => e.uid)).toEqual(uids);
  });

  it('describes number, track and chair, escaped', () => {
    const ev = events(ics).find((e) => e.uid.startsWith('tue-2b@'))!;
    expect(ev.summary).toBe('Session 2: Misc I');
    expect(ev.description).toBe('Session 2 · Track B · Chair: Clyde Griffin');
    expect(ics).toContain('LOCATION:Meeting Room #2\\, IBM TJ Watson');
  });

  it('property: any text survives escaping and folding, and no line is over 75 octets', () => {
    const allowed = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\r\n?/g, '\n');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 60 }), (a, b) => {
        const text = a + b;
        const line = foldLine(`DESCRIPTION:${escapeText(text)}`);
        for (const l of line.split('\r\n')) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
        expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
        const cal = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20070417T120000Z\r\n${line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
        const ev = new ICAL.Component(ICAL.parse(cal)).getFirstSubcomponent('vevent')!;
        expect(ev.getFirstPropertyValue('description') ?? '').toBe(allowed(text));
      }),
      { numRuns: 300 },
    );
  });

  it('property: folds where a fold measured by Buffer.byteLength, character by character, would (lone surrogates as three octets)', () => {
    const reference = (line: string): string => {
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
      return out.join('\r\n');
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 76, maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), (a, b) => {
        expect(foldLine(a + b)).toBe(reference(a + b));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  // Regression (fuzz): the acronym went into UID unescaped, so a line break in it started a new property.
  it('escapes the UID, so that an acronym cannot inject a line', () => {
    const hostile = { ...summit, acronym: 'x\r\nBEGIN:VEVENT\r\nSUMMARY:injected' };
    const out = renderIcs(hostile, summit.sessions.slice(0, 1), { stamp });
    expect(out.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(events(out)[0].uid).toBe('tue-0@x\nBEGIN:VEVENT\nSUMMARY:injected');
  });

  it('folds without splitting a UTF-8 sequence', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(40)}🙂🙂`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(`SUMMARY:${'é'.repeat(40)}🙂🙂`);
  });
});

describe('csv', () => {
  const read = (text: string): string[][] => parseCsv(text, { record_delimiter: '\r\n', relax_column_count: false });

  it('has a header, CRLF rows and one row per session with the data\'s instants', () => {
    const csv = renderCsv(summit.sessions, jsonClock);
    expect(csv.split('\r\n')[0]).toBe('id,date,start,end,track,room,number,title,chair');
    const rows = read(csv);
    expect(rows).toHaveLength(summit.sessions.length + 1);
    const bof = rows.find((r) => r[0] === 'wed-bof')!;
    expect(bof).toEqual(['wed-bof', '2007-04-18', '2007-04-18T15:30:00-04:00', '', '', '', '', 'BOF Sessions', '']);
    expect(rows.find((r) => r[0] === 'wed-6')![7]).toBe('XenAPI, HVM I/O, Graphics');
  });

  it('property: any text comes back as written, formulas defused with an apostrophe', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme-composite', maxLength: 30 }), { minLength: 1, maxLength: 5 }), fc.string({ unit: 'binary', maxLength: 20 }), (cells, extra) => {
        const values = [...cells, extra];
        const [row] = read(csvRow(values));
        expect(row).toEqual(values.map((v) => (/^\s*[=+\-@＝＋－＠]|^[\t\r\n]/.test(v) ? `'${v}` : v)));
      }),
      { numRuns: 300 },
    );
  });

  it('quotes cells with a comma, a quote or a line break (CR too)', () => {
    expect(csvRow(['a,b', 'say "hi"', 'a\rb', 'a\nb', 'plain'])).toBe('"a,b","say ""hi""","a\rb","a\nb",plain\r\n');
  });

  // Regression (fuzz): a formula after leading spaces or a tab, or in full-width signs, was left as it was.
  it('defuses formulas after leading white space and in full-width signs', () => {
    expect(csvRow([' =1+1', '\t@SUM(A1)', '＝1+1', '＋1', '－1', '＠SUM(A1)', '\u3000=1', '\n=1', 'a=1'])).toBe(
      `' =1+1,'\t@SUM(A1),'＝1+1,'＋1,'－1,'＠SUM(A1),'\u3000=1,"'\n=1",a=1\r\n`,
    );
  });

  it('keeps numbers numbers', () => {
    expect(csvRow(['=1+1', -5, 'plain', '@SUM(A1)'])).toBe("'=1+1,-5,plain,'@SUM(A1)\r\n");
  });
});

describe('xml (frab schedule.xml)', () => {
  const validate = (xml: string) => validateXML({ xml: [{ fileName: 'schedule.xml', contents: xml }], schema: [XSD] });

  it('validates against the schema', async () => {
    const result = await validate(renderXml(summit, summit.sessions, '1.0.0', jsonClock));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('validates when filtered, and with hostile text', async () => {
    const hostile = { ...summit, sessions: summit.sessions.map((s, i) => (i === 2 ? { ...s, title: 'a <b> & "c" \u0001 \'d\'', chair: ']]> &amp;' } : s)) };
    const xml = renderXml(hostile, hostile.sessions.filter((s) => s.date === '2007-04-17'), '1.0.0', jsonClock);
    expect((await validate(xml)).valid).toBe(true);
    expect(xml).toContain('<title>a &lt;b&gt; &amp; &quot;c&quot;  &apos;d&apos;</title>');
  });

  it('puts events in their rooms, at their times, with the chair as person', () => {
    const xml = renderXml(summit, summit.sessions, '1.0.0', jsonClock);
    const event = (id: string) => xml.slice(xml.indexOf(`guid="xensummit-2007-${id}"`), xml.indexOf('</event>', xml.indexOf(`guid="xensummit-2007-${id}"`)));
    const misc = event('tue-2b');
    expect(misc).toContain('<date>2007-04-17T10:30:00-04:00</date>');
    expect(misc).toContain('<start>10:30</start>');
    expect(misc).toContain('<duration>02:00</duration>');
    expect(misc).toContain('<room>Meeting Room #2</room>');
    expect(misc).toContain('<person>Clyde Griffin</person>');
    expect(event('wed-bof')).toContain('<duration>08:30</duration>');
    const b = xml.indexOf('<room name="Meeting Room #2">');
    expect(xml.indexOf('guid="xensummit-2007-tue-2b"')).toBeGreaterThan(b);
  });

  // Regression (fuzz): parsers read a literal CR, NEL, U+2028 or U+2029 as a line feed, and a tab or line feed in an attribute as a space.
  it('writes the characters a parser would change as references', () => {
    expect(xmlText('a\rb\u0085c\u2028d\u2029e\u009bf\tg\nh')).toBe('a&#xd;b&#x85;c&#x2028;d&#x2029;e&#x9b;f\tg\nh');
    expect(xmlAttribute('a\tb\nc\rd')).toBe('a&#x9;b&#xa;c&#xd;d');
  });

  it('xmlText escapes and drops what XML cannot hold', () => {
    expect(xmlText('<&>"\'\u0000\ud800x')).toBe('&lt;&amp;&gt;&quot;&apos;x');
  });
});

/** Other conferences' files (schedule.xml, schedule.json): each oddity of real files, on a small fixture of our own. */
import { readFileSync, writeFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { join } from 'node:path';
import { readData } from '../../src/io/load';
import { Zones } from '../../src/core/time';
import { cli, tempFolder } from '../run';
import type { Conference } from '../../src/types';

const FIXTURES = join(__dirname, '..', 'fixtures', 'schedules');
const fixture = (name: string) => join(FIXTURES, name);
const TINY_XML = fixture('tinycon.schedule.xml');
const TINY_JSON = fixture('tinycon.schedule.json');
const MESSY = fixture('messy.schedule.xml');
const read = (name: string) => readData(readFileSync(fixture(name), 'utf8'), name, new Zones());

/** A failure: one line on stderr, exit 1, nothing on stdout, no stack. */
function expectDataError(r: { status: number; stdout: string; stderr: string }, message: string): void {
  expect(r.stderr).toBe(`xensummit: ${message}\n`);
  expect(r.status).toBe(1);
  expect(r.stdout).toBe('');
}

describe('schedule.xml', () => {
  const c = read('tinycon.schedule.xml');

  it('reads title, acronym, days with their bounds, rooms in order, and events at their dates', () => {
    expect([c.kind, c.title, c.acronym, c.venue.timeZone]).toEqual(['schedule', 'TinyCon 2026', 'tinycon26', 'Etc/GMT-1']);
    expect(c.days.map((d) => [d.date, d.start.toISOString(), d.end.toISOString(), d.index])).toEqual([
      ['2026-03-14', '2026-03-14T09:00:00.000Z', '2026-03-15T02:00:00.000Z', 1],
      ['2026-03-15', '2026-03-15T09:00:00.000Z', '2026-03-15T17:00:00.000Z', 2],
    ]);
    expect(c.rooms.map((r) => r.name)).toEqual(['Hall A', 'Hall B']);
    const talk = c.sessions.find((s) => s.id === '102')!;
    expect(talk.startsAt.toISOString()).toBe('2026-03-14T10:00:00.000Z');
    expect(talk.endsAt!.toISOString()).toBe('2026-03-14T11:00:00.000Z');
    expect(talk).toMatchObject({ title: 'Small Parsers & Big Files', subtitle: 'Reading schedules that others wrote', topic: 'Software', room: 'Hall A', speakers: ['Björn Beispiel', 'Chidi Sample'], type: 'lecture', language: 'en' });
    expect(talk.links).toEqual([{ title: 'Slides', url: 'https://example.org/slides.pdf' }]);
    expect(talk.description).toContain('<em>messy</em>');
    expect(c.stats).toBeUndefined();
    expect(c.changelog).toBeUndefined();
  });

  it('keeps an event after midnight on the day it is listed under (frab day change)', () => {
    const night = c.sessions.find((s) => s.id === '103')!;
    expect(night.date).toBe('2026-03-14');
    expect(night.startsAt.toISOString()).toBe('2026-03-14T23:30:00.000Z');
  });
});

describe('messy files, as a user would expect them', () => {
  const c = read('messy.schedule.xml');
  const byId = (id: string) => c.sessions.find((s) => s.id === id)!;

  it('reads past whitespace before the XML declaration, a comment and unknown elements', () => {
    expect(c.title).toBe('Messy Meetup');
    expect(c.sessions).toHaveLength(5);
  });

  it('an empty duration: no set end, on until its day ends', () => {
    expect(byId('7').endsAt).toBeNull();
    expect(byId('7').until.toISOString()).toBe('2026-06-07T02:00:00.000Z');
  });

  it('persons as one comma-separated element (or one person holding commas): one speaker each', () => {
    expect(byId('7').speakers).toEqual(['Fay One', 'Gus Two']);
    expect(byId('8').speakers).toEqual(['Hal Three', 'Ida Four']);
    expect(byId('7-2').speakers).toEqual([]);
  });

  it('an id used in two rooms: both events kept, the second renamed, one warning', async () => {
    expect(byId('7-2')).toMatchObject({ title: 'Same Id, Other Room', room: 'Room 2', guid: 'messy-7b' });
    expect(c.warnings).toEqual(['messy.schedule.xml: event id 7 is used again in day 1, room "Room 2"; that one is 7-2 here']);
    const r = await cli(['schedule', '--json', '--data', MESSY]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`xensummit: warning: ${MESSY}: event id 7 is used again in day 1, room "Room 2"; that one is 7-2 here\n`);
  });

  it('empty elements are absent fields, text is trimmed, character references decoded', () => {
    const s = byId('8');
    expect(s.title).toBe('Spaces “quoted”');
    expect(s.subtitle).toBeUndefined();
    expect(s.topic).toBeNull();
    expect(s.abstract).toBeUndefined();
  });

  it('an event with no <room> of its own is in the room it is listed under', () => {
    expect(byId('9').room).toBe('Room 2');
    expect(byId('9').date).toBe('2026-06-06');
  });

  it('an event with only a clock time is read on the zone\'s clock, after its day\'s start (past midnight: the next date)', () => {
    expect(byId('10').startsAt.toISOString()).toBe('2026-06-07T00:15:00.000Z');
    expect(byId('10').endsAt!.toISOString()).toBe('2026-06-07T00:35:00.000Z');
    expect(byId('10').date).toBe('2026-06-06');
    expect(byId('10').speakers).toEqual(['Jo Five', 'Kim Six']);
  });

  it('CDATA with HTML: kept as given, shown by show as plain text, no tag or script', async () => {
    expect(byId('8').description).toContain('<br/>');
    const r = await cli(['show', '8', '--data', MESSY], { env: { COLUMNS: '80' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Description\n  Line one\n  line two & été\n');
    expect(r.stdout).not.toMatch(/<|alert|&amp;/);
  });
});

describe('schedule.json', () => {
  const c = read('tinycon.schedule.json');

  it('reads ids that are numbers and strings alike, persons as objects, names or one text', () => {
    expect(c.sessions.map((s) => s.id)).toEqual(['11', 'a-1', '12']);
    expect(c.sessions.map((s) => s.speakers)).toEqual([['Cy Number'], ['Ann String', 'Ben String'], ['Di Late', 'Ed Later']]);
    expect(c.rooms.map((r) => r.name)).toEqual(['Main', 'Side']);
    expect(c.venue.timeZone).toBe('Europe/Berlin');
    expect(c.warnings).toBeUndefined();
  });

  it('the night-time event is on its listed day, at its date', () => {
    const late = c.sessions.find((s) => s.id === '12')!;
    expect([late.date, late.startsAt.toISOString()]).toEqual(['2026-08-01', '2026-08-01T23:00:00.000Z']);
  });

  it('text from the file cannot drive the terminal', async () => {
    const r = await cli(['show', '11', '--data', TINY_JSON]);
    expect(r.stdout).toContain('\\u{1b}[31mnot red');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('a zone name its offsets contradict: the offsets win, with one warning line', async () => {
    const r = await cli(['schedule', '--data', fixture('zone-mismatch.schedule.json')]);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/time_zone_name "UTC" disagrees with the offsets of its dates \(2026-12-14: \+01:00\); the offsets win/);
    expect(r.stdout).toContain('09:00–09:30  Offsets Win');
  });
});

describe('every command on another conference', () => {
  const data = ['--data', TINY_XML];

  it('now: the conference day runs past midnight, and "sat 00:45" is that night', async () => {
    const r = await cli(['now', '--at', 'sat 00:45', ...data]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Sun 15 Mar 2026, 00:45 GMT+1');
    expect(r.stdout).toContain('Night Session');
    expect(r.stdout).toContain('00:30–01:30 (+1d)');
  });

  it('now after the conference: the hint to pass --at names the --data file', async () => {
    const r = await cli(['now', ...data], { env: { COLUMNS: '200' } });
    expect(r.stdout).toContain(`The conference is over: it ended Sun 15 Mar 2026, 16:30 GMT+1`);
    expect(r.stdout).toContain(`for example: xensummit now --data ${TINY_XML} --at "sat 10:30"\n`);
  });

  it('schedule --day keeps the night event on its day; "day 2" names the second day', async () => {
    const r = await cli(['schedule', '--day', 'sat', '--json', ...data]);
    expect(JSON.parse(r.stdout).map((s: { id: string }) => s.id)).toEqual(['101', '102', '201', '103']);
    const second = await cli(['schedule', '--day', 'Day 2', '--json', ...data]);
    expect(JSON.parse(second.stdout).map((s: { id: string }) => s.id)).toEqual(['104']);
  });

  it('--track filters by the data\'s tracks, in any case, with a did-you-mean', async () => {
    const r = await cli(['schedule', '--track', 'community', '--json', ...data]);
    expect(JSON.parse(r.stdout).map((s: { id: string }) => s.id)).toEqual(['101', '103', '104']);
    const bad = await cli(['schedule', '--track', 'hardwre', ...data]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(`xensummit: invalid --track "hardwre": use one of Community, Hardware, Software (did you mean "Hardware"?); see 'xensummit schedule --help'\n`);
  });

  it('--room and --person', async () => {
    const room = await cli(['schedule', '--room', 'hall b', '--json', ...data]);
    expect(JSON.parse(room.stdout).map((s: { id: string }) => s.id)).toEqual(['201']);
    const person = await cli(['schedule', '--person', 'bjorn', '--json', ...data]);
    expect(JSON.parse(person.stdout).map((s: { id: string }) => s.id)).toEqual(['102']);
    const bad = await cli(['schedule', '--room', 'Hall C', ...data]);
    expect(bad.stderr).toMatch(/^xensummit: invalid --room "Hall C": use one of Hall A, Hall B \(did you mean "Hall A"\?\)/);
  });

  it('speakers take the chair\'s place in JSON and CSV; the track is the topic', async () => {
    const r = await cli(['schedule', '--json', ...data]);
    const talk = JSON.parse(r.stdout).find((s: { id: string }) => s.id === '102');
    expect(talk).toMatchObject({ chair: 'Björn Beispiel, Chidi Sample', track: 'Software', room: 'Hall A', speakers: ['Björn Beispiel', 'Chidi Sample'], start: '2026-03-14T11:00:00+01:00' });
    const csv = await cli(['export', '--format', 'csv', ...data]);
    expect(csv.stdout).toContain('102,2026-03-14,2026-03-14T11:00:00+01:00,2026-03-14T12:00:00+01:00,Software,Hall A,,Small Parsers & Big Files,"Björn Beispiel, Chidi Sample"\r\n');
  });

  it('search finds titles and speakers', async () => {
    const r = await cli(['search', 'nacht', ...data]);
    expect(r.stdout).toContain('Night Session');
  });

  it('stats and changelog: one line saying the file has none, exit 1', async () => {
    expectDataError(await cli(['stats', ...data]), `${TINY_XML} has no contributor stats: those are the Xen Summit's, from its welcome deck (run without --data to see them)`);
    expectDataError(await cli(['changelog', ...data]), `${TINY_XML} has no change log: those are the Xen Summit's, from its welcome deck (run without --data to see them)`);
  });

  it('XENSUMMIT_DATA is the default of --data, and --data beats it', async () => {
    const env = { XENSUMMIT_DATA: TINY_XML };
    const fromEnv = await cli(['info'], { env });
    expect(fromEnv.stdout).toMatch(/^TinyCon 2026 \(tinycon26\)/);
    const given = await cli(['info', '--data', TINY_JSON], { env });
    expect(given.stdout).toMatch(/^JSON Con \(jsoncon\)/);
    const empty = await cli(['info'], { env: { XENSUMMIT_DATA: '' } });
    expect(empty.stdout).toMatch(/^Xen Summit/);
  });

  it('show ID: an unknown id is a usage error with a did-you-mean', async () => {
    const r = await cli(['show', '1020', ...data]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`xensummit: no session has the id "1020" (schedule --json lists the ids) (did you mean "102"?); see 'xensummit show --help'\n`);
  });

  it('show --json: the session shape, with abstract, description and links as the file gives them', async () => {
    const r = await cli(['show', '102', '--json', ...data]);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: '102', topic: 'Software', links: [{ title: 'Slides', url: 'https://example.org/slides.pdf' }], abstract: 'How to read a file you did not write.' });
  });
});

describe('bad files: one line naming the file and the place, exit 1', () => {
  it.each([
    [{ schedule: { conference: { title: 'T' } } }, 'schedule.conference.days: expected an array of days, got nothing (the field is missing)'],
    [{ schedule: { conference: { days: [{ index: 1, rooms: {} }] } } }, 'day 1: no date (the day gives neither a date nor a start)'],
    [{ schedule: { conference: { days: [{ index: 3, date: '2026-02-30', rooms: {} }] } } }, 'day 3: date "2026-02-30" is not a date (YYYY-MM-DD)'],
    [{ schedule: { conference: { days: [{ date: '2026-02-01', rooms: { Main: [{ id: 5, date: '2026-02-01T10:00:00+01:00', duration: '1h', title: 'X' }] } }] } } }, 'day 1, room "Main", event 5: duration "1h" is not a duration (HH:MM)'],
    [{ schedule: { conference: { days: [{ date: '2026-02-01', rooms: { Main: [{ date: '2026-02-01T10:00:00+01:00', title: 'Nameless' }] } }] } } }, 'day 1, room "Main", event "Nameless": no id (the event gives neither an id nor a guid)'],
    [{ schedule: { conference: { days: [{ date: '2026-02-01', rooms: { Main: [{ id: 'x', date: '2026-02-01T10:00', title: 'No zone' }] } }] } } }, 'no time zone: no time_zone_name and no date with an offset'],
  ])('schedule.json %#', (json, message) => {
    expect(() => readData(JSON.stringify(json), 'bad.json', new Zones())).toThrow(`bad.json: ${message}`);
  });

  it.each([
    ['bad-start.schedule.xml', 'day 2, room "Saal 1", event 6561: start "25:00" is not a time'],
    ['broken.xml', "not valid XML (line 5, column 1): Expected closing tag 'day' (opened in line 4, col 3) instead of closing tag 'schedule'"],
    ['not-a-schedule.xml', 'XML, but not a schedule.xml (its root element is not <schedule>)'],
    ['neither.json', 'JSON, but neither a schedule.json ({ "schedule": { "conference": … } }) nor the summit\'s own shape (data/summit.json)'],
    ['plain.txt', "neither JSON nor XML: not a schedule xensummit reads (the summit's JSON, schedule.xml or schedule.json)"],
    ['external-entity.xml', 'declares entities in its DOCTYPE (<!ENTITY …>), which xensummit does not expand'],
  ])('%s', async (name, message) => {
    expectDataError(await cli(['schedule', '--data', fixture(name)]), `${fixture(name)}: ${message}`);
  });

  it('an entity bomb (billion laughs) is refused in one line, within a second', async () => {
    const started = process.hrtime.bigint();
    const r = await cli(['now', '--data', fixture('billion-laughs.xml')]);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expectDataError(r, `${fixture('billion-laughs.xml')}: declares entities in its DOCTYPE (<!ENTITY …>), which xensummit does not expand`);
    expect(ms).toBeLessThan(1000);
  });
});

describe('round trip through export', () => {
  const dir = tempFolder('schedules');
  const XSD = readFileSync(join(__dirname, '..', 'fixtures', 'schedule.xml.xsd'), 'utf8');
  const key = (c: Conference) =>
    c.sessions.map((s) => [s.date, s.room, s.startsAt.toISOString(), s.endsAt?.toISOString() ?? null, s.title, s.speakers, s.topic, s.subtitle ?? null]).sort();

  it.each(['tinycon.schedule.xml', 'messy.schedule.xml', 'tinycon.schedule.json'])('%s: xml validates and reads back the same; json reads back the same', async (name) => {
    const original = read(name);
    const xml = await cli(['export', '--format', 'xml', '--data', fixture(name)]);
    expect(xml.status).toBe(0);
    const valid = await validateXML({ xml: [{ fileName: 'schedule.xml', contents: xml.stdout }], schema: [XSD] });
    expect(valid.errors).toEqual([]);
    expect(key(readData(xml.stdout, 'back.xml', new Zones()))).toEqual(key(original));
    const out = join(dir, `${name}.json`);
    writeFileSync(out, (await cli(['export', '--format', 'json', '--data', fixture(name)])).stdout);
    const back = readData(readFileSync(out, 'utf8'), 'back.json', new Zones());
    expect(key(back)).toEqual(key(original));
    expect(back.days.map((d) => [d.date, d.start.getTime(), d.end.getTime()])).toEqual(original.days.map((d) => [d.date, d.start.getTime(), d.end.getTime()]));
  });
});

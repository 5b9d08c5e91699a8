/** `changes`: two files, two URLs, or --data URL against the version before it; text, JSON and exit codes. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, expectUsage, tempFolder } from '../run';
import { startServer, type TestServer } from '../server';

const ROOT = join(__dirname, '..', '..');
const OLD = join(ROOT, 'data', 'summit.json');
const MOVED = join(ROOT, 'test', 'fixtures', 'summit-moved.json');
const SUMMIT = readFileSync(OLD, 'utf8');
const tmp = tempFolder('changes');

/** The summit with `edit` applied to its sessions (the file's records), written to a file of its own. */
function variant(name: string, edit: (sessions: Record<string, unknown>[]) => void): string {
  const d = JSON.parse(SUMMIT);
  edit(d.sessions);
  const file = join(tmp, `${name}.json`);
  writeFileSync(file, JSON.stringify(d));
  return file;
}

const MOVED_TEXT = `6 sessions changed between ${OLD} and ${MOVED}.

Cancelled
  Wed 18 Apr from 15:30  BOF Sessions (TBD)
    Everyone · room not given in the deck

Added
  Wed 18 Apr 15:30–16:00  Added session (an example, not in the deck)
    Everyone · room not given in the deck

Changed
  Tue 17 Apr 13:30–15:30  Session 3: Misc II
    room: Meeting Room #2 → Yorktown Auditorium
  Tue 17 Apr 16:00–17:15  Session 4: Network Arch
    start: 15:45 → 16:00
  Wed 18 Apr 10:30–13:00  Session 6: XenAPI, HVM I/O, Graphics
    duration: 2 h → 2 h 30 min
  Wed 18 Apr 13:30–15:30  Session 7: Paravirt_ops, VM checkpointing, Xen on SGI, Xen Roadmap
    chair: Keir Fraser → Ian Pratt
`;

describe('changes OLD NEW, two files', () => {
  it('lists what was cancelled, added and changed, field by field, and exits 3', async () => {
    const r = await cli(['changes', OLD, MOVED]);
    expect([r.status, r.stderr]).toEqual([3, '']);
    expect(r.stdout).toBe(MOVED_TEXT);
  });

  it('says nothing changed, and exits 0, between equal schedules', async () => {
    const r = await cli(['changes', OLD, OLD]);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, `No session changed between ${OLD} and ${OLD}.\n`, '']);
  });

  it('names the title, track and day when those change; a day moved at the same hour is not a start change', async () => {
    const file = variant('fields', (sessions) => {
      const byId = (id: string) => sessions.find((s) => s.id === id)!;
      byId('tue-1a').title = 'Xen Core and Tools';
      Object.assign(byId('tue-2b'), { track: 'A', room: 'Yorktown Auditorium' });
      Object.assign(byId('tue-4b'), { date: '2007-04-18' });
    });
    const r = await cli(['changes', OLD, file]);
    expect(r.status).toBe(3);
    expect(r.stdout.split('\n').filter((l) => /^ {4}\w+: /.test(l))).toEqual([
      '    title: Session 1: Xen Core → Session 1: Xen Core and Tools',
      '    room: Meeting Room #2 → Yorktown Auditorium',
      '    track: Track B → Track A',
      '    day: Tue 17 Apr 2007 → Wed 18 Apr 2007',
    ]);
  });

  it('--json: the counts, the groups and each changed field, every session marked starred or not', async () => {
    const r = await cli(['changes', OLD, MOVED, '--json']);
    expect([r.status, r.stderr]).toEqual([3, '']);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ from: OLD, to: MOVED, count: 6 });
    expect(out.cancelled.map((s: { id: string }) => s.id)).toEqual(['wed-bof']);
    expect(out.added.map((s: { id: string }) => s.id)).toEqual(['wed-8']);
    expect(out.changed.map((c: { fields: string[]; new: { id: string } }) => [c.new.id, c.fields])).toEqual([
      ['tue-3b', ['room']],
      ['tue-4a', ['start']],
      ['wed-6', ['duration']],
      ['wed-7', ['chair']],
    ]);
    expect(out.changed[1].old.start).toBe('2007-04-17T15:45:00-04:00');
    expect(out.changed[1].new.start).toBe('2007-04-17T16:00:00-04:00');
    expect(out.added[0].starred).toBe(false);
  });

  it('--tz shows the times on that clock', async () => {
    const r = await cli(['changes', OLD, MOVED, '--tz', 'Europe/London']);
    expect(r.stdout).toContain('    start: 20:45 GMT+1 → 21:00 GMT+1\n');
  });

  it('one schedule only, or --data beside two, is a usage error', async () => {
    expectUsage(await cli(['changes', OLD]), /^xensummit: changes takes two schedules, OLD and NEW, or none/);
    expectUsage(await cli(['changes', OLD, MOVED, '--data', OLD]), /^xensummit: changes OLD NEW compares those two; --data is for changes with no arguments/);
  });

  it('no arguments and no --data URL is a usage error, for a --data file too', async () => {
    expectUsage(await cli(['changes']), /^xensummit: changes with no arguments compares --data URL with the version fetched before it/);
    expectUsage(await cli(['changes', '--data', OLD]), /^xensummit: changes with no arguments compares --data URL/);
  });

  it('a file that cannot be read: one line, exit 1', async () => {
    const r = await cli(['changes', OLD, join(tmp, 'missing.json')]);
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `xensummit: cannot read data file ${join(tmp, 'missing.json')}: no such file\n`]);
  });
});

describe('changes against a server on 127.0.0.1', () => {
  let server: TestServer;
  let body = SUMMIT;
  beforeAll(async () => {
    server = await startServer((req, res) => res.end(req.url === '/moved.json' ? readFileSync(MOVED, 'utf8') : body));
  });
  afterAll(() => server.close());

  it('OLD NEW as two URLs', async () => {
    const r = await cli(['changes', `${server.origin}/old.json`, `${server.origin}/moved.json`], { env: { XENSUMMIT_CACHE_DIR: join(tmp, 'urls') } });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe(MOVED_TEXT.replace(OLD, `${server.origin}/old.json`).replace(MOVED, `${server.origin}/moved.json`));
  });

  it('with --data URL: nothing before the first change, then what changed since the version before; --offline keeps it', async () => {
    const env = { XENSUMMIT_CACHE_DIR: join(tmp, 'data-url') };
    const url = `${server.origin}/schedule.json`;
    body = SUMMIT;
    const first = await cli(['changes', '--data', url], { env, now: '2026-12-01T12:00:00Z' });
    expect([first.status, first.stdout, first.stderr]).toEqual([0, '', `No earlier version of ${url} has been fetched yet: nothing to compare.\n`]);
    body = readFileSync(MOVED, 'utf8');
    const r = await cli(['changes', '--data', url], { env, now: '2026-12-01T12:30:00Z' });
    expect([r.status, r.stderr]).toEqual([3, '']);
    expect(r.stdout.split('\n')[0]).toBe('6 sessions changed between the version fetched Tue 1 Dec 2026, 07:00 EST and the one fetched Tue 1 Dec 2026, 07:30 EST.');
    expect(r.stdout.split('\n').slice(1).join('\n')).toBe(MOVED_TEXT.split('\n').slice(1).join('\n'));
    // `changes` has shown them: `now` does not announce them again.
    const now = await cli(['now', '--data', url, '--at', 'tues 10:45'], { env, now: '2026-12-01T12:31:00Z' });
    expect([now.status, now.stderr]).toEqual([0, '']);
    const offline = await cli(['changes', '--data', url, '--offline', '--json'], { env, now: '2026-12-02T12:00:00Z' });
    expect([offline.status, JSON.parse(offline.stdout).count]).toEqual([3, 6]);
    expect(server.requests.filter((q) => q.url === '/schedule.json')).toHaveLength(2);
  });

  it('--refresh asks the server inside the interval', async () => {
    const env = { XENSUMMIT_CACHE_DIR: join(tmp, 'refresh') };
    const url = `${server.origin}/refresh.json`;
    body = SUMMIT;
    await cli(['changes', '--data', url], { env });
    const before = server.requests.length;
    body = readFileSync(MOVED, 'utf8');
    const quiet = await cli(['changes', '--data', url], { env });
    expect([quiet.status, server.requests.length]).toEqual([0, before]);
    const asked = await cli(['changes', '--data', url, '--refresh'], { env });
    expect([asked.status, server.requests.length]).toEqual([3, before + 1]);
  });
});

describe('starred sessions and published schedules', () => {
  it('puts the sessions starred for NEW\'s conference first, marked, in text and JSON', async () => {
    const env = { XENSUMMIT_STATE_DIR: join(tmp, 'stars') };
    expect((await cli(['star', 'wed-7', '--data', MOVED], { env })).status).toBe(0);
    const r = await cli(['changes', OLD, MOVED], { env });
    expect(r.status).toBe(3);
    const changed = r.stdout.slice(r.stdout.indexOf('Changed\n'));
    expect(changed.split('\n')[1]).toBe('  ★ Wed 18 Apr 13:30–15:30  Session 7: Paravirt_ops, VM checkpointing, Xen on SGI, Xen Roadmap');
    const json = JSON.parse((await cli(['changes', OLD, MOVED, '--json'], { env })).stdout);
    expect(json.changed[0]).toMatchObject({ fields: ['chair'], new: { id: 'wed-7', starred: true } });
    expect(json.changed.slice(1).every((c: { new: { starred: boolean } }) => !c.new.starred)).toBe(true);
  });

  it('matches by guid, and compares speakers as a set, subtitle and language', async () => {
    const xml = (speakers: string, subtitle: string, id: string) => `<?xml version="1.0" encoding="UTF-8"?>
<schedule><version>1</version><conference><title>Test Con</title><acronym>testcon</acronym></conference>
<day index="1" date="2026-05-02" start="2026-05-02T10:00:00+02:00" end="2026-05-02T20:00:00+02:00">
<room name="Hall"><event id="${id}" guid="0b1c2d3e-aaaa-bbbb-cccc-000000000001"><date>2026-05-02T11:00:00+02:00</date><start>11:00</start><duration>00:30</duration>
<room>Hall</room><slug>t</slug><title>A talk</title><subtitle>${subtitle}</subtitle><track>Main</track><type>talk</type><language>en</language>
<persons>${speakers}</persons></event></room></day></schedule>`;
    const a = join(tmp, 'a.xml');
    const b = join(tmp, 'b.xml');
    writeFileSync(a, xml('<person id="1">Ada</person><person id="2">Grace</person>', 'Part one', '10'));
    writeFileSync(b, xml('<person id="2">Grace</person><person id="1">Ada</person>', 'Part two', '99'));
    const json = JSON.parse((await cli(['changes', a, b, '--json'])).stdout);
    // The ids differ (10, 99) but the guid is the same: one session, changed in its subtitle only.
    expect({ added: json.added.length, cancelled: json.cancelled.length, fields: json.changed.map((c: { fields: string[] }) => c.fields) }).toEqual({ added: 0, cancelled: 0, fields: [['subtitle']] });
  });
});

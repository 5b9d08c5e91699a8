/**
 * No result depends on the machine's time zone: the same commands give byte-identical output
 * with the process's TZ set to zones with other offsets and other daylight-saving rules.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempFolder, type Result } from './run';

const tmp = tempFolder('tz');
const summit = JSON.parse(readFileSync(join(__dirname, '..', 'data', 'summit.json'), 'utf8'));

/** The bundled data moved to another zone and day, with one session at `start`. */
function dataFile(name: string, zone: string, date: string, start: string, end: string): string {
  const data = structuredClone(summit);
  data.venue.timeZone = zone;
  data.days = [{ date, label: 'Sun' }];
  data.sessions = [{ ...data.sessions[1], date, start, end }];
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

const havana = dataFile('havana.json', 'America/Havana', '2007-03-11', '02:00', '03:00');
const london = dataFile('london.json', 'Europe/London', '2007-10-28', '01:30', '02:00');
const newYork = dataFile('ny.json', 'America/New_York', '2007-11-04', '01:15', '01:45');

const COMMANDS: string[][] = [
  ['now', '--at', '2007-03-20T12:00:00Z'],
  ['now', '--at', '2007-05-01T12:00:00Z', '--tz', 'Europe/London'],
  ['now', '--at', 'tues 08:00', '--tz', 'Australia/Sydney'],
  ['now', '--at', '2007-04-17 20:15', '--tz', 'Asia/Kolkata', '--json'],
  ['now'],
  ['schedule', '--tz', 'Australia/Lord_Howe'],
  ['schedule', '--tz', 'Pacific/Chatham', '--day', 'weds'],
  ['info'],
  ['search', 'xen', '--tz', 'America/St_Johns'],
  ['export', '--format', 'csv'],
  ['export', '--format', 'xml'],
  ['export', '--format', 'ics'],
  ['schedule', '--json', '--data', havana],
  ['schedule', '--data', havana, '--tz', 'Europe/London'],
  ['export', '--format', 'json', '--data', london],
  ['now', '--data', london, '--at', '2007-10-28 01:40'],
  ['export', '--format', 'ics', '--data', newYork],
  ['now', '--at', '2007-03-25 01:30', '--tz', 'Europe/London'],
  ['now', '--at', '2007-11-04 01:30', '--data', newYork, '--json'],
];

const ZONES = ['UTC', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham'];

async function under(zone: string, args: string[]): Promise<Result> {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await cli(args, { env: { COLUMNS: '100' } });
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describe('output is the same under every machine time zone', () => {
  it.each(COMMANDS.map((c) => [c.join(' ').replace(tmp, '…'), c] as const))('xensummit %s', async (_, args) => {
    const results = [];
    for (const zone of ZONES) results.push(await under(zone, args));
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
    expect(results[0].stderr).not.toMatch(/internal error/);
  });

  it('reads the data files at the offsets their zones had', async () => {
    const r = await under('America/New_York', ['schedule', '--json', '--data', havana]);
    expect(JSON.parse(r.stdout)[0].start).toBe('2007-03-11T02:00:00-04:00');
    const l = await under('Australia/Lord_Howe', ['export', '--format', 'json', '--data', london]);
    expect(JSON.parse(l.stdout)[0]).toMatchObject({ start: '2007-10-28T01:30:00+01:00', end: '2007-10-28T02:00:00+00:00' });
    const span = await under('Europe/London', ['now', '--at', '2007-03-20T12:00:00Z']);
    expect(span.stdout).toContain('in 28 days');
    expect(span.stdout).not.toContain('28 days 1 h');
  });
});

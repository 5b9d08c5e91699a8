/** The loader and the validator: a bad data file is one line naming the file and the field. */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, MAX_DATA_BYTES, MAX_DATA_DEPTH } from '../../src/io/load';
import { Zones } from '../../src/core/time';
import { DataError } from '../../src/errors';
import { cli, tempFolder } from '../run';

const dir = tempFolder('load');
const good = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'summit.json'), 'utf8'));
const loadSummit = (file?: string) => load(file, new Zones());

function withChange(change: (data: any) => void): string {
  const data = structuredClone(good);
  change(data);
  const file = join(dir, `data-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

function message(file: string): string {
  try {
    loadSummit(file);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as Error).message;
  }
  throw new Error('loaded without error');
}

describe('loadSummit', () => {
  it('resolves sessions into instants in time order', () => {
    const summit = loadSummit();
    expect(summit.sessions[0].startsAt.toISOString()).toBe('2007-04-17T12:00:00.000Z');
    const bof = summit.sessions.find((s) => s.id === 'wed-bof')!;
    expect(bof.endsAt).toBeNull();
    expect(bof.until.toISOString()).toBe('2007-04-19T04:00:00.000Z');
  });

  it('names a missing file', () => {
    expect(message(join(dir, 'missing.json'))).toBe(`cannot read data file ${join(dir, 'missing.json')}: no such file`);
  });

  it('names a file that is not JSON', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"title": ');
    expect(message(file)).toMatch(new RegExp(`^${file}: not valid JSON: `));
  });

  it.each([
    ['a number where a time goes', (d: any) => (d.sessions[3].start = 8), 'summit.sessions[3].start: expected a time "HH:MM", got number 8'],
    ['a missing field', (d: any) => delete d.sessions[0].title, 'summit.sessions[0].title: expected a string, got nothing (the field is missing)'],
    ['a negative count', (d: any) => (d.stats.rows[2].checkins = -1), 'summit.stats.rows[2].checkins: expected a whole number of 0 or more, at most 9007199254740991, got number -1'],
    ['a count no number holds exactly', (d: any) => (d.stats.rows[1].insertions = 1e308), 'summit.stats.rows[1].insertions: expected a whole number of 0 or more, at most 9007199254740991, got number 1e+308'],
    ['a session number no number holds exactly', (d: any) => (d.sessions[3].number = 2 ** 53), 'summit.sessions[3].number: expected a whole number of 0 or more, at most 9007199254740991, got number 9007199254740992'],
    ['a nested changelog item', (d: any) => (d.changelog[0].items[5].items[0].text = null), 'summit.changelog[0].items[5].items[0].text: expected a string, got null'],
    ['an end before the start', (d: any) => (d.sessions[1].end = '08:00'), 'summit.sessions[1].end: expected a time after the start 08:15, got "08:00"'],
    ['an unknown day', (d: any) => (d.sessions[1].date = '2007-04-19'), 'summit.sessions[1].date: expected one of the days (2007-04-17, 2007-04-18), got "2007-04-19"'],
    ['a duplicate id', (d: any) => (d.sessions[2].id = d.sessions[1].id), 'summit.sessions[2].id: expected an id no other session has, got "tue-1a"'],
    ['an unknown zone', (d: any) => (d.venue.timeZone = 'Mars/Base'), 'summit.venue.timeZone: expected a time zone name, got "Mars/Base"'],
    ['an end at the start', (d: any) => (d.sessions[1].end = '08:15'), 'summit.sessions[1].end: expected a time after the start 08:15, got "08:15"'],
    ['an array for the root', (d: any) => (d.sessions = {}), 'summit.sessions: expected an array, got an object'],
  ])('names the field for %s', (_, change, expected) => {
    const file = withChange(change);
    const text = message(file);
    expect(text).toBe(`${file}: ${expected}`);
    expect(text).not.toContain('\n');
  });

  // The sessions are checked in one loop first, by the table only when that loop fails: each wrong
  // value must still fail, and be named by the table, wherever in the list it is.
  it.each([
    ['id', 42, 'an id of letters, digits, ".", "_" or "-"', 'number 42'],
    ['id', '-x', 'an id of letters, digits, ".", "_" or "-"', '"-x"'],
    ['date', '2007-4-17', 'a date "YYYY-MM-DD"', '"2007-4-17"'],
    ['date', null, 'a date "YYYY-MM-DD"', 'null'],
    ['start', '2007-04-17', 'a time "HH:MM"', '"2007-04-17"'],
    ['start', '24:00', 'a time "HH:MM"', '"24:00"'],
    ['end', '2007-04-18', 'a time "HH:MM"', '"2007-04-18"'],
    ['end', undefined, 'a time "HH:MM"', 'nothing (the field is missing)'],
    ['track', 1, 'a string', 'number 1'],
    ['room', [], 'a string', 'an array'],
    ['number', 1.5, 'a whole number of 0 or more, at most 9007199254740991', 'number 1.5'],
    ['number', '3', 'a whole number of 0 or more, at most 9007199254740991', '"3"'],
    ['title', null, 'a string', 'null'],
    ['chair', {}, 'a string', 'an object'],
    ['note', null, 'a string', 'null'],
  ])('names a session field %s of %p', (field, value, expected, got) => {
    for (const i of [0, 5]) {
      const file = withChange((d) => {
        if (value === undefined) delete d.sessions[i][field];
        else d.sessions[i][field] = value;
      });
      expect(message(file)).toBe(`${file}: summit.sessions[${i}].${field}: expected ${expected}, got ${got}`);
    }
  });

  it('names a session that is not an object', () => {
    const file = withChange((d) => (d.sessions[3] = ['tue-1a']));
    expect(message(file)).toBe(`${file}: summit.sessions[3]: expected an object, got an array`);
  });

  it('rejects a clock time that does not exist at the venue, naming the field', () => {
    const file = withChange((d) => {
      d.days[0].date = '2007-03-11';
      d.sessions = [{ ...d.sessions[1], date: '2007-03-11', start: '02:15', end: '03:30' }];
    });
    expect(message(file)).toBe(`${file}: summit.sessions[0].start: 02:15 does not exist on 2007-03-11 in America/New_York (the clocks went forward 60 min)`);
  });

  it('takes the earlier of a repeated clock time, and ends after it starts by the instants', () => {
    const file = withChange((d) => {
      d.days[0].date = '2007-11-04';
      d.sessions = [{ ...d.sessions[1], date: '2007-11-04', start: '01:30', end: '01:45' }];
    });
    const [s] = loadSummit(file).sessions;
    expect(s.startsAt.toISOString()).toBe('2007-11-04T05:30:00.000Z');
    expect(s.endsAt?.toISOString()).toBe('2007-11-04T05:45:00.000Z');
  });

  it('reads the same instants whatever the process zone', () => {
    const file = withChange((d) => {
      d.venue.timeZone = 'America/Havana';
      d.days[0].date = '2007-03-11';
      d.sessions = [{ ...d.sessions[1], date: '2007-03-11', start: '02:00', end: '03:00' }];
    });
    const saved = process.env.TZ;
    const seen = new Set<string>();
    try {
      for (const tz of ['UTC', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
        process.env.TZ = tz;
        seen.add(loadSummit(file).sessions[0].startsAt.toISOString());
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect([...seen]).toEqual(['2007-03-11T06:00:00.000Z']);
  });
});

describe('files that are not files, and text that is not text', () => {
  const oneLine = async (file: string) => {
    const r = await cli(['stats', '--data', file]);
    expect({ status: r.status, stdout: r.stdout, lines: r.stderr.trimEnd().split('\n').length }).toEqual({ status: 1, stdout: '', lines: 1 });
    return r.stderr;
  };

  it.each([
    ['a folder', () => dir, 'is a folder, not a file'],
    ['a FIFO nobody writes to', () => fifo(), 'is a pipe, not a file'],
    ['/dev/zero', () => '/dev/zero', 'is a device, not a file'],
    ['/dev/null', () => '/dev/null', 'is a device, not a file'],
  ])('refuses %s at once, before reading a byte', async (_, file, reason) => {
    const f = file();
    expect(await oneLine(f)).toBe(`xensummit: cannot read data file ${f}: ${reason}\n`);
  });

  it(`refuses a file of more than ${MAX_DATA_BYTES / 1024 / 1024} MiB without reading it`, async () => {
    const file = join(dir, 'huge.json');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, MAX_DATA_BYTES + 1);
    closeSync(fd);
    expect(await oneLine(file)).toBe(`xensummit: cannot read data file ${file}: 64 MiB is more than the limit of 64 MiB\n`);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, `\ufeff${JSON.stringify(good)}`);
    expect(loadSummit(file).sessions).toHaveLength(good.sessions.length);
  });

  it('refuses bytes that are not UTF-8', () => {
    const file = join(dir, 'latin1.json');
    writeFileSync(file, Buffer.concat([Buffer.from('{"title": "Caf'), Buffer.from([0xe9]), Buffer.from('"}')]));
    expect(message(file)).toBe(`${file}: not UTF-8 text (save it as UTF-8)`);
  });

  it('refuses a lone surrogate, naming the field', () => {
    const file = withChange((d) => (d.sessions[4].chair = 'x\ud800'));
    expect(message(file)).toBe(`${file}: summit.sessions[4].chair: expected Unicode text, got a string with a lone surrogate (an unpaired \\ud800-\\udfff escape)`);
  });

  it(`refuses nesting deeper than ${MAX_DATA_DEPTH} levels, however deep`, () => {
    for (const depth of [MAX_DATA_DEPTH + 1, 100_000]) {
      const file = join(dir, `deep-${depth}.json`);
      writeFileSync(file, `${'['.repeat(depth)}${']'.repeat(depth)}`);
      expect(message(file)).toBe(`${file}: ${`summit${'[0]'.repeat(40)}`.slice(0, 79)}…: nested more than ${MAX_DATA_DEPTH} levels deep, the limit`);
    }
    const fine = join(dir, 'deep-fine.json');
    writeFileSync(fine, `${'['.repeat(MAX_DATA_DEPTH)}${']'.repeat(MAX_DATA_DEPTH)}`);
    // Within the limit the depth is no reason: it is refused only for not being a schedule.
    expect(message(fine)).toBe(`${fine}: JSON, but neither a schedule.json ({ "schedule": { "conference": … } }) nor the summit's own shape (data/summit.json)`);
  });

  it('loads a changelog nested to the limit', () => {
    const file = withChange((d) => {
      let item = { text: 'deepest', items: [] as unknown[] };
      // summit.changelog[0].items[0] is at depth 5; each further item adds two (the item and its list).
      for (let depth = 5; depth + 2 <= MAX_DATA_DEPTH; depth += 2) item = { text: 'deeper', items: [item] };
      d.changelog[0].items = [item];
    });
    expect(loadSummit(file).changelog?.[0].items[0].text).toBe('deeper');
  });
});

function fifo(): string {
  const file = join(dir, 'fifo');
  if (!existsSync(file)) execFileSync('mkfifo', [file]);
  return file;
}

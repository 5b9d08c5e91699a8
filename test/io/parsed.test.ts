/** A parsed schedule.xml is kept in the cache folder and used while the file is the same; nothing else changes. */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempFolder } from '../run';
import { parsedCache, RACY_MS, textKey } from '../../src/io/parsed';
import { loadFile } from '../../src/io/load';
import { Zones } from '../../src/core/time';

const tmp = tempFolder('parsed');
const XML = join(__dirname, '..', 'fixtures', 'schedules', 'tinycon.schedule.xml');

describe('the parsed-schedule cache', () => {
  it('gives the same answer from the cache, from a damaged cache and from a changed file', async () => {
    const env = { XENSUMMIT_CACHE_DIR: join(tmp, 'c1'), COLUMNS: '100' };
    const args = ['schedule', '--data', XML];
    const first = await cli(args, { env });
    expect(first.status).toBe(0);
    const folder = join(tmp, 'c1', 'parsed');
    const parses = () => readdirSync(folder).filter((f) => !f.startsWith('file-'));
    const files = parses();
    expect(files).toEqual([`${textKey(readFileSync(XML, 'utf8'))}.json`]);
    expect(await cli(args, { env })).toEqual(first);
    expect(await cli(args, { env: { COLUMNS: '100', XENSUMMIT_CACHE_DIR: join(tmp, 'none') } })).toEqual(first);
    writeFileSync(join(folder, files[0]), '{"format":1,');
    expect(await cli(args, { env })).toEqual(first);
    // The same file with one title changed is another text: parsed again, never the old answer.
    const changed = join(tmp, 'changed.xml');
    writeFileSync(changed, readFileSync(XML, 'utf8').replace('<title>Opening', '<title>Renamed: Opening'));
    const other = await cli(['schedule', '--data', changed], { env });
    expect(other.status).toBe(0);
    expect(other.stdout).toContain('Renamed: ');
    expect(parses()).toHaveLength(2);
  });

  it('links a file to its parse by what fstat says, and reads it again when that changes or is too recent to trust', () => {
    const env = { XENSUMMIT_CACHE_DIR: join(tmp, 'c2') };
    const folder = join(tmp, 'c2', 'parsed');
    const later = () => Date.now() + 10 * RACY_MS;
    const titleOf = (file: string, clock: () => number) => loadFile(file, new Zones(), parsedCache(env, clock)).title;
    const file = join(tmp, 'linked.xml');
    const other = join(tmp, 'other.xml');
    writeFileSync(file, readFileSync(XML, 'utf8'));
    writeFileSync(other, readFileSync(XML, 'utf8').replace('<title>TinyCon 2026</title>', '<title>OtherCon</title>'));
    expect(titleOf(other, later)).toBe('OtherCon');
    expect(titleOf(file, later)).toBe('TinyCon 2026');
    const links = readdirSync(folder).filter((f) => f.startsWith('file-'));
    expect(links).toHaveLength(2);
    // Point the file's link at the other file's parse: while fstat says the same, the file is not read.
    const link = links.map((f) => join(folder, f)).find((f) => JSON.parse(readFileSync(f, 'utf8')).path === file)!;
    const stored = JSON.parse(readFileSync(link, 'utf8'));
    writeFileSync(link, JSON.stringify({ ...stored, key: textKey(readFileSync(other, 'utf8')) }));
    expect(titleOf(file, () => stored.linkedAt)).toBe('OtherCon');
    // A link made less than RACY_MS after the file last changed is not trusted.
    writeFileSync(link, JSON.stringify({ ...stored, key: textKey(readFileSync(other, 'utf8')), linkedAt: stored.file.mtimeMs + RACY_MS / 2 }));
    expect(titleOf(file, later)).toBe('TinyCon 2026');
    writeFileSync(link, JSON.stringify({ ...stored, key: textKey(readFileSync(other, 'utf8')) }));
    // The file changed (its size and times): read, parsed and linked again.
    appendFileSync(file, '<!-- changed -->\n');
    expect(titleOf(file, later)).toBe('TinyCon 2026');
    expect(JSON.parse(readFileSync(link, 'utf8')).key).toBe(textKey(readFileSync(file, 'utf8')));
    writeFileSync(link, '{"format":1,');
    expect(titleOf(file, later)).toBe('TinyCon 2026');
  });

  it('keys a text by all of it', () => {
    expect(textKey('a'.repeat(1000))).not.toBe(textKey(`${'a'.repeat(999)}b`));
    expect(textKey('abc')).toBe(textKey('abc'));
  });
});

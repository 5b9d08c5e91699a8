/** A parsed schedule.xml is kept in the cache folder and used while the file is the same; nothing else changes. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempFolder } from '../run';
import { textKey } from '../../src/io/parsed';

const tmp = tempFolder('parsed');
const XML = join(__dirname, '..', 'fixtures', 'schedules', 'tinycon.schedule.xml');

describe('the parsed-schedule cache', () => {
  it('gives the same answer from the cache, from a damaged cache and from a changed file', async () => {
    const env = { XENSUMMIT_CACHE_DIR: join(tmp, 'c1'), COLUMNS: '100' };
    const args = ['schedule', '--data', XML];
    const first = await cli(args, { env });
    expect(first.status).toBe(0);
    const folder = join(tmp, 'c1', 'parsed');
    const files = readdirSync(folder);
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
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it('keys a text by all of it', () => {
    expect(textKey('a'.repeat(1000))).not.toBe(textKey(`${'a'.repeat(999)}b`));
    expect(textKey('abc')).toBe(textKey('abc'));
  });
});

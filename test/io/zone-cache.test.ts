/** Year tables of zones kept in the cache folder: the same answers as the database, asked once. */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { tzName, tzOffset } from '@date-fns/tz';
import { cli, tempFolder } from '../run';
import { Zones } from '../../src/core/time';
import { databaseVersion, zoneCache, zoneFileName } from '../../src/io/zone-cache';

const tmp = tempFolder('zone-cache');
const XML = join(__dirname, '..', 'fixtures', 'schedules', 'tinycon.schedule.xml');
const ZONES = ['Europe/Berlin', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Pacific/Apia', 'Etc/GMT-1'];

describe('the zone cache', () => {
  it('answers as the database does, at any instant, once its tables are kept', () => {
    const env = { XENSUMMIT_CACHE_DIR: join(tmp, 'a') };
    const zones = new Zones({}, zoneCache(env));
    const again = new Zones({}, zoneCache(env));
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2013, 0, 1) - 1 }), (zone, t) => {
        const instant = Math.floor(t / 60_000) * 60_000;
        const offset = Math.round(tzOffset(zone, new Date(instant)));
        expect(zones.offset(zone, instant)).toBe(offset);
        expect(again.offset(zone, instant)).toBe(offset);
        expect(again.abbreviation(zone, new Date(instant))).toBe(tzName(zone, new Date(instant), 'short'));
      }),
      { numRuns: 300 },
    );
    // Around the changes, to the minute (Berlin went to summer time at 01:00 UTC on 25 March 2012;
    // Apia skipped 30 December 2011, from UTC-10 to UTC+14).
    expect([Date.UTC(2011, 11, 30, 9, 59), Date.UTC(2011, 11, 30, 10)].map((t) => zones.offset('Pacific/Apia', t))).toEqual([-600, 840]);
    const change = Date.UTC(2012, 2, 25, 1);
    expect([change - 60_000, change].map((t) => zones.offset('Europe/Berlin', t))).toEqual([60, 120]);
  });

  it('keeps one file per zone, in a folder of the database version, and uses what it holds', () => {
    const env = { XENSUMMIT_CACHE_DIR: join(tmp, 'b') };
    const versions = { tz: '2099z', icu: '99.1' };
    new Zones({}, zoneCache(env, versions)).offset('Europe/Berlin', Date.UTC(2014, 11, 28));
    const folder = join(tmp, 'b', 'zones', databaseVersion(versions));
    expect(readdirSync(folder)).toEqual(['Europe%2fBerlin.json']);
    // A kept table is what is used: one made up to prove it (a real one is never like this).
    const file = join(folder, 'Europe%2fBerlin.json');
    const kept = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(kept.years)).toEqual(['2014']);
    kept.years['2014'].offsets = kept.years['2014'].offsets.map(() => 7);
    writeFileSync(file, JSON.stringify(kept));
    const zones = new Zones({}, zoneCache(env, versions));
    expect(zones.offset('Europe/Berlin', Date.UTC(2014, 11, 28))).toBe(7);
    expect(zones.isKnown('Europe/Berlin')).toBe(true);
    // Another database version has its own tables.
    expect(new Zones({}, zoneCache(env, { tz: '2100a', icu: '99.1' })).offset('Europe/Berlin', Date.UTC(2014, 11, 28))).toBe(60);
  });

  it('works out again a file that is not a table, and keeps nothing for a name the database does not know', () => {
    const env = { XENSUMMIT_CACHE_DIR: join(tmp, 'c') };
    const versions = { tz: '2099z', icu: '99.1' };
    const folder = join(tmp, 'c', 'zones', databaseVersion(versions));
    new Zones({}, zoneCache(env, versions)).offset('Asia/Kathmandu', Date.UTC(2020, 5, 1));
    const file = join(folder, zoneFileName('Asia/Kathmandu'));
    for (const damaged of ['{"format":1,', '{"format":1,"zone":"Asia/Kathmandu","years":{"2020":{"from":0}}}']) {
      writeFileSync(file, damaged);
      expect(new Zones({}, zoneCache(env, versions)).offset('Asia/Kathmandu', Date.UTC(2020, 5, 1))).toBe(345);
      expect(JSON.parse(readFileSync(file, 'utf8')).years['2020'].offsets).toEqual([345]);
    }
    const zones = new Zones({}, zoneCache(env, versions));
    expect(zones.isKnown('Mars/Olympus')).toBe(false);
    // A file under a name is not enough: it must hold that name's tables.
    writeFileSync(join(folder, zoneFileName('Mars/Olympus')), readFileSync(file, 'utf8'));
    expect(new Zones({}, zoneCache(env, versions)).isKnown('Mars/Olympus')).toBe(false);
    rmSync(join(folder, zoneFileName('Mars/Olympus')));
    expect(zoneCache(env, versions).year('Mars/Olympus', 2020)).toBeUndefined();
    expect(readdirSync(folder)).toEqual([zoneFileName('Asia/Kathmandu')]);
  });

  it('works out no table where none can be kept: the database is asked, as without the cache', () => {
    const years = zoneCache({ XENSUMMIT_CACHE_DIR: '/dev/null/xensummit' });
    expect(years.year('Europe/Berlin', 2014)).toBeUndefined();
    const zones = new Zones({}, years);
    expect([zones.offset('Europe/Berlin', Date.UTC(2014, 6, 1)), zones.abbreviation('Europe/Berlin', new Date(Date.UTC(2014, 0, 1)))]).toEqual([120, 'GMT+1']);
  });

  it('names files so that no zone name leaves the folder', () => {
    expect(zoneFileName('America/Argentina/Buenos_Aires')).toBe('America%2fArgentina%2fBuenos_Aires.json');
    expect(zoneFileName('../../etc/passwd')).toBe('%2e%2e%2f%2e%2e%2fetc%2fpasswd.json');
    expect(zoneFileName('Etc/GMT+5')).toBe('Etc%2fGMT+5.json');
  });

  it('gives a command the same output with and without kept tables', async () => {
    const env = { XENSUMMIT_CACHE_DIR: join(tmp, 'd'), COLUMNS: '100' };
    const args = ['now', '--data', XML, '--at', '2026-03-14 10:00'];
    const first = await cli(args, { env });
    expect(first.status).toBe(0);
    expect(readdirSync(join(tmp, 'd', 'zones', databaseVersion(process.versions))).length).toBeGreaterThan(0);
    expect(await cli(args, { env })).toEqual(first);
    expect(await cli(['schedule', '--data', XML, '--tz', 'Asia/Kathmandu'], { env })).toEqual(await cli(['schedule', '--data', XML, '--tz', 'Asia/Kathmandu'], { env: { ...env, XENSUMMIT_CACHE_DIR: join(tmp, 'e') } }));
  });
});

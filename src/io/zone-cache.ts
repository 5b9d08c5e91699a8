/**
 * Year tables of time zones, kept in the cache folder, for every zone but the bundled venue's (whose
 * table the build puts in the bundle). The first question to the time-zone database costs an Intl
 * formatter, more than all the rest of a run of `now`; a schedule in Europe/Berlin asks it at every
 * start. So the answers for a zone are worked out once a year of it is needed, by the same method as
 * the build's (src/core/zone-table.ts), and kept: derived data from the database, not hand-written
 * offsets. They are kept per version of the database the runtime carries (`process.versions.tz`),
 * so a Node with newer rules works them out again. Losing the cache loses nothing: a file that is not
 * a table of this tool is worked out again and replaced.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder } from './cache';
import { writeFileAtomic } from './write';
import { buildZoneTable, type ZoneTable } from '../core/zone-table';
import type { YearTables } from '../core/time';

interface Stored {
  format: 1;
  zone: string;
  database: string;
  years: Record<string, ZoneTable>;
}

/** The database's version as the runtime reports it, and its ICU's: the folder the tables belong to. */
export function databaseVersion(versions: Partial<Record<string, string>>): string {
  return `tz-${versions.tz ?? 'unknown'}-icu-${versions.icu ?? 'unknown'}`;
}

/** A file name for any zone name: letters, digits, "_", "+" and "-" stay; "/" and all else are %XX (so never ".."). */
export function zoneFileName(zone: string): string {
  return `${zone.replace(/[^A-Za-z0-9_+-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}.json`;
}

const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => Number.isInteger(n));

/** True when `t` is a table of the UTC year `year`, in the shape zone-table.ts makes. */
function isYearTable(t: ZoneTable | undefined, year: number): t is ZoneTable {
  return (
    typeof t === 'object' && t !== null && t.from === Date.UTC(year, 0, 1) && t.to === Date.UTC(year + 1, 0, 1) &&
    isNumbers(t.changes) && isNumbers(t.offsets) && Array.isArray(t.names) && t.names.every((n) => typeof n === 'string') &&
    t.offsets.length === t.changes.length + 1 && t.names.length === t.offsets.length
  );
}

/** The year tables kept under the cache folder of `env`, for the database `versions` names. */
export function zoneCache(env: Record<string, string | undefined>, versions: Partial<Record<string, string>> = process.versions): YearTables {
  // Worked out on first use: a run in the bundled venue's zone never asks.
  let folder: string | undefined;
  const folderOf = () => (folder ??= join(cacheFolder(env), 'zones', databaseVersion(versions)));
  const stored = new Map<string, Stored | null>();
  // Where nothing can be kept, a table is not worth working out (it costs more than the few
  // questions a run asks the database): the database is asked as before.
  let unwritable = false;
  const fileOf = (zone: string) => join(folderOf(), zoneFileName(zone));
  const read = (zone: string): Stored | null => {
    let s = stored.get(zone);
    if (s === undefined) {
      try {
        const value = JSON.parse(readFileSync(fileOf(zone), 'utf8')) as Stored;
        s = value.format === 1 && value.zone === zone && typeof value.years === 'object' && value.years !== null ? value : null;
      } catch {
        s = null;
      }
      stored.set(zone, s);
    }
    return s;
  };
  return {
    // The file read, not only found: a name's file must be that zone's (file names of two names can meet on a case-blind disk).
    has: (zone) => read(zone) !== null,
    year(zone, year) {
      const kept = read(zone)?.years[year];
      if (isYearTable(kept, year)) return kept;
      if (unwritable) return undefined;
      try {
        mkdirSync(folderOf(), { recursive: true });
      } catch {
        unwritable = true;
        return undefined;
      }
      let table: ZoneTable;
      try {
        table = buildZoneTable(zone, year, year + 1);
      } catch {
        return undefined;
      }
      // A name the database does not know gives no offsets (or throws): nothing to keep.
      if (!table.offsets.every(Number.isInteger)) return undefined;
      const next: Stored = { format: 1, zone, database: databaseVersion(versions), years: { ...read(zone)?.years, [year]: table } };
      try {
        writeFileAtomic(fileOf(zone), JSON.stringify(next));
        stored.set(zone, next);
      } catch {
        // Not kept: the next start asks the database again.
        unwritable = true;
      }
      return table;
    },
  };
}

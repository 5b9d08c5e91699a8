/** The only module that reads files: the summit data, bundled or from --data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareSessions, resolveSession } from './agenda';
import { DataError, fsReason } from './errors';
import { validateSummit } from './validate';
import bundled from '../data/summit.json';
import type { Summit, SummitRecord } from './types';

/** The data file that ships with the tool; the build puts its content into the bundle. */
export const BUNDLED_DATA = join(__dirname, '..', 'data', 'summit.json');

/** Resolves and orders the sessions of a validated record. */
export function toSummit(record: SummitRecord): Summit {
  const zone = record.venue.timeZone;
  const sessions = record.sessions.map((s) => resolveSession(s, zone)).sort(compareSessions);
  return { ...record, sessions };
}

/**
 * The bundled summit record, or a data file read, parsed and validated.
 * The bundled data is not validated here, on every start: test/data.test.ts validates it.
 */
export function loadRecord(file?: string): SummitRecord {
  if (file === undefined) return bundled as SummitRecord;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataError(`cannot read data file ${file}: ${fsReason(error, { ENOENT: 'no such file', EISDIR: 'is a folder, not a file' })}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(`${file}: not valid JSON: ${fsReason(error)}`);
  }
  return validateSummit(json, file);
}

/** The summit with its sessions resolved into instants and ordered. */
export function loadSummit(file?: string): Summit {
  return toSummit(loadRecord(file));
}

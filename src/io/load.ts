/**
 * The one loader: the bundled summit, or a data file read, recognised from its content (not its
 * name) and handed to its reader: the project's own JSON, frab's schedule.xml, or the schedule.json
 * of frab, pretalx and voc. `readData` is a pure function of the text, for any source of it.
 */
import { readFileSync } from 'node:fs';
import { DataError, fsReason } from '../errors';
import { bundledSummit, readSummit, type SummitRecord } from './readers/summit';
import { isScheduleJson, readScheduleJson } from './readers/schedule-json';
import { buildSchedule } from './readers/schedule';
import type { ParsedCache } from './parsed';
import bundled from '../../data/summit.json';
import type { Zones } from '../core/time';
import type { Conference } from '../types';

/** The bundled conference: the Xen Summit, from the welcome deck. */
export function loadBundled(zones: Zones): Conference {
  return bundledSummit(bundled as SummitRecord, zones);
}

/** The text of a data file, or one line saying why it cannot be had. */
function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataError(`cannot read data file ${file}: ${fsReason(error, { ENOENT: 'no such file', EISDIR: 'is a folder, not a file' })}`);
  }
}

/** True when a parsed JSON value is meant as the project's own data: it has any of its main fields. */
function isSummitJson(json: unknown): boolean {
  return json !== null && typeof json === 'object' && !Array.isArray(json) && ['sessions', 'venue', 'days', 'changelog'].some((k) => k in json);
}

/** A data file's text, recognised and read; `file` names it in errors. */
export function readData(text: string, file: string, zones: Zones, parsed?: ParsedCache): Conference {
  const start = text.replace(/^[\ufeff\s]+/, '').charAt(0);
  if (start === '<') {
    // The XML reader (and its parser) is loaded only for XML, and not at all when the parse is cached.
    let raw = parsed?.get(text);
    if (raw === undefined) {
      const { parseFrabXml } = require('./readers/frab-xml') as typeof import('./readers/frab-xml');
      raw = parseFrabXml(text, file);
      parsed?.set(text, raw);
    }
    return buildSchedule(raw, file, zones);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (start !== '{' && start !== '[') throw new DataError(`${file}: neither JSON nor XML: not a schedule xensummit reads (the summit's JSON, schedule.xml or schedule.json)`);
    throw new DataError(`${file}: not valid JSON: ${fsReason(error)}`);
  }
  if (isScheduleJson(json)) return readScheduleJson(json, file, zones);
  if (isSummitJson(json)) return readSummit(json, file, zones);
  throw new DataError(`${file}: JSON, but neither a schedule.json ({ "schedule": { "conference": … } }) nor the summit's own shape (data/summit.json)`);
}

/** A data file, parsed and checked by the reader for its format. */
export function loadFile(file: string, zones: Zones, parsed?: ParsedCache): Conference {
  return readData(readText(file), file, zones, parsed);
}

/** --data FILE, or the bundled summit. */
export function load(file: string | undefined, zones: Zones, parsed?: ParsedCache): Conference {
  return file === undefined ? loadBundled(zones) : loadFile(file, zones, parsed);
}

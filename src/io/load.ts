/**
 * The one loader: the bundled summit, or a data file read, recognised from its content (not its
 * name) and handed to its reader: the project's own JSON, frab's schedule.xml, or the schedule.json
 * of frab, pretalx and voc. `readData` is a pure function of the text, for any source of it.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { DataError, fsReason } from '../errors';
import { bundledSummit, readSummit, type SummitRecord } from './readers/summit';
import { isScheduleJson, readScheduleJson } from './readers/schedule-json';
import { buildSchedule, type RawSchedule } from './readers/schedule';
import type { FileIdentity, ParsedCache } from './parsed';
import bundled from '../../data/summit.json';
import type { Zones } from '../core/time';
import type { Conference } from '../types';

/** The bundled conference: the Xen Summit, from the welcome deck. */
export function loadBundled(zones: Zones): Conference {
  return bundledSummit(bundled as SummitRecord, zones);
}

/** The largest data file read: 64 MiB, four times a generated schedule of 100,000 sessions. */
export const MAX_DATA_BYTES = 64 * 1024 * 1024;
/** The deepest nesting of arrays and objects in a data file (the summit's is 8). */
export const MAX_DATA_DEPTH = 64;

const READ_ERRORS = { ENOENT: 'no such file', EISDIR: 'is a folder, not a file', ENXIO: 'not a regular file' };

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'is a folder, not a file';
  if (stats.isFIFO()) return 'is a pipe, not a file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, not a file';
  if (stats.isSocket()) return 'is a socket, not a file';
  return 'is not a regular file';
}

/**
 * The bytes of a data file, or one line saying why it cannot be had. The file is opened without
 * waiting (a FIFO nobody writes to does not block) and checked with fstat before a byte is read:
 * only a regular file of at most MAX_DATA_BYTES is read.
 */
function readBytes(file: string, before?: (stats: Stats) => boolean): Buffer | undefined {
  const fail = (reason: string) => new DataError(`cannot read data file ${file}: ${reason}`);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw fail(fsReason(error, READ_ERRORS));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw fail(kindOf(stats));
    if (stats.size > MAX_DATA_BYTES) throw fail(`${megabytes(stats.size)} is more than the limit of ${megabytes(MAX_DATA_BYTES)}`);
    if (before !== undefined && !before(stats)) return undefined;
    // Read up to one byte past the limit: a file that grows while it is read is still refused.
    const buffer = Buffer.allocUnsafe(Math.min(stats.size + 1, MAX_DATA_BYTES + 1));
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_DATA_BYTES) throw fail(`more than the limit of ${megabytes(MAX_DATA_BYTES)}`);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw fail(fsReason(error, READ_ERRORS));
  } finally {
    closeSync(fd);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`;
}

// Made on first use: constructing a TextDecoder costs 0.25 ms, which the bundled summit never needs.
let utf8: InstanceType<typeof TextDecoder> | undefined;

/** UTF-8 text, a leading BOM dropped; bytes that are not UTF-8 are refused. */
function decode(bytes: Buffer, file: string): string {
  try {
    return (utf8 ??= new TextDecoder('utf-8', { fatal: true })).decode(bytes);
  } catch {
    throw new DataError(`${file}: not UTF-8 text (save it as UTF-8)`);
  }
}

/** A path of a deep field, its start kept. */
const shorten = (path: string): string => (path.length > 80 ? `${path.slice(0, 79)}…` : path);

/** String.prototype.isWellFormed (Node 20; not yet in the ES2022 library types). */
const isWellFormed = (s: string): boolean => (s as string & { isWellFormed(): boolean }).isWellFormed();

/** What checkParsed found, and the keys down to it (innermost first), which make its path. */
interface Unfit {
  problem: 'deep' | 'surrogate';
  keys: string[];
}

/**
 * The first thing in `value` (at `depth`) that the readers should never see, or undefined. Recursion
 * stops at MAX_DATA_DEPTH, so it cannot overflow the stack. Of two problems, the one in the later
 * child is told; no path is built unless something is found.
 */
function unfit(value: unknown, depth: number, strings: boolean): Unfit | undefined {
  if (typeof value === 'string') return isWellFormed(value) ? undefined : { problem: 'surrogate', keys: [] };
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > MAX_DATA_DEPTH) return { problem: 'deep', keys: [] };
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) {
      const item: unknown = value[i];
      if (typeof item !== 'object' && !(strings && typeof item === 'string')) continue;
      const found = unfit(item, depth + 1, strings);
      if (found !== undefined) {
        found.keys.push(`[${i}]`);
        return found;
      }
    }
    return undefined;
  }
  // Keys in order (for-in is the fast path over a parsed object), the last one found kept: the same answer.
  let last: Unfit | undefined;
  for (const key in value) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (typeof item !== 'object' && !(strings && typeof item === 'string')) continue;
    const found = unfit(item, depth + 1, strings);
    if (found !== undefined) {
      found.keys.push(`.${key}`);
      last = found;
    }
  }
  return last;
}

/**
 * Checks what JSON.parse lets through and the readers should never see: nesting deeper than
 * MAX_DATA_DEPTH (the readers recurse) and strings with a lone surrogate (`"\\ud800"`), which no
 * output format can carry.
 */
function checkParsed(json: unknown, text: string, file: string, root: string): void {
  // Lone surrogates can come only from \u escapes: look for strings only if the text has one
  // (includes first: most files have no \u at all, and it finds that faster than the regex).
  const escapes = text.includes('\\u') && /\\u[dD][89a-fA-F]/.test(text);
  const found = unfit(json, 1, escapes);
  if (found === undefined) return;
  const path = root + found.keys.reverse().join('');
  if (found.problem === 'surrogate') throw new DataError(`${file}: ${path}: expected Unicode text, got a string with a lone surrogate (an unpaired \\ud800-\\udfff escape)`);
  throw new DataError(`${file}: ${shorten(path)}: nested more than ${MAX_DATA_DEPTH} levels deep, the limit`);
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
  // Depth and lone surrogates are checked whatever the shape: no reader sees what it cannot carry.
  const schedule = isScheduleJson(json);
  checkParsed(json, text, file, schedule ? 'schedule.json' : 'summit');
  if (schedule) return readScheduleJson(json, file, zones);
  if (isSummitJson(json)) return readSummit(json, file, zones);
  throw new DataError(`${file}: JSON, but neither a schedule.json ({ "schedule": { "conference": … } }) nor the summit's own shape (data/summit.json)`);
}

/**
 * A data file, parsed and checked by the reader for its format. With a parsed cache, a schedule.xml
 * that is as it was when its parse was kept is not read again (see src/io/parsed.ts).
 */
export function loadFile(file: string, zones: Zones, parsed?: ParsedCache): Conference {
  let identity: FileIdentity | undefined;
  let kept: RawSchedule | undefined;
  const bytes = readBytes(file, (stats) => {
    if (parsed === undefined) return true;
    identity = { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs };
    kept = parsed.forFile(file, identity);
    return kept === undefined;
  });
  if (kept !== undefined) return buildSchedule(kept, file, zones);
  const text = decode(bytes!, file);
  const conference = readData(text, file, zones, parsed);
  if (parsed !== undefined && identity !== undefined) parsed.link(file, identity, text);
  return conference;
}

/** --data FILE, or the bundled summit. */
export function load(file: string | undefined, zones: Zones, parsed?: ParsedCache): Conference {
  return file === undefined ? loadBundled(zones) : loadFile(file, zones, parsed);
}

/**
 * The cache of downloaded schedules: one file per URL holding the body and what is known of it
 * (validators, when it was fetched and last confirmed, the version before it), written atomically.
 * A damaged entry is set aside beside itself, never overwritten.
 */
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fsReason } from '../errors';
import { writeFileAtomic } from './write';
import { sha256Hex } from '../core/sha256';


/** A version of the schedule as downloaded. */
export interface Version {
  body: string;
  /** When this body was downloaded (ISO). */
  fetchedAt: string;
}

export interface CacheEntry extends Version {
  format: 1;
  url: string;
  etag?: string;
  lastModified?: string;
  /** When the server last confirmed the body (a 200 or a 304), ISO: the refresh interval counts from here. */
  checkedAt: string;
  /** The version this one replaced: what `changes` compares against. */
  previous?: Version;
  /** A refresh brought a changed schedule that no command has announced yet. */
  unannounced?: boolean;
}

export { cacheFolder } from './cache-folder';

/** The entry's file: a readable part of the URL and a hash of all of it ("127.0.0.1-schedule.xml-3f2a….json"). */
export function entryFile(folder: string, url: string): string {
  const readable = url
    .replace(/^https?:\/\//i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, 60);
  const hash = sha256Hex(url).slice(0, 16);
  return join(folder, `${readable}-${hash}.json`);
}

/** `problem` continues "the cached copy of URL …": "is damaged (…)", "cannot be read (…)". */
export type Read = { kind: 'none' } | { kind: 'ok'; entry: CacheEntry } | { kind: 'damaged'; problem: string; setAside?: string };

function isEntry(value: unknown, url: string): value is CacheEntry {
  const e = value as CacheEntry;
  return (
    typeof e === 'object' && e !== null && e.format === 1 && e.url === url && typeof e.body === 'string' &&
    typeof e.fetchedAt === 'string' && typeof e.checkedAt === 'string' && !Number.isNaN(Date.parse(e.checkedAt))
  );
}

/** The entry for `url`; a damaged one is renamed FILE.damaged and reported. */
export function readEntry(file: string, url: string): Read {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    // No file there, or no folder (the writer then says why it cannot keep one).
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'none' };
    return { kind: 'damaged', problem: `cannot be read (${fsReason(error)})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (isEntry(value, url)) return { kind: 'ok', entry: value };
  try {
    renameSync(file, `${file}.damaged`);
    return { kind: 'damaged', problem: 'is damaged (not a cache entry of this tool)', setAside: `${file}.damaged` };
  } catch (error) {
    return { kind: 'damaged', problem: `is damaged (not a cache entry of this tool) and cannot be set aside (${fsReason(error)})` };
  }
}

/** Writes the entry whole or not at all; throws OutputError. */
export function writeEntry(file: string, folder: string, entry: CacheEntry): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    // writeFileAtomic names the folder's trouble.
  }
  writeFileAtomic(file, `${JSON.stringify(entry)}\n`);
}

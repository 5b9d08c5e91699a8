/**
 * A cache of parsed schedule.xml files, in the cache folder: a schedule.xml costs its XML parser
 * (a bundle of its own) and a parse at every start, for a file that seldom changes. The raw shape
 * the parse gives is plain JSON, so it is kept, under a hash of the file's whole text; a changed
 * file has another hash and is parsed again. Losing the cache loses nothing: it is rebuilt.
 *
 * Hashing the whole text costs about as much as the rest of a start (6 ms for a 360 KB file), so a
 * file read by path is also linked to its parse by what fstat says of it (device, inode, size, and
 * the modification and change times, as git's index does): while those are the same, the file is
 * neither read nor hashed. As in git, a file changed within the same tick of the clock as its link
 * could keep its times, so a link is trusted only for a file last changed well before the link was
 * made; a newer one is read and hashed as before.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sha256Hex } from '../core/sha256';
import { cacheFolder } from './cache';
import { writeFileAtomic } from './write';
import { VERSION } from '../version';
import type { RawSchedule } from './readers/schedule';

export interface ParsedCache {
  get(text: string): RawSchedule | undefined;
  set(text: string, raw: RawSchedule): void;
  /** The parse kept for the file at `path` while fstat says `identity` of it; undefined when it may have changed. */
  forFile(path: string, identity: FileIdentity): RawSchedule | undefined;
  /**
   * Links the file at `path`, as fstat says `identity` of it before it was read, to the parse of its
   * `text`, when this cache was just asked about that text (a schedule.xml); else does nothing.
   */
  link(path: string, identity: FileIdentity, text: string): void;
}

/** What fstat says of a file that changes when the file does. */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** How much older than its link a file must be for the link to be trusted: a coarse file system's tick, and more. */
export const RACY_MS = 2000;

interface Link {
  format: 1;
  version: string;
  path: string;
  file: FileIdentity;
  key: string;
  /** When the link was made (epoch ms, the machine's clock, as the file times are). */
  linkedAt: number;
}

const sameIdentity = (a: FileIdentity, b: FileIdentity) =>
  a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

/** Two 32-bit FNV-1a hashes with different seeds, and the length: a key for a whole text, no crypto module to load. */
export function textKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}-${text.length.toString(36)}`;
}

interface Stored {
  format: 1;
  version: string;
  length: number;
  raw: RawSchedule;
}

export function parsedCache(env: Record<string, string | undefined>, clock: () => number = Date.now): ParsedCache {
  const folder = join(cacheFolder(env), 'parsed');
  // The key of the last text asked about: `link` follows `get` or `set` of the same text.
  let last: { text: string; key: string } | undefined;
  const keyOf = (text: string) => (last?.text === text ? last.key : (last = { text, key: textKey(text) }).key);
  const entry = (key: string) => join(folder, `${key}.json`);
  const linkFile = (path: string) => join(folder, `file-${sha256Hex(resolve(path)).slice(0, 16)}.json`);
  const read = (key: string, length?: number): RawSchedule | undefined => {
    try {
      const stored = JSON.parse(readFileSync(entry(key), 'utf8')) as Stored;
      // Written by this version of the tool, for a text of this length: else parse again.
      return stored.format === 1 && stored.version === VERSION && (length === undefined || stored.length === length) ? stored.raw : undefined;
    } catch {
      return undefined;
    }
  };
  const write = (file: string, value: unknown) => {
    try {
      mkdirSync(folder, { recursive: true });
      writeFileAtomic(file, JSON.stringify(value));
    } catch {
      // No cache: the next start parses again.
    }
  };
  return {
    get: (text) => read(keyOf(text), text.length),
    set(text, raw) {
      const stored: Stored = { format: 1, version: VERSION, length: text.length, raw };
      write(entry(keyOf(text)), stored);
    },
    forFile(path, identity) {
      let link: Link;
      try {
        link = JSON.parse(readFileSync(linkFile(path), 'utf8')) as Link;
      } catch {
        return undefined;
      }
      if (link.format !== 1 || link.version !== VERSION || link.path !== resolve(path) || typeof link.key !== 'string' || !/^[0-9a-z-]+$/.test(link.key)) return undefined;
      if (typeof link.file !== 'object' || link.file === null || !sameIdentity(link.file, identity)) return undefined;
      if (!(identity.mtimeMs < link.linkedAt - RACY_MS && identity.ctimeMs < link.linkedAt - RACY_MS)) return undefined;
      return read(link.key);
    },
    link(path, identity, text) {
      if (last?.text !== text) return;
      const link: Link = { format: 1, version: VERSION, path: resolve(path), file: identity, key: keyOf(text), linkedAt: clock() };
      write(linkFile(path), link);
    },
  };
}

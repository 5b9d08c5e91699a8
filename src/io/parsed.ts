/**
 * A cache of parsed schedule.xml files, in the cache folder: a schedule.xml costs its XML parser
 * (a bundle of its own) and a parse at every start, for a file that seldom changes. The raw shape
 * the parse gives is plain JSON, so it is kept, under a hash of the file's whole text; a changed
 * file has another hash and is parsed again. Losing the cache loses nothing: it is rebuilt.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder } from './cache';
import { writeFileAtomic } from './write';
import { VERSION } from '../version';
import type { RawSchedule } from './readers/schedule';

export interface ParsedCache {
  get(text: string): RawSchedule | undefined;
  set(text: string, raw: RawSchedule): void;
}

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

export function parsedCache(env: Record<string, string | undefined>): ParsedCache {
  const folder = join(cacheFolder(env), 'parsed');
  const file = (text: string) => join(folder, `${textKey(text)}.json`);
  return {
    get(text) {
      try {
        const stored = JSON.parse(readFileSync(file(text), 'utf8')) as Stored;
        // Written by this version of the tool, for a text of this length: else parse again.
        return stored.format === 1 && stored.version === VERSION && stored.length === text.length ? stored.raw : undefined;
      } catch {
        return undefined;
      }
    },
    set(text, raw) {
      try {
        mkdirSync(folder, { recursive: true });
        const stored: Stored = { format: 1, version: VERSION, length: text.length, raw };
        writeFileAtomic(file(text), JSON.stringify(stored));
      } catch {
        // No cache: the next start parses again.
      }
    },
  };
}

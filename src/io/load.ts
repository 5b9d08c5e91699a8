/** The one loader: the bundled summit, or a data file read, recognised and handed to its reader. */
import { readFileSync } from 'node:fs';
import { DataError, fsReason } from '../errors';
import { bundledSummit, readSummit, type SummitRecord } from './readers/summit';
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

/** A data file, parsed and checked by the reader for its format. */
export function loadFile(file: string, zones: Zones): Conference {
  return loadText(readText(file), file, zones);
}

/** The text of a data file or a download, recognised and read; `file` names it in messages. */
export function loadText(text: string, file: string, zones: Zones): Conference {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(`${file}: not valid JSON: ${fsReason(error)}`);
  }
  return readSummit(json, file, zones);
}

/** --data FILE, or the bundled summit. */
export function load(file: string | undefined, zones: Zones): Conference {
  return file === undefined ? loadBundled(zones) : loadFile(file, zones);
}

/**
 * Writing an output file atomically: a temporary file in the target's folder, then a rename.
 * A symbolic link is followed (its target is written, the link stays a link), an existing file keeps
 * its permissions, a device is written in place, and the temporary file is removed on an error or a SIGINT, SIGTERM or SIGHUP.
 */
import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, readlinkSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError, fsReason } from '../errors';

export interface AtomicOptions {
  /** Permissions of a new file (default 0666 less the umask; an existing file keeps its own). */
  mode?: number;
  /** Also fsync the folder after the rename, so that the rename itself survives a crash (state files). */
  syncFolder?: boolean;
}

/** The prefix of the temporary files that writing `file` makes: `.NAME.` (then pid, a random part, `.tmp`). */
export function tempPrefix(file: string): string {
  return `.${basename(file)}.`;
}

/** A random part for temporary names; node:crypto is loaded only when a file is written. */
function randomPart(): string {
  return (require('node:crypto') as typeof import('node:crypto')).randomBytes(4).toString('hex');
}

/** Temporary files made and not yet renamed or removed. */
const temporary = new Set<string>();

/**
 * Removes every temporary file a write has left (the hook for the process boundary: call it before
 * exiting on a signal or an internal error). Safe to call at any time, and more than once.
 */
export function removeTemporaryFiles(): void {
  for (const temp of temporary) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  temporary.clear();
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let guarded = false;

/**
 * While a write is under way a signal must not end the process with the temporary file on disk. The
 * writes are synchronous, so a handler runs only once the write has finished or failed: it removes
 * what is left and ends the process by the same signal, as it would have ended without the handler.
 */
function guardSignals(): void {
  if (guarded) return;
  guarded = true;
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      removeTemporaryFiles();
      SIGNALS.forEach((s, i) => process.removeListener(s, handlers[i]));
      process.kill(process.pid, signal);
    };
    process.on(signal, handler);
    return handler;
  });
}

/** The file a path names, symbolic links followed, whether or not it exists yet (a dangling link names its target). */
function finalTarget(file: string): string {
  let path = resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!lstatSync(path).isSymbolicLink()) return path;
      link = readlinkSync(path);
    } catch {
      return path;
    }
    path = resolve(dirname(path), link);
  }
  return path;
}

/** What is at the target now: nothing, a regular file (its permission bits), or a device. */
type Existing = { kind: 'none' } | { kind: 'file'; mode: number } | { kind: 'device' };

function existing(target: string): Existing {
  let stats;
  try {
    stats = statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    throw error;
  }
  if (stats.isFile()) return { kind: 'file', mode: stats.mode & 0o7777 };
  // A device (-o /dev/null, /dev/stdout on a terminal) is written in place: renaming over it would replace it.
  if (stats.isCharacterDevice()) return { kind: 'device' };
  throw Object.assign(new Error(stats.isDirectory() ? 'is a folder' : 'is not a regular file'), { code: stats.isDirectory() ? 'EISDIR' : 'ENOTREG' });
}

const WRITE_ERRORS = { ENOENT: 'no such folder', ENOTREG: 'not a regular file' };

/** Writes all of `content` to an open file. */
function writeAll(fd: number, content: string): void {
  const bytes = Buffer.from(content, 'utf8');
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** Either the whole of `content` is at `file`, or `file` is as it was. */
export function writeFileAtomic(file: string, content: string, options: AtomicOptions = {}): void {
  let fd: number | undefined;
  let temp: string | undefined;
  try {
    const target = finalTarget(file);
    const before = existing(target);
    if (before.kind === 'device') {
      fd = openSync(target, 'w');
      writeAll(fd, content);
      closeSync(fd);
      fd = undefined;
      return;
    }
    guardSignals();
    temp = join(dirname(target), `${tempPrefix(target)}${process.pid}.${randomPart()}.tmp`);
    fd = openSync(temp, 'wx', options.mode ?? 0o666);
    temporary.add(temp);
    if (before.kind === 'file') fchmodSync(fd, before.mode);
    writeAll(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
    temporary.delete(temp);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    removeTemporaryFiles();
    throw new OutputError(`cannot write ${file}: ${fsReason(error, WRITE_ERRORS)}`);
  }
  if (options.syncFolder) syncFolder(dirname(finalTarget(file)));
}

/** fsync a folder, where the system allows it (not every file system does). */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // The rename is done; only its durability across a power cut is not guaranteed here.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writing a file atomically: a temporary file in the same folder, fsync, then a rename. */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OutputError, fsReason } from '../errors';

export interface AtomicOptions {
  /** Permissions of a new file (default 0644). */
  mode?: number;
  /** Also fsync the folder after the rename, so that the rename itself survives a crash (state files). */
  syncFolder?: boolean;
}

/** The prefix of the temporary files that writing `file` makes: `.NAME.` (then pid, time, `.tmp`). */
export function tempPrefix(file: string): string {
  return `.${basename(file)}.`;
}

/** Either the whole of `content` is at `file`, or `file` is as it was. */
export function writeFileAtomic(file: string, content: string, options: AtomicOptions = {}): void {
  const temp = join(dirname(file), `${tempPrefix(file)}${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', options.mode ?? 0o644);
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never made.
    }
    throw new OutputError(`cannot write ${file}: ${fsReason(error, { ENOENT: 'no such folder' })}`);
  }
  if (options.syncFolder) syncFolder(dirname(file));
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

/** Writing an output file atomically: a temporary file in the same folder, then a rename. */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OutputError } from './errors';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'ENOSPC') return 'no space left on the device';
  return (error as Error).message.split('\n')[0];
}

/** Either the whole of `content` is at `file`, or `file` is as it was. */
export function writeFileAtomic(file: string, content: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
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
    throw new OutputError(`cannot write ${file}: ${reason(error)}`);
  }
}

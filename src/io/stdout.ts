/**
 * The process's own output streams: a reader that stops early (`xensummit schedule | head -1`) is not
 * an error and stays quiet; any other failure to write stdout (a full disk, `> /dev/full`) is one line
 * on stderr and exit 1, never an unhandled 'error' event with a stack.
 */
import { fsReason } from '../errors';

export interface Guard {
  /** True once stdout failed for another reason than a closed pipe. */
  readonly failed: boolean;
}

export function guardStdout(proc: NodeJS.Process = process): Guard {
  const guard = { failed: false };
  // Nothing is left to tell when stderr itself cannot be written.
  proc.stderr.on('error', () => {});
  proc.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || guard.failed) return;
    guard.failed = true;
    proc.exitCode = 1;
    proc.stderr.write(`xensummit: cannot write the output: ${fsReason(error)}\n`);
  });
  return guard;
}

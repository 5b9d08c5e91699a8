/** One error hierarchy; src/main.ts maps it to exit codes in one place. */

export class XensummitError extends Error {
  readonly exitCode: number = 1;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The user asked for something malformed: exit 2. */
export class UsageError extends XensummitError {
  override readonly exitCode = 2;
}

/** A data file is missing, unreadable or not of the expected shape: exit 1. */
export class DataError extends XensummitError {}

/** The state folder or a state file cannot be used as it is (damaged, newer, another conference's, locked): exit 1, the file untouched. */
export class StateError extends XensummitError {}

/** An output file could not be written: exit 1. */
export class OutputError extends XensummitError {}

const FS_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'no space left on the device',
};

/** A file-system error in a few words, for a one-line message; `overrides` words codes for the caller. */
export function fsReason(error: unknown, overrides: Record<string, string> = {}): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return overrides[code] ?? FS_REASONS[code] ?? (error as Error).message.split('\n')[0];
}

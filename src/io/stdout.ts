/**
 * The process's own output. A reader that stops early (`xensummit schedule | head -1`) is not an
 * error and stays quiet; any other failure to write stdout (a full disk, `> /dev/full`) is one line on
 * stderr and exit 1, never an unhandled 'error' event with a stack.
 *
 * Output is written with fs.writeSync on the file descriptor, not through process.stdout: making
 * that stream loads Node's net and tty modules, a cost to every start. writeSync alone is not safe:
 * it may write part of the bytes, and on a non-blocking pipe it fails with EAGAIN once the pipe is
 * full. So it is called in a loop over what is left, and at EAGAIN the rest (and everything after
 * it) goes through the stream, which waits for the reader. A terminal is asked for its size, so it
 * gets the stream from the start (see `outputIsTerminal`).
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import { fsReason } from '../errors';

export interface Writer {
  write(text: string): void;
  /** True once a write failed for another reason than a closed pipe. */
  readonly failed: boolean;
  /** True while written text waits in the stream for a slow reader (after EAGAIN): the process must not exit yet. */
  readonly pending: boolean;
}

/** What the writers need of the process; the real one is `process`. */
export interface StdioProcess {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  exitCode?: number | string | null | undefined;
}

/**
 * True when file descriptor `fd` is a terminal. Asked without Node's tty module (whose loading costs
 * as much as making the stream) for what cannot be one: anything but a character device, and
 * /dev/null (where `ignore` in a spawn points).
 */
export function outputIsTerminal(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    if (!stats.isCharacterDevice()) return false;
    if (stats.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** The UTF-16 code units of a large text encoded at a time (at most 3 bytes each in UTF-8). */
const PIECE = 1 << 16;

class FdWriter implements Writer {
  failed = false;
  get pending(): boolean {
    return this.stream !== undefined && this.stream.writableLength > 0;
  }
  /** The reader went away (EPIPE): the rest is dropped quietly. */
  private closed = false;
  private stream: NodeJS.WriteStream | undefined;
  /** The buffer large texts are encoded into, a piece at a time. */
  private buffer: Buffer | undefined;

  constructor(
    private readonly fd: number,
    private readonly streamOf: () => NodeJS.WriteStream,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  write(text: string): void {
    if (this.closed || this.failed || text === '') return;
    if (this.stream !== undefined) {
      this.stream.write(text);
      return;
    }
    if (text.length <= PIECE) {
      this.writeBytes(Buffer.from(text, 'utf8'), () => '');
      return;
    }
    // A large text, a piece at a time through one buffer: encoding it whole into a fresh buffer of
    // its size cost a page fault per 4 KiB written (an XML export of 55 MB: 60 ms against 12 ms).
    // A piece never ends between the two halves of a surrogate pair, so the bytes are the same.
    const buffer = (this.buffer ??= Buffer.allocUnsafe(PIECE * 3));
    for (let from = 0; from < text.length && !this.closed && !this.failed; ) {
      let to = Math.min(from + PIECE, text.length);
      const last = text.charCodeAt(to - 1);
      if (to < text.length && last >= 0xd800 && last <= 0xdbff) to--;
      const length = buffer.write(text.slice(from, to), 0, 'utf8');
      // What the stream is handed must outlive the buffer's next piece: a copy, and the text after it.
      if (!this.writeBytes(buffer.subarray(0, length), () => text.slice(to), true)) return;
      from = to;
    }
  }

  /**
   * Writes `bytes` to the descriptor; at EAGAIN hands what is left of them, and then `rest()`, to the
   * stream and returns false (as it does when the write failed or the reader went away).
   */
  private writeBytes(bytes: Buffer, rest: () => string, copy = false): boolean {
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EINTR') continue;
        if (code === 'EAGAIN') {
          const stream = this.useStream();
          stream.write(copy ? Buffer.from(bytes.subarray(offset)) : bytes.subarray(offset));
          const after = rest();
          if (after !== '') stream.write(after);
          return false;
        }
        if (code === 'EPIPE') this.closed = true;
        else this.fail(error);
        return false;
      }
    }
    return true;
  }

  /** From now on, the stream: it keeps the order of what is written and waits for a slow reader. */
  useStream(): NodeJS.WriteStream {
    if (this.stream === undefined) {
      this.stream = this.streamOf();
      this.stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') this.closed = true;
        else this.fail(error);
      });
    }
    return this.stream;
  }

  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.onFailure(error);
  }
}

export interface Outputs {
  stdout: Writer;
  stderr: Writer;
}

/**
 * stdout and stderr as writers. A failure to write stdout is told on stderr and sets exit code 1;
 * nothing is left to tell when stderr itself cannot be written. `terminal`: stdout is a terminal, so
 * it is written through its stream from the start.
 */
export function processOutputs(proc: StdioProcess, terminal: boolean): Outputs {
  const stderr = new FdWriter(2, () => proc.stderr, () => {});
  const stdout = new FdWriter(
    1,
    () => proc.stdout,
    (error) => {
      proc.exitCode = 1;
      stderr.write(`xensummit: cannot write the output: ${fsReason(error)}\n`);
    },
  );
  if (terminal) stdout.useStream();
  return { stdout, stderr };
}

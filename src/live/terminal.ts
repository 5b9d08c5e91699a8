/**
 * What the live board needs from the outside: the screen, keys, signals, the real clock and a timer.
 * src/io/tty.ts is the real one (src/main.ts hands it in); tests hand in a fake with a literal clock.
 */

export interface Terminal {
  /** The screen's size now (80 x 24 when stdout is not a terminal that says). */
  size(): { columns: number; rows: number };
  /** Writes to stdout as it is, at once. */
  write(text: string): void;
  /** Keys one at a time, no echo, Ctrl-C as a key: on or off (nothing when stdin is not a terminal). */
  rawMode(on: boolean): void;
  /** Each returns a function that stops listening. */
  onKey(listener: (key: string) => void): () => void;
  onResize(listener: () => void): () => void;
  onSignal(listener: (signal: 'SIGINT' | 'SIGTERM') => void): () => void;
  /** The real clock, in milliseconds since the epoch. */
  now(): number;
  /** Calls `callback` once after `ms` milliseconds; returns a function that cancels it. */
  after(ms: number, callback: () => void): () => void;
}

/** Full-screen drawing: the alternate screen, the cursor hidden, no line wrap at the right edge. */
export const ENTER = '\x1b[?1049h\x1b[?25l\x1b[?7l';
/** Everything ENTER did, undone: line wrap, the cursor, the normal screen. */
export const LEAVE = '\x1b[?7h\x1b[?25h\x1b[?1049l';
/** To the top left corner; before each line, clear it (all of it: with line wrap off, a line that fills the
 * width leaves the cursor on its last character, which "clear to the end" would take); at the end, clear the rest. */
export const HOME = '\x1b[H';
export const CLEAR_LINE = '\x1b[2K';
export const CLEAR_BELOW = '\x1b[J';

/** The exit status after SIGINT (or Ctrl-C), as shells report it: 128 + 2. */
export const SIGINT_STATUS = 130;

/**
 * The summit's clock during a board: it starts at `start` (--at, or now) and runs `speed` times as fast
 * as the real one (--speed, for a rehearsal).
 */
export interface SummitClock {
  now(): Date;
  /** Real milliseconds until the summit clock reaches `target` (at least 1). */
  until(target: Date): number;
}

export function summitClock(terminal: Pick<Terminal, 'now'>, start: Date, speed: number): SummitClock {
  const realStart = terminal.now();
  return {
    now: () => new Date(start.getTime() + (terminal.now() - realStart) * speed),
    until: (target) => Math.max(1, Math.ceil((target.getTime() - start.getTime()) / speed - (terminal.now() - realStart))),
  };
}
